import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_ATTEMPTS, nextAttemptAfterFailure } from './retry-policy';

const now = new Date('2026-03-02T09:00:00Z');
const minutesLater = (attempts: number) => (nextAttemptAfterFailure(attempts, now).nextAttemptAt.getTime() - now.getTime()) / 60_000;

describe('nextAttemptAfterFailure', () => {
  it('doubles the wait after each failure', () => {
    expect([1, 2, 3, 4].map(minutesLater)).toEqual([1, 2, 4, 8]);
  });

  it('never waits more than 6 hours', () => {
    expect(minutesLater(9)).toBe(256);
    expect(Math.max(...Array.from({ length: 9 }, (_, i) => minutesLater(i + 1)))).toBeLessThanOrEqual(360);
  });

  it('gives up after the last attempt, keeping the message as failed', () => {
    expect(nextAttemptAfterFailure(MAX_EMAIL_ATTEMPTS, now).status).toBe('failed');
    expect(nextAttemptAfterFailure(MAX_EMAIL_ATTEMPTS - 1, now).status).toBe('pending');
  });
});
