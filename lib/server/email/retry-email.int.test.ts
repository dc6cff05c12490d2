import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { emailOutbox } from '@/db/schema';
import { MAX_EMAIL_ATTEMPTS } from '@/lib/email/retry-policy';
import { getOutboxOverview } from '@/lib/server/support/get-outbox-overview';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { deliverOutbox } from './deliver-outbox';
import { retryEmail } from './retry-email';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const created = new Date('2026-03-02T09:00:00Z');
const now = new Date('2026-03-03T10:00:00Z');

async function enqueue(toAddress: string, status: 'pending' | 'sent' | 'failed') {
  const [row] = await handle.db
    .insert(emailOutbox)
    .values({
      toAddress,
      subject: `Pour ${toAddress}`,
      text: 'Texte',
      html: '<p>Texte</p>',
      status,
      attempts: status === 'failed' ? MAX_EMAIL_ATTEMPTS : status === 'sent' ? 1 : 0,
      lastError: status === 'failed' ? '550 boîte inconnue' : null,
      nextAttemptAt: created,
      createdAt: created,
    })
    .returning();
  if (!row) throw new Error('Courriel non créé');
  return row;
}

describe('retryEmail', () => {
  it('puts a failed email back in the outbox, due now, attempts and last error kept; it is then sent', async () => {
    const email = await enqueue('echec@exemple.fr', 'failed');
    await retryEmail(handle.db, { actor: actors.manager, emailId: email.id, now });
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(row).toMatchObject({ status: 'pending', nextAttemptAt: now, attempts: MAX_EMAIL_ATTEMPTS, lastError: '550 boîte inconnue' });

    const sent: string[] = [];
    await deliverOutbox(handle.db, async (message) => void sent.push(message.toAddress), { now });
    expect(sent).toEqual(['echec@exemple.fr']);
    const [delivered] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, email.id));
    expect(delivered).toMatchObject({ status: 'sent', attempts: MAX_EMAIL_ATTEMPTS + 1, sentAt: now });
  });

  it('refuses what is not failed, what does not exist, and anyone but a manager', async () => {
    const pending = await enqueue('attente@exemple.fr', 'pending');
    const sent = await enqueue('parti@exemple.fr', 'sent');
    const failed = await enqueue('refus@exemple.fr', 'failed');
    await expect(retryEmail(handle.db, { actor: actors.manager, emailId: pending.id })).rejects.toMatchObject({
      kind: 'conflict',
      message: 'Ce courriel est déjà en attente d’envoi.',
    });
    await expect(retryEmail(handle.db, { actor: actors.manager, emailId: sent.id })).rejects.toMatchObject({
      kind: 'conflict',
      message: 'Ce courriel a déjà été envoyé.',
    });
    // An id that is not one is the schema's: lib/validation/support.test.ts.
    await expect(retryEmail(handle.db, { actor: actors.manager, emailId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(retryEmail(handle.db, { actor: actors.technician, emailId: failed.id })).rejects.toMatchObject({ kind: 'forbidden' });
    const [row] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.id, failed.id));
    expect(row?.status).toBe('failed');
  });

  it('the outbox overview counts by status and lists the failed ones for a manager only', async () => {
    const overview = await getOutboxOverview(handle.db, { actor: actors.manager });
    expect(overview.counts).toEqual({ sent: 2, pending: 1, failed: 1 });
    expect(overview.failed.map((email) => email.toAddress)).toEqual(['refus@exemple.fr']);
    expect(overview.latest).toHaveLength(4);
    await expect(getOutboxOverview(handle.db, { actor: actors.technician })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
