import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { organizations, tickets } from '@/db/schema';
import type { Database } from '@/db/client';
import { clientReopenDeadline, CLIENT_REOPEN_DELAY_DAYS, transition } from '@/lib/tickets';
import { loadTicketForUpdate } from './load-ticket';
import { recordTicketEvent } from './record-event';
import { tellRequester } from './tell';
import { ticketColumnsOf, toTicketState } from './ticket-state';

const DAY_MS = 24 * 3_600_000;
// The system closes on nobody's behalf: it may see every Demande.
const SYSTEM = { id: '00000000-0000-0000-0000-000000000000', role: 'support_manager', organizationId: null } as const;

/**
 * A resolved Demande closes itself once the client's delay to reopen it (15 calendar days, in
 * the organization's zone) has passed, recorded in its history. Claimed with SKIP LOCKED, so
 * several workers close each Demande once. Returns how many were closed.
 */
export async function closeResolvedTickets(db: Database, { now = new Date(), batchSize = 200 }: { now?: Date; batchSize?: number } = {}): Promise<number> {
  // A day may last 25 h: look one day further back than the delay, then check exactly.
  const horizon = new Date(now.getTime() - (CLIENT_REOPEN_DELAY_DAYS - 1) * DAY_MS);
  const candidates = await db
    .select({ id: tickets.id, resolvedAt: tickets.resolvedAt, timeZone: organizations.timeZone })
    .from(tickets)
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .where(and(eq(tickets.status, 'resolved'), lte(tickets.resolvedAt, horizon)))
    .orderBy(asc(tickets.resolvedAt))
    .limit(batchSize);
  let closed = 0;
  for (const candidate of candidates) {
    if (!candidate.resolvedAt || clientReopenDeadline(candidate.resolvedAt, candidate.timeZone).getTime() > now.getTime()) continue;
    const done = await db.transaction(async (tx) => {
      const { ticket, clocks } = await loadTicketForUpdate(tx, SYSTEM, candidate.id);
      // Reopened or closed meanwhile by someone else: nothing to do.
      if (ticket.status !== 'resolved') return false;
      const next = transition(toTicketState(ticket, clocks), { action: 'close' }, now);
      await tx
        .update(tickets)
        .set({ ...ticketColumnsOf(next.ticket), closedAt: now, updatedAt: now })
        .where(eq(tickets.id, ticket.id));
      await recordTicketEvent(tx, {
        ticketId: ticket.id,
        actorId: null,
        type: 'auto_closed',
        at: now,
        before: { status: 'resolved' },
        after: { status: 'closed' },
      });
      await tellRequester(tx, ticket, {
        type: 'closed',
        title: `Demande ${ticket.reference} clôturée`,
        body: `Votre demande « ${ticket.subject} » est clôturée : elle était résolue depuis ${CLIENT_REOPEN_DELAY_DAYS} jours sans avoir été rouverte.`,
        at: now,
      });
      return true;
    });
    if (done) closed++;
  }
  return closed;
}
