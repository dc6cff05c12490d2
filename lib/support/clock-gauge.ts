import { clockState, remainingBusinessMs, type Clock, type ClockState } from '@/lib/sla';

export interface ClockGauge {
  state: ClockState;
  /** Business time left before the deadline; negative when late. */
  remainingMs: number;
  /** Share of the budget used, 0 to 1 (1 once late), for the bar's length. */
  used: number;
}

/** What a queue row shows of a running clock: its state, the business time left, the bar. */
export function clockGauge(clock: Clock, now: Date): ClockGauge {
  const remainingMs = remainingBusinessMs(clock, now);
  // A resumed clock's budget grew by the business time spent waiting for the client.
  const budget = clock.budgetMs + clock.pausedBusinessMs;
  const used = budget > 0 ? Math.min(1, Math.max(0, 1 - remainingMs / budget)) : 1;
  return { state: clockState(clock, now), remainingMs, used };
}
