'use client';

import Link from 'next/link';
import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { totpCodeSchema } from '@/lib/validation/accounts';

/** Scan (or type the secret), then confirm with a code; the 10 recovery codes are shown once. */
export function TotpEnrolmentForm({
  qrDataUrl,
  secret,
  continueHref,
  action,
}: {
  qrDataUrl: string;
  secret: string;
  continueHref: string;
  action: FormAction<{ recoveryCodes: string[] }>;
}) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: totpCodeSchema });
  const codes = state.status === 'success' ? state.data?.recoveryCodes : undefined;
  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={state} errors={errors} />
        <p>
          Gardez ces <strong>codes de secours</strong> en lieu sûr : chacun permet une connexion sans votre téléphone, une seule fois. Ils ne seront plus
          affichés.
        </p>
        <ul aria-label="Codes de secours" className="grid grid-cols-2 gap-2 font-mono text-base">
          {codes.map((code) => (
            <li key={code} className="rounded bg-slate-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
        <Link href={continueHref} className="font-semibold text-brand-800 underline">
          Continuer
        </Link>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Activer la double authentification">
      <FormStatus state={state} errors={errors} />
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li>Ouvrez votre application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator).</li>
        <li>Scannez ce code, ou saisissez la clé ci-dessous.</li>
        <li>Saisissez le code à 6 chiffres qu’elle affiche.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
      <img src={qrDataUrl} alt="QR code à scanner avec votre application d’authentification" width={200} height={200} className="self-center" />
      <p className="text-sm">
        Clé à saisir :{' '}
        <code data-testid="cle-totp" className="break-all rounded bg-slate-100 px-1 font-mono">
          {secret}
        </code>
      </p>
      <Field label="Code à 6 chiffres" name="code" inputMode="numeric" autoComplete="one-time-code" required error={errors.code} />
      <div>
        <Button type="submit" disabled={pending}>
          Activer
        </Button>
      </div>
    </form>
  );
}
