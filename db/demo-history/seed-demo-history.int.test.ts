import { describe, expect, it } from 'vitest';
import { count, eq, isNull } from 'drizzle-orm';
import { auditLog, organizations, slaClocks, ticketEvents, tickets, users } from '@/db/schema';
import { QUEUE_TABS } from '@/lib/support/queue-tabs';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { sweepAllClocks } from '@/lib/server/sla/sweep-clocks';
import { closeResolvedTickets } from '@/lib/server/tickets/close-resolved-tickets';
import { countQueues } from '@/lib/server/tickets/count-queues';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { getTicketView } from '@/lib/server/tickets/get-ticket-view';
import { listQueue } from '@/lib/server/tickets/list-queue';
import { remindWaitingClients } from '@/lib/server/tickets/remind-waiting-clients';
import { openAttachmentContent } from '@/lib/server/attachments/attachment-store';
import { ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { DEMO_PASSWORD } from '@/db/seed';
import { seedDemoHistory } from './seed-demo-history';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
// A Monday morning in Paris.
const now = new Date('2026-11-30T09:15:00Z');

async function rows(table: Parameters<typeof handle.db.$count>[0]): Promise<number> {
  return handle.db.$count(table);
}

describe('the demo history on a fresh database (issue 16)', () => {
  it('fills every queue of the console and the 75 % figures of both organizations', async () => {
    const written = await seedDemoHistory(handle.db, { now, publicUrl: 'http://localhost:3000' });
    expect(written?.tickets).toBeGreaterThan(250);
    expect(await rows(tickets)).toBe(written?.tickets);

    for (const actor of [actors.technician, actors.manager]) {
      const counts = await countQueues(handle.db, { actor, now });
      for (const tab of QUEUE_TABS) expect(counts[tab], `${tab} de ${actor.role}`).toBeGreaterThan(0);
      for (const tab of QUEUE_TABS) {
        const page = await listQueue(handle.db, { actor, tab, now });
        expect(page.rows.length, tab).toBeGreaterThan(0);
      }
    }

    for (const organizationId of [actors.agent.organizationId!, actors.reunionAgent.organizationId!]) {
      const compliance = await getPickupCompliance(handle.db, { organizationId, now });
      expect(compliance?.met).toBeGreaterThan(50);
      expect(compliance?.breached).toBeGreaterThan(0);
      expect(compliance?.rate).toBeGreaterThan(0.7);
      expect(compliance?.rate).toBeLessThan(1);
    }
  });

  it('leaves the worker nothing stale: a sweep, the reminders and the closings right after find nothing', async () => {
    expect(await sweepAllClocks(handle.db, { now })).toEqual({ atRisk: 0, breached: 0 });
    expect(await remindWaitingClients(handle.db, { now })).toBe(0);
    expect(await closeResolvedTickets(handle.db, { now })).toBe(0);
    // Deadlines still ahead are the worker's to announce when they come.
    const [ahead] = await handle.db.select({ value: count() }).from(slaClocks).where(isNull(slaClocks.atRiskFlaggedAt));
    expect(ahead?.value).toBeGreaterThan(0);
  });

  it('reads as the server writes: a Demande’s page, its history and its attachments', async () => {
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.status, 'in_correction')).limit(1);
    const view = await getTicketView(handle.db, { actor: actors.manager, reference: ticket!.reference });
    expect(view).not.toBeNull();
    const [event] = await handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket!.id)).limit(1);
    expect(event?.type).toBe('created');
    const [attachment] = await handle.db.query.attachments.findMany({ limit: 1 });
    const content = await openAttachmentContent(handle.db, attachment!.storageKey);
    expect(content.size).toBe(attachment!.size);
    const [audit] = await handle.db.select({ value: count() }).from(auditLog).where(eq(auditLog.action, 'ticket.pickup-excluded'));
    expect(audit?.value).toBeGreaterThan(0);
  });

  it('is written once: a second seed writes nothing, and a new Demande continues the references', async () => {
    const before = await rows(tickets);
    expect(await seedDemoHistory(handle.db, { now })).toBeNull();
    expect(await rows(tickets)).toBe(before);
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now });
    expect(ticket.reference).toBe(`DEM-2026-${String(before + 1).padStart(6, '0')}`);
  });

  it('keeps the demo accounts as they were: same people, same password, no change forced', async () => {
    expect(await rows(users)).toBe(8);
    expect(await rows(organizations)).toBe(2);
    const account = await verifyCredentials(handle.db, { email: 'technicien1@guichet.demo', password: DEMO_PASSWORD, clientAddress: '127.0.0.1' });
    expect(account).toMatchObject({ ok: true });
  });
});
