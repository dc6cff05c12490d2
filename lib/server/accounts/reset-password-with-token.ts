import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { assertNewPassword } from './assert-new-password';
import { hashResetToken } from './request-password-reset';

const EXPIRED = 'Ce lien de réinitialisation n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.';

/** Whether a link's token can still set a password (the page checks before showing the form). */
export async function isResetTokenUsable(db: Database, token: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt, active: users.active })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, hashResetToken(token)));
  return !!row && !row.usedAt && row.active && row.expiresAt.getTime() > now.getTime();
}

/**
 * Sets a new password from an emailed link: once (the token and every older one of the account are
 * marked used in the same transaction), within 30 minutes; every session of the account ends.
 */
export async function resetPasswordWithToken(db: Database, input: { token: string; newPassword: string; clientAddress?: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        tokenId: passwordResetTokens.id,
        expiresAt: passwordResetTokens.expiresAt,
        usedAt: passwordResetTokens.usedAt,
        userId: passwordResetTokens.userId,
      })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.tokenHash, hashResetToken(input.token)))
      .for('update');
    if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) throw new ServiceError('invalid', EXPIRED);
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId)).for('update');
    if (!user || !user.active) throw new ServiceError('invalid', EXPIRED);
    await assertNewPassword(user, input.newPassword);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await recordAudit(tx, {
      at: now,
      actor: { id: user.id, email: user.email },
      action: 'password.reset-by-link',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
      clientAddress: input.clientAddress,
    });
  });
}
