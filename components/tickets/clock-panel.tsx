import { presentClock, type Clock, type ClockAudience } from '@/lib/sla';
import { CLOCK_TONES } from './clock-tones';

interface ClockPanelProps {
  clocks: Clock[];
  now: Date;
  /** The reader's zone. */
  timeZone: string;
  audience: ClockAudience;
  /** Why each deadline is what it is (explainClockDeadline), for staff. */
  explanations?: Array<string | null>;
}

/** The contractual clocks of a Demande, each in lib/sla's presenter's words, coloured by its state. */
export function ClockPanel({ clocks, now, timeZone, audience, explanations }: ClockPanelProps) {
  if (clocks.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2">
      {clocks.map((clock, index) => {
        const shown = presentClock(clock, now, timeZone, audience);
        return (
          <li
            key={`${clock.kind}-${clock.startedAt.toISOString()}`}
            className={`rounded-md border-l-4 px-3 py-2 text-sm ${CLOCK_TONES[shown.state].box}`}
            data-clock={clock.kind}
            data-state={shown.state}
          >
            <p className="font-semibold">{shown.title}</p>
            <p data-clock-sentence={clock.kind}>{shown.sentence}</p>
            {shown.remaining && <p>{shown.remaining.charAt(0).toUpperCase() + shown.remaining.slice(1)}</p>}
            {explanations?.[index] && <p className="mt-1 text-slate-700">{explanations[index]}</p>}
          </li>
        );
      })}
    </ul>
  );
}
