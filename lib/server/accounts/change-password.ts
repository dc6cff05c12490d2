import 'server-only';
import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import { verifyPassword } from '@/lib/auth/password';
import { ServiceError } from '@/lib/server/service-error';
import { assertNewPassword } from './assert-new-password';
import { setPassword } from './set-password';

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
  return db.transaction(async (tx) => {
    // Guarded by the hash read above: a concurrent change wins once, the other is refused.
    const [unchanged] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, account.id), eq(users.passwordHash, account.passwordHash)))
      .for('update');
    if (!unchanged) throw new ServiceError('conflict', 'Le mot de passe vient d’être changé par ailleurs. Reconnectez-vous.');
    return setPassword(tx, {
      account,
      password: input.newPassword,
      mustChange: false,
      now,
      audit: {
        actor: { id: account.id, email: account.email },
        action: 'password.changed',
        clientAddress: input.clientAddress,
        details: account.mustChangePassword ? { initial: true } : undefined,
      },
    });
  });
}
