import { businessTimeBetween } from '@/lib/calendar';
import { isLate, type Clock, type ClockOutcome } from './clock';

export type ClockState = 'on_time' | 'at_risk' | 'overdue' | 'paused' | ClockOutcome;

/** DOMAIN "Support clocks": à risque from atRiskAt, hors délai once dueAt has passed. */
export function clockState(clock: Clock, now: Date): ClockState {
  if (clock.outcome !== null) return clock.outcome;
  if (clock.pausedAt !== null) return 'paused';
  if (isLate(clock, now)) return 'overdue';
  if (now.getTime() >= clock.atRiskAt.getTime()) return 'at_risk';
  return 'on_time';
}

/**
 * Business time left before dueAt, negative when late ("3 h ouvrées de retard"). It stands
 * still while the clock is paused, and is final once the clock stopped.
 */
export function remainingBusinessMs(clock: Clock, now: Date): number {
  const at = clock.stoppedAt ?? clock.pausedAt ?? now;
  return businessTimeBetween(clock.calendar, at, clock.dueAt);
}
