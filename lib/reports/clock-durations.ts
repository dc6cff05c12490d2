import { businessTimeBetween } from '@/lib/calendar';
import type { Clock } from '@/lib/sla';

/**
 * The business time a stopped clock ran, from its start to its stop, the business time it spent
 * paused (waiting for the client, support suspended) left out; null while it runs. Stored with the
 * clock when it stops, so the reports aggregate it instead of walking a calendar per Demande.
 */
export function activeBusinessMs(clock: Pick<Clock, 'calendar' | 'startedAt' | 'stoppedAt' | 'pausedBusinessMs'>): number | null {
  if (clock.stoppedAt === null) return null;
  return Math.max(0, businessTimeBetween(clock.calendar, clock.startedAt, clock.stoppedAt) - clock.pausedBusinessMs);
}

/**
 * How late a clock is, in business time on its own calendar: from its deadline to the instant it
 * was judged (stopped, or paused: no business time counts during a pause) or, still running, to
 * `now`; 0 when on time. DOMAIN "Support clocks": late means strictly after dueAt.
 */
export function latenessMs(clock: Pick<Clock, 'calendar' | 'dueAt' | 'stoppedAt' | 'pausedAt'>, now: Date): number {
  const judgedAt = clock.stoppedAt ?? clock.pausedAt ?? now;
  if (judgedAt.getTime() <= clock.dueAt.getTime()) return 0;
  return businessTimeBetween(clock.calendar, clock.dueAt, judgedAt);
}
