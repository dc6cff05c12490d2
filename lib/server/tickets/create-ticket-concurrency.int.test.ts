import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox, notifications, tickets } from '@/db/schema';
import { addClientUsers, demoActors, ticketContent } from '@/test/fixtures';
import { setUpTestDatabase } from '@/test/integration-setup';
import { createTicket } from './create-ticket';

const handle = setUpTestDatabase();

describe('registering Demandes concurrently', () => {
  it('200 Demandes from 20 users at once get 200 distinct references and 200 acknowledgments', async () => {
    const { agent } = await demoActors(handle.db);
    const users = await addClientUsers(handle.db, agent.organizationId!, 20);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => createTicket(handle.db, { actor: users[i % 20]!, content: ticketContent({ subject: `Demande simultanée ${i}` }) })),
    );
    const references = results.map((result) => result.ticket.reference);
    expect(new Set(references).size).toBe(200);
    expect(references.every((reference) => /^DEM-\d{4}-\d{6}$/.test(reference))).toBe(true);

    const ids = results.map((result) => result.ticket.id);
    const acknowledgments = await handle.db
      .select({ ticketId: emailOutbox.ticketId })
      .from(emailOutbox)
      .where(sql`${emailOutbox.ticketId} in ${ids}`);
    expect(new Set(acknowledgments.map((row) => row.ticketId)).size).toBe(200);
    expect(acknowledgments).toHaveLength(200);
    expect(await handle.db.$count(notifications, and(eq(notifications.type, 'acknowledgment'), sql`${notifications.ticketId} in ${ids}`))).toBe(200);
    expect(await handle.db.$count(tickets)).toBe(200);
  });
});
