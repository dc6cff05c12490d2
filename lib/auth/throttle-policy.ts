// Sign-in throttling: after 10 failures in a row for one email or one client address within
// 15 minutes, further attempts are refused for 15 minutes (issue 2; OWASP ASVS 2.2.1).
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const BLOCK_MS = 15 * 60_000;

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export function isBlocked(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.blockedUntil && state.blockedUntil.getTime() > now.getTime();
}

/** The state after one more failure; a stale window or an elapsed block starts a new count. */
export function afterFailure(state: ThrottleState | null | undefined, now: Date): ThrottleState {
  const fresh =
    !state ||
    now.getTime() - state.windowStartedAt.getTime() > FAILURE_WINDOW_MS ||
    (state.blockedUntil !== null && state.blockedUntil.getTime() <= now.getTime());
  const failures = fresh ? 1 : state.failures + 1;
  return {
    failures,
    windowStartedAt: fresh ? now : state.windowStartedAt,
    blockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + BLOCK_MS) : null,
  };
}

/** Whole minutes until the latest block ends, at least 1, for the message shown. */
export function minutesUntilUnblocked(states: Array<ThrottleState | null | undefined>, now: Date): number {
  const until = Math.max(...states.map((state) => state?.blockedUntil?.getTime() ?? 0));
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}
