import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { initialPasswordParagraphs, queueAccountEmail } from './account-emails';
import { generateInitialPassword } from './generate-password';

/**
 * A support manager gives an account a new generated password (shown once, emailed), to be
 * changed at the next sign-in; the account's other sessions end at once (session_version bumped).
 */
export async function resetPasswordBySupport(
  db: Database,
  input: { actor: Actor & { email: string }; userId: string; clientAddress?: string; now?: Date },
): Promise<{ email: string; initialPassword: string }> {
  const now = input.now ?? new Date();
  if (input.actor.role !== 'support_manager') throw new ServiceError('forbidden', 'Seul un responsable du support peut réinitialiser un mot de passe.');
  if (input.actor.id === input.userId) throw new ServiceError('forbidden', 'Changez votre propre mot de passe depuis votre compte.');
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, input.userId))
      .returning();
    if (!user) throw new ServiceError('not_found', 'Compte introuvable.');
    // Links asked for earlier would otherwise still set a password.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'password.reset-by-support',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
      clientAddress: input.clientAddress,
      details: { email: user.email },
    });
    await queueAccountEmail(tx, {
      to: user.email,
      name: user.name,
      subject: 'Votre mot de passe Guichet a été réinitialisé',
      paragraphs: initialPasswordParagraphs(initialPassword, 'reset'),
      link: { label: 'Se connecter à Guichet', path: '/connexion' },
      at: now,
    });
    return { email: user.email, initialPassword };
  });
}
