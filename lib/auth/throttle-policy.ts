// Sign-in throttling that stops guessing without locking out a shared network (issue 12).
// A town hall's agents share one public address: blocking the address would let one person lock
// the whole town hall out. So failures are counted twice, with two different rules:
// - per account (the email as typed, known or not, so nothing tells whether it exists): a
//   back-off that doubles after each failure past the first five, 1 minute up to 15 (ANSSI,
//   « Recommandations relatives à l'authentification multifacteur et aux mots de passe », 2021:
//   a temporisation rather than a lock; OWASP ASVS 5.0 V6.3.1), forgotten after a day without
//   failure or at the account's own successful sign-in;
// - per address: 10 failures within 15 minutes put the address under watch for 15 minutes, during
//   which only the accounts that have failures of their own are refused from it; an account that
//   is not itself under attack still signs in with its right password.
// A success clears its own account's failures only: never the address's, never another account's.

export type ThrottleScope = 'email' | 'ip';

export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_FIRST_DELAY_MS = 60_000;
export const ACCOUNT_MAX_DELAY_MS = 15 * 60_000;
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60_000;
export const ADDRESS_MAX_FAILURES = 10;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const ADDRESS_BLOCK_MS = 15 * 60_000;

/**
 * One throttle row (table sign_in_throttles). For an account, `blockedUntil` is its last failure
 * plus the back-off that failure earned (the last failure itself while no back-off applies); for an
 * address, the end of the watch, or null.
 */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export type AttemptGate = { allowed: true } | { allowed: false; retryInMinutes: number };

/** The back-off an account's n-th failure in a row earns: none for the first five, then 1, 2, 4, 8, 15, 15… minutes. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, ACCOUNT_FIRST_DELAY_MS * 2 ** (failures - ACCOUNT_FREE_FAILURES));
}

export function isBlocked(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.blockedUntil && state.blockedUntil.getTime() > now.getTime();
}

function lastAccountFailure(state: ThrottleState): number {
  return (state.blockedUntil ?? state.windowStartedAt).getTime() - accountDelayMs(state.failures);
}

/** Whether an account still has failures to its name (a day without failure forgets them). */
export function hasFailures(account: ThrottleState | null | undefined, now: Date): boolean {
  return !!account && account.failures > 0 && now.getTime() - lastAccountFailure(account) <= ACCOUNT_MEMORY_MS;
}

/** The state after one more failure on an account or from an address. */
export function afterFailure(scope: ThrottleScope, state: ThrottleState | null | undefined, now: Date): ThrottleState {
  if (scope === 'email') {
    const failures = hasFailures(state, now) ? state!.failures + 1 : 1;
    return {
      failures,
      windowStartedAt: failures === 1 ? now : state!.windowStartedAt,
      blockedUntil: new Date(now.getTime() + accountDelayMs(failures)),
    };
  }
  // A stale window, or a watch that has ended, starts a new count.
  const fresh =
    !state ||
    state.failures === 0 ||
    now.getTime() - state.windowStartedAt.getTime() > ADDRESS_WINDOW_MS ||
    (state.blockedUntil !== null && state.blockedUntil.getTime() <= now.getTime());
  const failures = fresh ? 1 : state.failures + 1;
  return {
    failures,
    windowStartedAt: fresh ? now : state.windowStartedAt,
    blockedUntil: failures >= ADDRESS_MAX_FAILURES ? new Date(now.getTime() + ADDRESS_BLOCK_MS) : null,
  };
}

/**
 * Whether a sign-in attempt on this account from this address may be checked at all: not while
 * the account's own back-off runs, nor from an address under watch when the account has failures.
 */
export function decideAttempt(states: { account: ThrottleState | null | undefined; address: ThrottleState | null | undefined }, now: Date): AttemptGate {
  const { account, address } = states;
  if (isBlocked(account, now)) return { allowed: false, retryInMinutes: minutesUntil(account!.blockedUntil!, now) };
  if (isBlocked(address, now) && hasFailures(account, now)) return { allowed: false, retryInMinutes: minutesUntil(address!.blockedUntil!, now) };
  return { allowed: true };
}

/** Whole minutes until an instant, rounded up, at least 1, for the message shown. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
