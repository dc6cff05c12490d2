import 'server-only';
import { and, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { ClockKind } from '@/lib/sla';
import type { PortalTicketFilters } from '@/lib/validation/portal-ticket-filters';
import { ServiceError } from '@/lib/server/service-error';
import type { Actor } from '@/lib/server/actor';

export const PORTAL_PAGE_SIZE = 20;

/**
 * The Demandes of the client's organization, newest first, a page at a time by keyset (the
 * (organization, created_at) index answers any page as fast as the first), with the next
 * running deadline of each.
 */
export async function listPortalTickets(db: Executor, actor: Actor, filters: PortalTicketFilters) {
  if (!actor.organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');
  const conditions: Array<SQL | undefined> = [
    eq(tickets.organizationId, actor.organizationId),
    filters.status?.length ? inArray(tickets.status, filters.status) : undefined,
    filters.module ? eq(tickets.module, filters.module) : undefined,
    filters.mine ? eq(tickets.requesterId, actor.id) : undefined,
    filters.from ? gte(tickets.createdAt, filters.from) : undefined,
    filters.to ? lt(tickets.createdAt, filters.to) : undefined,
    searchCondition(filters.q),
  ];
  const where = and(...conditions);
  const page = await db
    .select({
      id: tickets.id,
      reference: tickets.reference,
      subject: tickets.subject,
      module: tickets.module,
      status: tickets.status,
      severity: tickets.severity,
      createdAt: tickets.createdAt,
      nextClockKind: sql<ClockKind | null>`(select kind from ${slaClocks} c where c.ticket_id = ${tickets.id} and c.stopped_at is null order by c.due_at limit 1)`,
      nextDueAt: sql<
        string | null
      >`(select due_at from ${slaClocks} c where c.ticket_id = ${tickets.id} and c.stopped_at is null and c.paused_at is null order by c.due_at limit 1)`,
    })
    .from(tickets)
    .where(
      and(
        where,
        filters.after
          ? or(lt(tickets.createdAt, filters.after.createdAt), and(eq(tickets.createdAt, filters.after.createdAt), lt(tickets.id, filters.after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(PORTAL_PAGE_SIZE + 1);
  const [total] = await db.select({ value: count() }).from(tickets).where(where);
  const hasMore = page.length > PORTAL_PAGE_SIZE;
  const rows = page.slice(0, PORTAL_PAGE_SIZE).map((row) => ({ ...row, nextDueAt: row.nextDueAt ? new Date(row.nextDueAt) : null }));
  return { rows, total: total?.value ?? 0, hasMore };
}

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return or(ilike(tickets.reference, pattern), ilike(tickets.subject, pattern), ilike(tickets.context, pattern));
}
