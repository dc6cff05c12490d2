import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { initialPasswordParagraphs, queueAccountEmail } from './account-emails';
import { generateInitialPassword } from './generate-password';
import { setPassword } from './set-password';

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
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw new ServiceError('not_found', 'Compte introuvable.');
    await setPassword(tx, {
      account: user,
      password: initialPassword,
      mustChange: true,
      now,
      audit: {
        actor: { id: input.actor.id, email: input.actor.email },
        action: 'password.reset-by-support',
        clientAddress: input.clientAddress,
        details: { email: user.email },
      },
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
