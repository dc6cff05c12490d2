import type { ClockState } from '@/lib/sla';

/** What a queue row shows of its running clock, computed on the server. */
export interface DeadlineView {
  state: ClockState;
  /** "À risque", "Hors délai"… (CLOCK_STATE_LABELS). */
  stateLabel: string;
  /** "reste 3 h 20 ouvrées", "2 h ouvrées de retard". */
  remaining: string;
  /** Share of the budget used, 0 to 1. */
  used: number;
  /** "Prise en charge : lundi 9 mars 2026 à 17:00". */
  due: string;
  dueIso: string;
}

const BAR: Partial<Record<ClockState, string>> = {
  on_time: 'bg-green-700',
  at_risk: 'bg-amber-500',
  overdue: 'bg-red-700',
  paused: 'bg-slate-500',
};

const TEXT: Partial<Record<ClockState, string>> = {
  on_time: 'text-green-800',
  at_risk: 'text-amber-800',
  overdue: 'text-red-800',
  paused: 'text-slate-700',
};

/** The business time left as a bar coloured by state, always with the state and the time in words. */
export function DeadlineGauge({ deadline }: { deadline: DeadlineView | null }) {
  if (!deadline) return <span className="text-slate-600">Aucun délai en cours</span>;
  return (
    <div className="flex min-w-40 flex-col gap-1" data-state={deadline.state}>
      <div aria-hidden="true" className="h-1.5 w-full rounded-full bg-slate-200">
        <div className={`h-1.5 rounded-full ${BAR[deadline.state] ?? 'bg-slate-500'}`} style={{ width: `${Math.round(deadline.used * 100)}%` }} />
      </div>
      <p className={`text-sm ${TEXT[deadline.state] ?? 'text-slate-700'}`}>
        <span className="font-semibold">{deadline.stateLabel}</span> · {deadline.remaining}
      </p>
      <p className="text-xs text-slate-600">
        <time dateTime={deadline.dueIso}>{deadline.due}</time>
      </p>
    </div>
  );
}
