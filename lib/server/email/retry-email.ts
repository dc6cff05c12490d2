import 'server-only';
import { and, eq } from 'drizzle-orm';
import { emailOutbox } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from '@/lib/server/support/require-manager';

/**
 * A manager sends a failed email again (lib/email/retry-policy gives up after 10 attempts): it
 * goes back to the outbox, due now, its attempts and last error kept for the record.
 */
export async function retryEmail(db: Database, input: { actor: Actor; emailId: string; now?: Date }) {
  requireManager(input.actor);
  const { emailId } = input;
  const now = input.now ?? new Date();
  const [email] = await db
    .update(emailOutbox)
    .set({ status: 'pending', nextAttemptAt: now })
    .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.status, 'failed')))
    .returning({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, attempts: emailOutbox.attempts });
  if (email) return email;
  const [existing] = await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, emailId));
  if (!existing) throw new ServiceError('not_found', 'Ce courriel est introuvable.');
  throw new ServiceError('conflict', existing.status === 'sent' ? 'Ce courriel a déjà été envoyé.' : 'Ce courriel est déjà en attente d’envoi.');
}
