import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_MS,
  ACCOUNT_MEMORY_MS,
  ADDRESS_BLOCK_MS,
  ADDRESS_MAX_FAILURES,
  accountDelayMs,
  afterFailure,
  decideAttempt,
  hasFailures,
  isBlocked,
  minutesUntil,
  type ThrottleScope,
  type ThrottleState,
} from './throttle-policy';

const t0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

function fail(scope: ThrottleScope, count: number, stepMs = 1_000, start: ThrottleState | null = null): ThrottleState | null {
  let state = start;
  for (let i = 0; i < count; i++) state = afterFailure(scope, state, at(i * stepMs));
  return state;
}

describe('per-account back-off', () => {
  it.each([
    [1, 0],
    [ACCOUNT_FREE_FAILURES - 1, 0],
    [ACCOUNT_FREE_FAILURES, 1 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 1, 2 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 2, 4 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 3, 8 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 4, 15 * MINUTE],
    [ACCOUNT_FREE_FAILURES + 40, 15 * MINUTE],
  ])('failure %i earns a back-off of %i ms', (failures, delay) => {
    expect(accountDelayMs(failures)).toBe(delay);
  });

  it('lets the first five failures through, then refuses until the back-off ends, even the right password', () => {
    const four = fail('email', ACCOUNT_FREE_FAILURES - 1);
    expect(decideAttempt({ account: four, address: null }, at(4_000))).toEqual({ allowed: true });
    const five = afterFailure('email', four, at(4_000));
    expect(decideAttempt({ account: five, address: null }, at(4_000))).toEqual({ allowed: false, retryInMinutes: 1 });
    expect(decideAttempt({ account: five, address: null }, at(4_000 + MINUTE - 1))).toMatchObject({ allowed: false });
    expect(decideAttempt({ account: five, address: null }, at(4_000 + MINUTE))).toEqual({ allowed: true });
  });

  it('forgets an account’s failures after a day without failure', () => {
    const many = fail('email', ACCOUNT_FREE_FAILURES + 3, 20 * MINUTE)!;
    const last = many.blockedUntil!.getTime() - accountDelayMs(many.failures);
    expect(hasFailures(many, new Date(last + ACCOUNT_MEMORY_MS))).toBe(true);
    expect(hasFailures(many, new Date(last + ACCOUNT_MEMORY_MS + 1))).toBe(false);
    expect(afterFailure('email', many, new Date(last + ACCOUNT_MEMORY_MS + 1)).failures).toBe(1);
  });

  it('property: the delay never shrinks as failures add up, and never exceeds 15 minutes', () => {
    fc.assert(
      fc.property(fc.nat(1_000), (n) => {
        expect(accountDelayMs(n + 1)).toBeGreaterThanOrEqual(accountDelayMs(n));
        expect(accountDelayMs(n)).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
      }),
    );
  });

  it('property: a guesser who tries whenever allowed gets at most about 100 guesses a day on one account', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30 * MINUTE), { minLength: 1, maxLength: 300 }), (pauses) => {
        let account: ThrottleState | null = null;
        let now = t0.getTime();
        let guesses = 0;
        for (let i = 0; now - t0.getTime() < 24 * 60 * MINUTE; i++) {
          const gate = decideAttempt({ account, address: null }, new Date(now));
          if (gate.allowed) {
            account = afterFailure('email', account, new Date(now));
            guesses += 1;
            now += pauses[i % pauses.length]!;
          } else {
            now = account!.blockedUntil!.getTime();
          }
        }
        // Five free, then 1 + 2 + 4 + 8 minutes, then one every 15 minutes: 5 + 4 + 96 at most.
        expect(guesses).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES + 4 + 96);
      }),
      { numRuns: 50 },
    );
  });
});

describe('per-address watch', () => {
  it('puts an address under watch at its tenth failure within 15 minutes, for 15 minutes', () => {
    const nine = fail('ip', ADDRESS_MAX_FAILURES - 1);
    expect(isBlocked(nine, at(10_000))).toBe(false);
    const ten = fail('ip', ADDRESS_MAX_FAILURES);
    const tenth = at((ADDRESS_MAX_FAILURES - 1) * 1_000);
    expect(isBlocked(ten, tenth)).toBe(true);
    expect(isBlocked(ten, new Date(tenth.getTime() + ADDRESS_BLOCK_MS - 1))).toBe(true);
    expect(isBlocked(ten, new Date(tenth.getTime() + ADDRESS_BLOCK_MS))).toBe(false);
  });

  it('starts a new count when the first failure is older than 15 minutes, or once a watch has ended', () => {
    expect(isBlocked(fail('ip', ADDRESS_MAX_FAILURES, 2 * MINUTE), at(20 * MINUTE))).toBe(false);
    const watched = fail('ip', ADDRESS_MAX_FAILURES)!;
    expect(afterFailure('ip', watched, new Date(watched.blockedUntil!.getTime() + 1))).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('refuses, from a watched address, only the accounts that have failures of their own', () => {
    const address = fail('ip', ADDRESS_MAX_FAILURES);
    const now = at(ADDRESS_MAX_FAILURES * 1_000);
    const oneFailure = afterFailure('email', null, now);
    expect(decideAttempt({ account: null, address }, now)).toEqual({ allowed: true });
    expect(decideAttempt({ account: oneFailure, address }, now)).toEqual({ allowed: false, retryInMinutes: 15 });
  });

  it('property: an account without failures is never refused, whatever the address went through', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20 * MINUTE), { maxLength: 60 }), fc.nat(60 * MINUTE), (steps, wait) => {
        let address: ThrottleState | null = null;
        let now = t0.getTime();
        for (const step of steps) {
          now += step;
          address = afterFailure('ip', address, new Date(now));
        }
        expect(decideAttempt({ account: null, address }, new Date(now + wait))).toEqual({ allowed: true });
      }),
    );
  });

  it('property: a refusal always names a wait between 1 and 15 minutes', () => {
    const state = fc.record({
      failures: fc.nat(50),
      windowStartedAt: fc.integer({ min: -60, max: 0 }).map((m) => at(m * MINUTE)),
      blockedUntil: fc.option(fc.integer({ min: -30, max: 15 }).map((m) => at(m * MINUTE))),
    });
    fc.assert(
      fc.property(fc.option(state), fc.option(state), (account, address) => {
        const gate = decideAttempt({ account, address }, t0);
        if (!gate.allowed) {
          expect(gate.retryInMinutes).toBeGreaterThanOrEqual(1);
          expect(gate.retryInMinutes).toBeLessThanOrEqual(15);
        }
      }),
    );
  });
});

describe('minutesUntil', () => {
  it('rounds up, at least one', () => {
    expect(minutesUntil(at(15 * MINUTE), t0)).toBe(15);
    expect(minutesUntil(at(1), t0)).toBe(1);
    expect(minutesUntil(at(-5), t0)).toBe(1);
  });
});
