import 'server-only';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { recoveryCodes, signInThrottles, users, type User } from '@/db/schema';
import type { Database, Executor } from '@/db/client';
import { decoyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { afterFailure, decideAttempt, type ThrottleScope, type ThrottleState } from '@/lib/auth/throttle-policy';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotpStep } from '@/lib/auth/totp';
import { decryptTotpSecret } from '@/lib/auth/totp-secret';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { totpKey } from '@/lib/server/accounts/totp-key';

export type CredentialsResult =
  { ok: true; user: User } | { ok: false; reason: 'invalid' | 'totp-required' | 'totp-invalid' } | { ok: false; reason: 'throttled'; retryInMinutes: number };

interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

/**
 * Checks an email and password (and, for an account with two-factor sign-in, its code), counting
 * failures per email and per client address in the database so the limits hold across app
 * instances and restarts (lib/auth/throttle-policy.ts: a back-off per account; an address under
 * watch refuses only the accounts that have failures). An unknown email, a wrong password and a
 * deactivated account all answer the same 'invalid' and are counted the same; a wrong code counts
 * as a failure too. A success clears its own account's failures, never the address's. Every
 * attempt goes to the audit log.
 */
export async function verifyCredentials(
  db: Database,
  input: { email: string; password: string; code?: string; clientAddress: string; now?: Date },
): Promise<CredentialsResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    { scope: 'email', key: email },
    { scope: 'ip', key: input.clientAddress },
  ];
  const audit = (tx: Executor, user: User | undefined, succeeded: boolean, reason?: string) =>
    recordAudit(tx, {
      at: now,
      actor: { id: user?.id ?? null, email },
      action: succeeded ? 'sign-in.succeeded' : 'sign-in.failed',
      target: user ? { type: 'user', id: user.id } : undefined,
      organizationId: user?.organizationId,
      clientAddress: input.clientAddress,
      details: reason ? { reason } : undefined,
    });

  const [account, address] = await Promise.all(keys.map((key) => readThrottle(db, key)));
  const gate = decideAttempt({ account, address }, now);
  if (!gate.allowed) {
    await audit(db, undefined, false, 'throttled');
    return { ok: false, reason: 'throttled', retryInMinutes: gate.retryInMinutes };
  }

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);

  let failure = !user ? 'unknown-email' : !user.active ? 'deactivated' : !passwordMatches ? 'wrong-password' : null;
  if (!failure && user?.totpSecret && user.totpEnabledAt) {
    // The password was right: the form now asks for the code (not a failure).
    if (!input.code?.trim()) return { ok: false, reason: 'totp-required' };
    if (!(await checkSecondFactor(db, user, input.code, now))) failure = 'wrong-code';
  }

  if (user && !failure) {
    await db.transaction(async (tx) => {
      // Only the account's own failures: the address's count stays (one valid account must not
      // let its holder guess other accounts' passwords from the same address).
      await tx.delete(signInThrottles).where(and(eq(signInThrottles.scope, 'email'), eq(signInThrottles.key, email)));
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
      await audit(tx, user, true);
    });
    return { ok: true, user };
  }

  // Keys are locked one after the other, always in the same order, so concurrent failures never deadlock.
  const [accountAfter, addressAfter] = await db.transaction(async (tx) => {
    const states: ThrottleState[] = [];
    for (const key of keys) states.push(await recordFailure(tx, key, now));
    await audit(tx, user, false, failure ?? 'invalid');
    return states;
  });
  const gateAfter = decideAttempt({ account: accountAfter, address: addressAfter }, now);
  if (!gateAfter.allowed) return { ok: false, reason: 'throttled', retryInMinutes: gateAfter.retryInMinutes };
  return { ok: false, reason: failure === 'wrong-code' ? 'totp-invalid' : 'invalid' };
}

/** The authenticator's code, or one of the recovery codes (each used once, even under concurrency). */
async function checkSecondFactor(db: Database, user: User, code: string, now: Date): Promise<boolean> {
  if (!user.totpSecret) return false;
  if (!looksLikeRecoveryCode(code)) {
    const step = await matchTotpStep(decryptTotpSecret(user.totpSecret, totpKey()), code, now, user.totpLastStep);
    if (step === null) return false;
    // Conditional on the last step, so two sign-ins racing with the same code cannot both pass.
    const recorded = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return recorded.length === 1;
  }
  return db.transaction(async (tx) => {
    const used = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (used.length === 0) return false;
    await recordAudit(tx, {
      at: now,
      actor: { id: user.id, email: user.email },
      action: 'totp.recovery-code-used',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
    });
    return true;
  });
}

async function readThrottle(db: Executor, { scope, key }: ThrottleKey): Promise<ThrottleState | null> {
  const [row] = await db
    .select()
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)));
  return row ?? null;
}

/** One more failure on a throttle key, counted once each under concurrency. */
export async function recordFailure(tx: Executor, { scope, key }: ThrottleKey, now: Date): Promise<ThrottleState> {
  // Create the row if needed, then lock it, so concurrent failures each count once.
  await tx.insert(signInThrottles).values({ scope, key, failures: 0, windowStartedAt: now }).onConflictDoNothing();
  const [current] = await tx
    .select()
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)))
    .for('update');
  const next = afterFailure(scope, current?.failures ? current : null, now);
  await tx
    .update(signInThrottles)
    .set(next)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)));
  return next;
}

export { readThrottle };
