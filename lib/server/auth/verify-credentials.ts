import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { signInThrottles, users, type User } from '@/db/schema';
import type { Database, Executor } from '@/db/client';
import { decoyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { afterFailure, isBlocked, minutesUntilUnblocked, type ThrottleState } from '@/lib/auth/throttle-policy';

export type CredentialsResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryInMinutes: number };

interface ThrottleKey {
  scope: 'email' | 'ip';
  key: string;
}

/**
 * Checks an email and password, counting failures per email and per client address in the
 * database so the limit holds across app instances and restarts. An unknown email, a wrong
 * password and a deactivated account all answer the same 'invalid'.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: string; password: string; clientAddress: string; now?: Date },
): Promise<CredentialsResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    { scope: 'email', key: email },
    { scope: 'ip', key: input.clientAddress },
  ];

  const states = await Promise.all(keys.map((key) => readThrottle(db, key)));
  if (states.some((state) => isBlocked(state, now))) {
    return { ok: false, reason: 'throttled', retryInMinutes: minutesUntilUnblocked(states, now) };
  }

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);

  if (user && user.active && passwordMatches) {
    await db.transaction(async (tx) => {
      for (const key of keys) {
        await tx.delete(signInThrottles).where(and(eq(signInThrottles.scope, key.scope), eq(signInThrottles.key, key.key)));
      }
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    });
    return { ok: true, user };
  }

  // Keys are locked one after the other, always in the same order, so concurrent failures never deadlock.
  const after = await db.transaction(async (tx) => {
    const states: ThrottleState[] = [];
    for (const key of keys) states.push(await recordFailure(tx, key, now));
    return states;
  });
  if (after.some((state) => isBlocked(state, now))) {
    return { ok: false, reason: 'throttled', retryInMinutes: minutesUntilUnblocked(after, now) };
  }
  return { ok: false, reason: 'invalid' };
}

async function readThrottle(db: Executor, { scope, key }: ThrottleKey): Promise<ThrottleState | null> {
  const [row] = await db
    .select()
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)));
  return row ?? null;
}

async function recordFailure(tx: Executor, { scope, key }: ThrottleKey, now: Date): Promise<ThrottleState> {
  // Create the row if needed, then lock it, so concurrent failures each count once.
  await tx
    .insert(signInThrottles)
    .values({ scope, key, failures: 0, windowStartedAt: now })
    .onConflictDoNothing();
  const [current] = await tx
    .select()
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)))
    .for('update');
  const next = afterFailure(current?.failures ? current : null, now);
  await tx
    .update(signInThrottles)
    .set(next)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)));
  return next;
}
