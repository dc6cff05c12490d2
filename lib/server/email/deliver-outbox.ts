import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { emailOutbox, type OutboxEmail } from '@/db/schema';
import type { Database } from '@/db/client';
import { nextAttemptAfterFailure } from '@/lib/email/retry-policy';

export type SendEmail = (email: Pick<OutboxEmail, 'toAddress' | 'subject' | 'text' | 'html'>) => Promise<void>;

/**
 * Sends the pending emails that are due, one transaction each: the row is claimed with
 * SKIP LOCKED, sent, and marked sent or rescheduled with back-off. A crash mid-send rolls
 * back and the message is sent again later: at least once, never lost.
 */
export async function deliverOutbox(db: Database, send: SendEmail, { now = new Date(), limit = 50 } = {}): Promise<{ sent: number; failed: number }> {
  const totals = { sent: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [email] = await tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
        .orderBy(asc(emailOutbox.nextAttemptAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!email) return 'empty' as const;
      const attempts = email.attempts + 1;
      try {
        await send(email);
        await tx.update(emailOutbox).set({ status: 'sent', attempts, sentAt: now, lastError: null }).where(eq(emailOutbox.id, email.id));
        return 'sent' as const;
      } catch (error) {
        const next = nextAttemptAfterFailure(attempts, now);
        await tx
          .update(emailOutbox)
          .set({ ...next, attempts, lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error) })
          .where(eq(emailOutbox.id, email.id));
        return 'failed' as const;
      }
    });
    if (outcome === 'empty') break;
    totals[outcome] += 1;
  }
  return totals;
}
