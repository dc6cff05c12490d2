import 'server-only';
import { emailOutbox } from '@/db/schema';
import type { Executor } from '@/db/client';
import { renderEmail } from '@/lib/email/render-email';
import { env } from '@/lib/env';

/**
 * Account emails go straight to the outbox (not through notify()): they concern the account
 * itself, so no preference turns them off and no in-app notification goes with them.
 */
export async function queueAccountEmail(
  db: Executor,
  input: { to: string; name: string; subject: string; paragraphs: string[]; link: { label: string; path: string }; at: Date },
): Promise<void> {
  await db.insert(emailOutbox).values({
    toAddress: input.to,
    nextAttemptAt: input.at,
    createdAt: input.at,
    ...renderEmail({
      subject: input.subject,
      greeting: `Bonjour ${input.name},`,
      paragraphs: input.paragraphs,
      link: { label: input.link.label, url: `${env().publicUrl}${input.link.path}` },
    }),
  });
}

export function initialPasswordParagraphs(password: string, reason: 'created' | 'reset'): string[] {
  return [
    reason === 'created' ? 'Un compte Guichet a été créé à votre nom.' : 'Le support a réinitialisé le mot de passe de votre compte Guichet.',
    `Votre mot de passe provisoire : ${password}`,
    'Il vous sera demandé de le remplacer par un mot de passe de votre choix dès votre prochaine connexion.',
  ];
}
