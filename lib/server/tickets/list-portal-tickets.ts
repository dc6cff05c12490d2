import 'server-only';
import { and, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { currentClock } from '@/lib/sla';
import { validKeysetCursor, type KeysetCursor } from '@/lib/search-params/keyset-cursor';
import type { PortalTicketFilters } from '@/lib/search-params/portal-tickets';
import { cleanText } from '@/lib/search-params/search-params';
import { FIRST_YEAR, LAST_YEAR } from '@/lib/search-params/well-formed';
import { TICKET_STATUSES } from '@/lib/tickets';
import { ServiceError } from '@/lib/server/service-error';
import { toClock } from '@/lib/server/sla/clock-rows';
import type { Actor } from '@/lib/server/actor';
import { cursorInstant } from './cursor-instant';

export const PORTAL_PAGE_SIZE = 20;

/**
 * The Demandes of the client's organization, newest first, a page at a time by keyset (the
 * (organization, created_at) index answers any page as fast as the first), with the clock each
 * shows (the running one due first, else the last ended), and the cursor of the next page (null on the last one).
 */
export async function listPortalTickets(db: Executor, actor: Actor, filters: PortalTicketFilters) {
  if (!actor.organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');
  // What reaches SQL is checked here too: an instant out of the database's range, a NUL or a forged cursor would fail the query.
  const statuses = filters.status?.filter((status) => (TICKET_STATUSES as readonly string[]).includes(status));
  const moduleName = filters.module === undefined ? '' : cleanText(filters.module);
  const after = filters.after ? validKeysetCursor(filters.after, { nullInstant: false }) : null;
  const conditions: Array<SQL | undefined> = [
    eq(tickets.organizationId, actor.organizationId),
    statuses?.length ? inArray(tickets.status, statuses) : undefined,
    moduleName ? eq(tickets.module, moduleName) : undefined,
    filters.mine ? eq(tickets.requesterId, actor.id) : undefined,
    isInstant(filters.from) ? gte(tickets.createdAt, filters.from) : undefined,
    isInstant(filters.to) ? lt(tickets.createdAt, filters.to) : undefined,
    searchCondition(filters.q),
  ];
  const where = and(...conditions);
  const page = await db
    .select({
      id: tickets.id,
      reference: tickets.reference,
      subject: tickets.subject,
      module: tickets.module,
      type: tickets.type,
      status: tickets.status,
      requestStep: tickets.requestStep,
      requestPlannedFor: tickets.requestPlannedFor,
      severity: tickets.severity,
      createdAt: tickets.createdAt,
      cursorAt: cursorInstant(tickets.createdAt),
    })
    .from(tickets)
    .where(
      and(
        where,
        // The first bound walks the (organization, created_at) index from the cursor; the second breaks ties by id.
        after ? sql`${tickets.createdAt} <= ${after.at}::timestamptz` : undefined,
        after ? sql`(${tickets.createdAt}, ${tickets.id}) < (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(PORTAL_PAGE_SIZE + 1);
  const [total] = await db.select({ value: count() }).from(tickets).where(where);
  const hasMore = page.length > PORTAL_PAGE_SIZE;
  const shown = page.slice(0, PORTAL_PAGE_SIZE);
  // The clock each row shows (lib/sla currentClock), from the clocks of this page's Demandes only.
  const clockRows =
    shown.length === 0
      ? []
      : await db
          .select()
          .from(slaClocks)
          .where(
            inArray(
              slaClocks.ticketId,
              shown.map((row) => row.id),
            ),
          );
  const rows = shown.map(({ cursorAt: _cursorAt, ...row }) => ({
    ...row,
    clock: currentClock(clockRows.filter((clock) => clock.ticketId === row.id).map(toClock)),
  }));
  const last = page[PORTAL_PAGE_SIZE - 1];
  const next: KeysetCursor<string> | null = hasMore && last ? { at: last.cursorAt, id: last.id } : null;
  return { rows, total: total?.value ?? 0, hasMore, next };
}

/** A Date PostgreSQL can compare: a real instant within the years a URL may name. */
function isInstant(date: Date | undefined): date is Date {
  const year = date?.getUTCFullYear();
  return year !== undefined && year >= FIRST_YEAR - 1 && year <= LAST_YEAR + 1;
}

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q === undefined ? '' : cleanText(q);
  if (!text) return undefined;
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return or(ilike(tickets.reference, pattern), ilike(tickets.subject, pattern), ilike(tickets.context, pattern));
}
