import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { slaClocks, ticketEvents, tickets, users } from '@/db/schema';
import { QUEUE_TABS } from '@/lib/support/queue-tabs';
import { sweepAllClocks } from '@/lib/server/sla/sweep-clocks';
import { countQueues } from '@/lib/server/tickets/count-queues';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { ticketContent } from '@/test/fixtures';
import { setUpTestDatabase } from '@/test/integration-setup';
import { usesServerDatabase } from '@/test/database';
import { seedLargeDatabase } from './seed-large';

const handle = setUpTestDatabase();
const now = new Date('2026-11-30T09:15:00Z');

// A large volume is for a PostgreSQL server only (scripts/seed.ts refuses the embedded database).
describe.skipIf(!usesServerDatabase())('a large database (issue 17), small here', () => {
  it('is written by COPY with its indexes and keys rebuilt, and reads like the app’s own data', async () => {
    const counts = await seedLargeDatabase(handle.url!, {
      tickets: 600,
      organizations: 12,
      users: 120,
      faq: 40,
      months: 12,
      seed: 'test',
      now,
      passwordHash: '!',
      log: () => {},
    });
    expect(counts.tickets).toBe(600);
    expect(await handle.db.$count(tickets)).toBe(600);
    expect(await handle.db.$count(ticketEvents)).toBe(counts.ticket_events);
    expect(counts.ticket_events! / counts.tickets!).toBeGreaterThan(6);

    // Nothing stale for the worker; the demo accounts still there and the queues answer.
    expect(await sweepAllClocks(handle.db, { now })).toEqual({ atRisk: 0, breached: 0 });
    const [manager] = await handle.db.select().from(users).where(eq(users.email, 'responsable@guichet.demo'));
    const queues = await countQueues(handle.db, { actor: { id: manager!.id, role: 'support_manager', organizationId: null }, now });
    expect(queues.all).toBeGreaterThan(0);
    expect(Object.keys(queues)).toEqual([...QUEUE_TABS]);

    // Keys are back: a clock of an unknown Demande is refused; a new Demande continues the references.
    await expect(
      handle.db
        .insert(slaClocks)
        .values({ ...(await handle.db.select().from(slaClocks).limit(1))[0]!, id: undefined, ticketId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toThrow();
    const [agent] = await handle.db.select().from(users).where(eq(users.email, 'agent1@saint-exemple.demo'));
    const { ticket } = await createTicket(handle.db, {
      actor: { id: agent!.id, role: agent!.role, organizationId: agent!.organizationId },
      content: ticketContent(),
      now,
    });
    expect(ticket.reference).toBe('DEM-2026-000601');
  });
});
