import { describe, expect, it } from 'vitest';
import { BLOCK_MS, MAX_FAILURES, afterFailure, isBlocked, minutesUntilUnblocked, type ThrottleState } from './throttle-policy';

const t0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(count: number, stepMs = 1_000): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i++) state = afterFailure(state, at(i * stepMs));
  return state;
}

describe('sign-in throttle policy', () => {
  it('does not block before the tenth failure', () => {
    const state = failTimes(MAX_FAILURES - 1);
    expect(state?.failures).toBe(9);
    expect(isBlocked(state, at(10_000))).toBe(false);
  });

  it('blocks at the tenth failure in a row within 15 minutes, for 15 minutes', () => {
    const state = failTimes(MAX_FAILURES);
    const tenth = at((MAX_FAILURES - 1) * 1_000);
    expect(isBlocked(state, tenth)).toBe(true);
    expect(isBlocked(state, new Date(tenth.getTime() + BLOCK_MS - 1))).toBe(true);
    expect(isBlocked(state, new Date(tenth.getTime() + BLOCK_MS))).toBe(false);
  });

  it('starts a new count when the first failure is older than 15 minutes', () => {
    const state = failTimes(MAX_FAILURES, 2 * 60_000);
    expect(state?.failures).toBeLessThan(MAX_FAILURES);
    expect(isBlocked(state, at(20 * 60_000))).toBe(false);
  });

  it('starts a new count once a block has elapsed', () => {
    const blocked = failTimes(MAX_FAILURES)!;
    const after = afterFailure(blocked, new Date(blocked.blockedUntil!.getTime() + 1));
    expect(after).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('tells the minutes left, rounded up, at least one', () => {
    const blocked = failTimes(MAX_FAILURES)!;
    expect(minutesUntilUnblocked([blocked, null], blocked.windowStartedAt)).toBe(16);
    expect(minutesUntilUnblocked([blocked], new Date(blocked.blockedUntil!.getTime() - 1))).toBe(1);
  });
});
