// Email back-off: 1, 2, 4 … minutes, at most 6 hours apart; after 10 failed attempts the
// message is marked failed and waits for a manager to retry it from the console.
export const MAX_EMAIL_ATTEMPTS = 10;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;

export function nextAttemptAfterFailure(attempts: number, now: Date): { status: 'pending' | 'failed'; nextAttemptAt: Date } {
  if (attempts >= MAX_EMAIL_ATTEMPTS) return { status: 'failed', nextAttemptAt: now };
  const delay = Math.min(BASE_DELAY_MS * 2 ** (attempts - 1), MAX_DELAY_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) };
}
