import { SERVICE_STATE_LABELS, type ServiceState } from '@/lib/availability';

// Each state has its own sign and words: the colour only repeats them.
const STYLES: Record<ServiceState, { sign: string; className: string }> = {
  operational: { sign: '✓', className: 'border-green-800 bg-green-50 text-green-900' },
  incident: { sign: '⚠', className: 'border-red-800 bg-red-50 text-red-900' },
  maintenance: { sign: '⚙', className: 'border-amber-800 bg-amber-50 text-amber-900' },
};

/** The state of the service as every page names it (§5): opérationnel, incident en cours, maintenance en cours. */
export function ServiceStateBadge({ state, size = 'normal' }: { state: ServiceState; size?: 'normal' | 'large' }) {
  const { sign, className } = STYLES[state];
  return (
    <span
      className={`inline-flex items-center gap-2 rounded-full border-2 font-semibold ${className} ${size === 'large' ? 'px-4 py-1.5 text-lg' : 'px-3 py-0.5 text-sm'}`}
    >
      <span aria-hidden="true">{sign}</span>
      {SERVICE_STATE_LABELS[state]}
    </span>
  );
}
