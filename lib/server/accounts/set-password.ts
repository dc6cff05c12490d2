import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { passwordResetTokens, users, type User } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { AuditAction } from '@/lib/accounts/audit-actions';
import { recordAudit } from '@/lib/server/audit/record-audit';

type PasswordAuditAction = Extract<AuditAction, 'password.changed' | 'password.reset-by-support' | 'password.reset-by-link'>;

/**
 * The one way a password is set on an existing account, in the caller's transaction (which has
 * read, and where it matters locked, the account): a new argon2 hash, every session of the account
 * ended (session_version bumped), every reset link still unused burned (it would otherwise set a
 * password again), and an audit entry. Returns the new session version, for the caller that
 * re-issues its own session.
 */
export async function setPassword(
  tx: Transaction,
  input: {
    account: Pick<User, 'id' | 'organizationId'>;
    password: string;
    /** §11: a generated password, to be changed at the next sign-in. */
    mustChange: boolean;
    now: Date;
    audit: {
      actor: { id: string; email: string };
      action: PasswordAuditAction;
      clientAddress?: string;
      details?: Record<string, unknown>;
    };
  },
): Promise<{ sessionVersion: number }> {
  const { account, now } = input;
  const passwordHash = await hashPassword(input.password);
  const [updated] = await tx
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: input.mustChange,
      // Dates the owner's own choice: a generated password leaves it as it was.
      ...(input.mustChange ? {} : { passwordChangedAt: now }),
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.id, account.id))
    .returning({ sessionVersion: users.sessionVersion });
  if (!updated) throw new Error(`setPassword: account ${account.id} vanished inside its transaction`);
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, account.id), isNull(passwordResetTokens.usedAt)));
  await recordAudit(tx, {
    at: now,
    actor: input.audit.actor,
    action: input.audit.action,
    target: { type: 'user', id: account.id },
    organizationId: account.organizationId,
    clientAddress: input.audit.clientAddress,
    details: input.audit.details,
  });
  return { sessionVersion: updated.sessionVersion };
}
