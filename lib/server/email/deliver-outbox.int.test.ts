import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { emailOutbox } from '@/db/schema';
import { MAX_EMAIL_ATTEMPTS } from '@/lib/email/retry-policy';
import { setUpTestDatabase } from '@/test/integration-setup';
import { deliverOutbox, type SendEmail } from './deliver-outbox';

const handle = setUpTestDatabase();
const now = new Date('2026-03-02T09:00:00Z');

async function enqueue(toAddress: string) {
  const [row] = await handle.db
    .insert(emailOutbox)
    .values({ toAddress, subject: 'Sujet', text: 'Texte', html: '<p>Texte</p>', nextAttemptAt: now, createdAt: now })
    .returning();
  return row!;
}

describe('deliverOutbox', () => {
  it('sends what is due and marks it sent, once', async () => {
    const email = await enqueue('a@exemple.fr');
    const sent: string[] = [];
    const send: SendEmail = async (message) => {
      sent.push(message.toAddress);
    };
    expect(await deliverOutbox(handle.db, send, { now })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverOutbox(handle.db, send, { now })).toEqual({ sent: 0, failed: 0 });
    expect(sent).toEqual(['a@exemple.fr']);
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sentAt: now });
  });

  it('keeps a message that fails, retries it later with back-off, and marks it failed after the last attempt', async () => {
    const email = await enqueue('b@exemple.fr');
    const failing: SendEmail = async () => {
      throw new Error('SMTP indisponible');
    };
    expect(await deliverOutbox(handle.db, failing, { now })).toEqual({ sent: 0, failed: 1 });
    let [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SMTP indisponible', nextAttemptAt: new Date(now.getTime() + 60_000) });

    // Not due yet: left alone.
    expect(await deliverOutbox(handle.db, failing, { now })).toEqual({ sent: 0, failed: 0 });

    let at = now;
    for (let attempt = 2; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      at = row!.nextAttemptAt;
      await deliverOutbox(handle.db, failing, { now: at });
      [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    }
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_EMAIL_ATTEMPTS });
  });
});
