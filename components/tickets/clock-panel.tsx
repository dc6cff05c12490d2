import { formatDateTime } from '@/lib/format/french-date';
import { businessDurationPhrase } from '@/lib/format/deadline';
import { CLOCK_KIND_LABELS, CLOCK_STATE_LABELS, clockState, remainingBusinessMs, type Clock, type ClockState } from '@/lib/sla';

const TONES: Record<ClockState, string> = {
  on_time: 'border-green-700 bg-green-50 text-green-900',
  at_risk: 'border-amber-600 bg-amber-50 text-amber-900',
  overdue: 'border-red-700 bg-red-50 text-red-900',
  paused: 'border-slate-500 bg-slate-50 text-slate-800',
  met: 'border-green-700 bg-white text-green-900',
  breached: 'border-red-700 bg-white text-red-900',
  superseded: 'border-slate-400 bg-white text-slate-700',
  cancelled: 'border-slate-400 bg-white text-slate-700',
};

function timeLeft(clock: Clock, state: ClockState, now: Date): string | null {
  if (clock.stoppedAt !== null) return null;
  const remaining = remainingBusinessMs(clock, now);
  const phrase = businessDurationPhrase(remaining);
  if (state === 'paused') return `en pause : ${phrase}${remaining >= 0 ? ' restantes à la reprise' : ''}`;
  return remaining >= 0 ? `${phrase} restantes` : phrase;
}

/** The contractual clocks of a Demande: state (color and words), due time in the reader's zone, time left. */
export function ClockPanel({ clocks, now, timeZone, explanations }: { clocks: Clock[]; now: Date; timeZone: string; explanations?: Array<string | null> }) {
  if (clocks.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2">
      {clocks.map((clock, index) => {
        const state = clockState(clock, now);
        const left = timeLeft(clock, state, now);
        return (
          <li
            key={`${clock.kind}-${clock.startedAt.toISOString()}`}
            className={`rounded-md border-l-4 px-3 py-2 text-sm ${TONES[state]}`}
            data-clock={clock.kind}
          >
            <p className="font-semibold">
              {CLOCK_KIND_LABELS[clock.kind]} : {CLOCK_STATE_LABELS[state]}
            </p>
            <p>
              {clock.stoppedAt ? 'Échéance' : 'Au plus tard'} {formatDateTime(clock.dueAt, timeZone)}
              {left && ` — ${left}`}
            </p>
            {clock.stoppedAt && <p>Arrêté {formatDateTime(clock.stoppedAt, timeZone)}</p>}
            {explanations?.[index] && <p className="mt-1 text-slate-700">{explanations[index]}</p>}
          </li>
        );
      })}
    </ul>
  );
}
