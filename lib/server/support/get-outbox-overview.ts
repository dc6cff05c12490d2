import 'server-only';
import { count, desc, eq } from 'drizzle-orm';
import { emailOutbox } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from './require-manager';

const LATEST = 20;

/**
 * The email outbox as a manager watches it: how many messages are sent, pending and failed, the
 * latest ones, and every failed one still waiting for a retry (up to a page).
 */
export async function getOutboxOverview(db: Executor, { actor }: { actor: Actor }) {
  requireManager(actor);
  const columns = {
    id: emailOutbox.id,
    toAddress: emailOutbox.toAddress,
    subject: emailOutbox.subject,
    status: emailOutbox.status,
    attempts: emailOutbox.attempts,
    lastError: emailOutbox.lastError,
    nextAttemptAt: emailOutbox.nextAttemptAt,
    createdAt: emailOutbox.createdAt,
    sentAt: emailOutbox.sentAt,
  };
  const [byStatus, latest, failed] = await Promise.all([
    db.select({ status: emailOutbox.status, value: count() }).from(emailOutbox).groupBy(emailOutbox.status),
    db.select(columns).from(emailOutbox).orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id)).limit(LATEST),
    db.select(columns).from(emailOutbox).where(eq(emailOutbox.status, 'failed')).orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id)).limit(LATEST),
  ]);
  const counts = { sent: 0, pending: 0, failed: 0 };
  for (const row of byStatus) counts[row.status] = row.value;
  return { counts, latest, failed };
}
