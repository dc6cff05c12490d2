import type { BusinessCalendar } from '@/lib/calendar';
import { pauseClock, startClock, supersedeClock, type Clock } from './clock';
import { clockKindForSeverity, type Severity } from './severity';

export interface RequalifyOptions {
  atRiskRatio?: number;
  /** The Demande is waiting for the client: the new clock starts paused, like the one it replaces. */
  paused?: boolean;
  /** The organization's support is suspended (§13): the new clock starts paused for that too. */
  suspended?: boolean;
}

/**
 * DOMAIN "Support clocks": requalification (e.g. major → blocking) stops the running
 * action-plan or remedy clock (superseded, or breached when already late) and starts the new severity's clock at that
 * moment (none for a minor anomaly, §14). Existing clocks keep their positions; a new
 * clock is appended.
 */
export function requalify<C extends Clock>(
  clocks: readonly C[],
  newSeverity: Severity,
  now: Date,
  supportCalendar: BusinessCalendar,
  { atRiskRatio, paused = false, suspended = false }: RequalifyOptions = {},
): Array<C | Clock> {
  const kept: Array<C | Clock> = clocks.map((clock) => (clock.kind !== 'pickup' && clock.stoppedAt === null ? supersedeClock(clock, now) : clock));
  const kind = clockKindForSeverity(newSeverity);
  if (kind === null) return kept;
  let started = startClock(kind, supportCalendar, now, { atRiskRatio });
  if (paused) started = pauseClock(started, now, 'waiting_client');
  if (suspended) started = pauseClock(started, now, 'support_suspended');
  return [...kept, started];
}
