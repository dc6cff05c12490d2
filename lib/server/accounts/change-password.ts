import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { assertNewPassword } from './assert-new-password';

/**
 * The signed-in user changes their own password (ASVS 2.1.5: the current one is asked). Every
 * other session ends (session_version bumped); the new version is returned so the session doing
 * the change can be re-issued and stay signed in.
 */
export async function changePassword(
  db: Database,
  input: { userId: string; currentPassword: string; newPassword: string; clientAddress?: string; now?: Date },
): Promise<{ sessionVersion: number }> {
  const now = input.now ?? new Date();
  const [account] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!account) throw new ServiceError('not_found', 'Compte introuvable.');
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new ServiceError('invalid', 'Certains champs sont à corriger.', { currentPassword: 'Mot de passe actuel incorrect.' });
  }
  await assertNewPassword(account, input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      // Guarded by the hash read above: a concurrent change wins once, the other is refused.
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, account.id), eq(users.passwordHash, account.passwordHash)))
      .returning({ sessionVersion: users.sessionVersion });
    if (!updated) throw new ServiceError('conflict', 'Le mot de passe vient d’être changé par ailleurs. Reconnectez-vous.');
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, account.id), isNull(passwordResetTokens.usedAt)));
    await recordAudit(tx, {
      at: now,
      actor: { id: account.id, email: account.email },
      action: 'password.changed',
      target: { type: 'user', id: account.id },
      organizationId: account.organizationId,
      clientAddress: input.clientAddress,
      details: account.mustChangePassword ? { initial: true } : undefined,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}
