import 'server-only';
import { eq } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { ServiceError } from '@/lib/server/service-error';
import { assertNewPassword } from './assert-new-password';
import { hashResetToken } from './request-password-reset';
import { setPassword } from './set-password';

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
    await setPassword(tx, {
      account: user,
      password: input.newPassword,
      mustChange: false,
      now,
      audit: { actor: { id: user.id, email: user.email }, action: 'password.reset-by-link', clientAddress: input.clientAddress },
    });
  });
}
