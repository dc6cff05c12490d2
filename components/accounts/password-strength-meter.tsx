'use client';

import { STRENGTH_LABELS, type StrengthEstimate } from '@/lib/accounts/password-policy';

const COLORS = ['bg-red-700', 'bg-red-700', 'bg-amber-600', 'bg-green-700', 'bg-green-800'];

/** The strength of the password being typed, as a bar and in words (announced politely). */
export function PasswordStrengthMeter({ estimate, id }: { estimate: StrengthEstimate | null; id: string }) {
  const score = estimate?.score ?? 0;
  const label = estimate ? (estimate.commonShare >= 0.5 ? 'Mot de passe courant' : STRENGTH_LABELS[score]) : null;
  return (
    <div className="flex flex-col gap-1">
      <div aria-hidden="true" className="flex h-2 gap-1">
        {[0, 1, 2, 3].map((step) => (
          <span key={step} className={`flex-1 rounded ${estimate && score > step ? COLORS[score] : 'bg-slate-200'}`} />
        ))}
      </div>
      <p id={id} aria-live="polite" className="text-sm text-slate-700">
        {label ? `Robustesse : ${label}.` : 'Robustesse : saisissez un mot de passe.'}
        {estimate?.warning ? ` ${estimate.warning}` : ''}
      </p>
    </div>
  );
}
