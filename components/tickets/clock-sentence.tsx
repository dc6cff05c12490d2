import { presentClock, type Clock, type ClockAudience } from '@/lib/sla';
import { CLOCK_TONES } from './clock-tones';

/** One clock in one line, as lib/sla's presenter says it: the sentence, then the time left. */
export function ClockSentence({ clock, now, timeZone, audience }: { clock: Clock; now: Date; timeZone: string; audience: ClockAudience }) {
  const shown = presentClock(clock, now, timeZone, audience);
  return (
    <p className={`text-sm ${CLOCK_TONES[shown.state].text}`} data-state={shown.state}>
      <span className="font-medium" data-clock-sentence={shown.kind}>
        {shown.sentence}
      </span>
      {shown.remaining && ` · ${shown.remaining}`}
    </p>
  );
}
