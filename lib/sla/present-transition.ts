import { DateTime } from 'luxon';
import type { Clock } from './clock';

/** The two changes a running clock goes through on its own: it turns à risque, then hors délai. */
export type ClockTransitionKind = 'at_risk' | 'overdue';

export interface ClockTransition {
  kind: ClockTransitionKind;
  /** The instant the state changes: atRiskAt (à risque from then on), or dueAt (hors délai just after). */
  at: Date;
  /** "À risque dès 14:10", "Hors délai après 17:30", in the reader's zone. */
  label: string;
}

/**
 * The next change of a running, unpaused clock's state at or after `now` and before `until`
 * (the end of the reader's day, say), by lib/sla's boundaries: à risque from atRiskAt on, hors
 * délai strictly after dueAt. Null when the clock is stopped, paused, already hors délai, or
 * changes nothing before `until`.
 */
export function nextClockTransition(
  clock: Pick<Clock, 'atRiskAt' | 'dueAt' | 'pausedAt' | 'stoppedAt'>,
  now: Date,
  until: Date,
  timeZone: string,
): ClockTransition | null {
  if (clock.stoppedAt !== null || clock.pausedAt !== null) return null;
  const time = (instant: Date) => DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH:mm');
  if (clock.atRiskAt.getTime() > now.getTime() && clock.atRiskAt.getTime() < clock.dueAt.getTime()) {
    return clock.atRiskAt.getTime() < until.getTime() ? { kind: 'at_risk', at: clock.atRiskAt, label: `À risque dès ${time(clock.atRiskAt)}` } : null;
  }
  if (clock.dueAt.getTime() >= now.getTime() && clock.dueAt.getTime() < until.getTime()) {
    return { kind: 'overdue', at: clock.dueAt, label: `Hors délai après ${time(clock.dueAt)}` };
  }
  return null;
}
