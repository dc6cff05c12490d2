import { CLOCK_TONES } from '@/components/tickets/clock-tones';
import type { ClockDisplayState } from '@/lib/sla';

/** What a queue row shows of its clock, in lib/sla's presenter's words, computed on the server. */
export interface DeadlineView {
  state: ClockDisplayState;
  /** "Prise en charge au plus tard lundi 9 mars 2026 à 17:30 (à risque)", "En pause : en attente du client". */
  sentence: string;
  /** "reste 3 h 20 ouvrées", "en retard de 2 h ouvrées"; null once ended. */
  remaining: string | null;
  /** Share of the budget used, 0 to 1. */
  used: number;
  /** The deadline, when the sentence states it (a running clock). */
  dueIso: string | null;
}

/** The business time used as a bar coloured by state, always with the state and the time in words. */
export function DeadlineGauge({ deadline }: { deadline: DeadlineView | null }) {
  if (!deadline) return <span className="text-slate-600">Aucun délai en cours</span>;
  const tone = CLOCK_TONES[deadline.state];
  return (
    <div className="flex min-w-56 flex-col gap-1" data-state={deadline.state}>
      <div aria-hidden="true" className="h-1.5 w-full rounded-full bg-slate-200">
        <div className={`h-1.5 rounded-full ${tone.bar}`} style={{ width: `${Math.round(deadline.used * 100)}%` }} />
      </div>
      <p className={`text-sm font-semibold ${tone.text}`} data-clock-sentence>
        {deadline.dueIso ? <time dateTime={deadline.dueIso}>{deadline.sentence}</time> : deadline.sentence}
      </p>
      {deadline.remaining && <p className="text-xs text-slate-700">{deadline.remaining}</p>}
    </div>
  );
}
