import 'server-only';
import { and, asc, eq, gt, inArray, isNull, lt, lte, gte, ne, sql, type SQL } from 'drizzle-orm';
import { organizations, slaClocks, tickets, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import { validKeysetCursor, type KeysetCursor } from '@/lib/search-params/keyset-cursor';
import { queueFiltersOf, queueSearch, UNASSIGNED, type QueueFilters } from '@/lib/search-params/queue';
import { DEADLINE_STATUSES, OPEN_STATUSES, PENDING_REQUEST_STEPS, type QueueTab } from '@/lib/support/queue-tabs';
import { TICKET_STATUSES, type TicketStatus } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { toClock, type StoredClock } from '@/lib/server/sla/clock-rows';
import { cursorInstant } from './cursor-instant';
import { ticketScope } from './load-ticket';

export const QUEUE_PAGE_SIZE = 25;

export interface QueueQuery {
  actor: Actor;
  tab: QueueTab;
  filters?: QueueFilters;
  after?: KeysetCursor | null;
  now?: Date;
  pageSize?: number;
}

export interface QueueRow {
  id: string;
  reference: string;
  subject: string;
  organizationId: string;
  organizationName: string;
  requesterId: string;
  module: string;
  type: (typeof tickets.$inferSelect)['type'];
  status: (typeof tickets.$inferSelect)['status'];
  requestStep: (typeof tickets.$inferSelect)['requestStep'];
  requestPlannedFor: Date | null;
  severity: (typeof tickets.$inferSelect)['severity'];
  channel: (typeof tickets.$inferSelect)['channel'];
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  /** The running clock: unpaused (its dueAt is the row's place in the queue) or paused. */
  clock: StoredClock | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** Where the next page starts; null on the last page. */
  next: KeysetCursor | null;
}

/** A running clock that counts: not stopped, not waiting for the client. */
export const runningClock = and(isNull(slaClocks.stoppedAt), isNull(slaClocks.pausedAt));

/**
 * What a queue asks of a Demande and, for the deadline queues, of its running clock. "À risque"
 * and "hors délai" are judged against `now` (not the sweeper's flags) with lib/sla's boundaries:
 * à risque from atRiskAt up to dueAt included, hors délai after dueAt.
 */
export function queueConditions(actor: Actor, tab: QueueTab, queueFilters: QueueFilters, now: Date) {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Les files de demandes sont réservées au support.');
  // Through the URL codec again: a caller's malformed id or text is dropped before it meets a uuid or text column.
  const filters = queueFiltersOf(queueSearch.normalize(queueFilters));
  const ticket: Array<SQL | undefined> = [
    ticketScope(actor),
    filters.organizationId ? eq(tickets.organizationId, filters.organizationId) : undefined,
    filters.module ? eq(tickets.module, filters.module) : undefined,
    filters.severity ? eq(tickets.severity, filters.severity) : undefined,
    filters.status ? eq(tickets.status, filters.status) : undefined,
    filters.assigneeId === UNASSIGNED ? isNull(tickets.assigneeId) : filters.assigneeId ? eq(tickets.assigneeId, filters.assigneeId) : undefined,
    filters.channel ? eq(tickets.channel, filters.channel) : undefined,
    filters.type ? eq(tickets.type, filters.type) : undefined,
  ];
  let clock: SQL | undefined;
  let statuses: readonly TicketStatus[] = filters.status ? [filters.status] : TICKET_STATUSES;
  if (tab === 'awaiting_pickup') {
    ticket.push(eq(tickets.status, 'registered'));
    statuses = statuses.filter((status) => status === 'registered');
  }
  if (tab === 'mine') {
    ticket.push(eq(tickets.assigneeId, actor.id), inArray(tickets.status, [...OPEN_STATUSES]));
    statuses = statuses.filter((status) => (OPEN_STATUSES as readonly TicketStatus[]).includes(status));
  }
  if (tab === 'waiting_client') {
    ticket.push(eq(tickets.status, 'waiting_client'));
    statuses = statuses.filter((status) => status === 'waiting_client');
  }
  if (tab === 'typed_requests') {
    // §7, §11: restores and software accounts still to plan or carry out. `type <> 'standard'` and
    // the steps are the partial index tickets_typed_request_idx's own predicate and columns; a
    // cancelled request keeps its step "requested", which the open statuses leave out.
    ticket.push(ne(tickets.type, 'standard'), inArray(tickets.requestStep, [...PENDING_REQUEST_STEPS]), inArray(tickets.status, [...OPEN_STATUSES]));
    statuses = statuses.filter((status) => (OPEN_STATUSES as readonly TicketStatus[]).includes(status));
  }
  if (tab === 'at_risk') clock = and(lte(slaClocks.atRiskAt, now), gte(slaClocks.dueAt, now));
  if (tab === 'overdue') clock = lt(slaClocks.dueAt, now);
  return {
    ticket: and(...ticket),
    clock,
    needsRunningClock: clock !== undefined,
    // None of these Demandes can have a running clock (e.g. "En attente client"): one leg by id,
    // rather than a walk through every running clock that finds none.
    byDeadline: statuses.some((status) => (DEADLINE_STATUSES as readonly TicketStatus[]).includes(status)),
  };
}

/**
 * A ticket's first running clock only, should it ever have two: a Demande is listed once, at its
 * nearest deadline.
 */
export const firstRunningClock = sql`not exists (
  select 1 from ${slaClocks} other
  where other.ticket_id = ${slaClocks.ticketId} and other.stopped_at is null and other.paused_at is null
    and (other.due_at, other.id) < (${slaClocks.dueAt}, ${slaClocks.id}))`;

/**
 * The Demande has no running, unpaused clock. Past a cursor, the clocks looked at are bounded by
 * it too (running.ticket_id = tickets.id > cursor), so a merge anti-join starts at the cursor
 * instead of walking every clock before it.
 */
function noRunningClock(afterId?: string): SQL {
  return sql`not exists (
    select 1 from ${slaClocks} running
    where running.ticket_id = ${tickets.id} and running.stopped_at is null and running.paused_at is null
      ${afterId ? sql`and running.ticket_id > ${afterId}::uuid` : sql``})`;
}

export const rowColumns = {
  id: tickets.id,
  reference: tickets.reference,
  subject: tickets.subject,
  organizationId: tickets.organizationId,
  organizationName: organizations.name,
  requesterId: tickets.requesterId,
  module: tickets.module,
  type: tickets.type,
  status: tickets.status,
  requestStep: tickets.requestStep,
  requestPlannedFor: tickets.requestPlannedFor,
  severity: tickets.severity,
  channel: tickets.channel,
  assigneeId: tickets.assigneeId,
  assigneeName: users.name,
  createdAt: tickets.createdAt,
};

const dueText = cursorInstant(slaClocks.dueAt);

/**
 * A page of a staff queue, nearest deadline first (the dueAt of each Demande's running, unpaused
 * clock), then the Demandes with no such clock, by id. Keyset pagination on (deadline, id) in two
 * legs, each walking an index in order: the running clocks by dueAt, then the tickets by id with
 * an anti-join on their running clock — a deep page costs what the first one does. A view whose
 * statuses cannot have a running clock ("En attente client", a status filter) is one leg by id.
 */
export async function listQueue(db: Executor, query: QueueQuery): Promise<QueuePage> {
  const now = query.now ?? new Date();
  const size = query.pageSize ?? QUEUE_PAGE_SIZE;
  // A cursor is compared to timestamptz and uuid columns: anything but a well-formed one starts over.
  const after = query.after ? validKeysetCursor(query.after, { nullInstant: true }) : null;
  const conditions = queueConditions(query.actor, query.tab, query.filters ?? {}, now);
  const page: Array<QueueRow & { cursor: KeysetCursor }> = [];

  if (conditions.byDeadline && (after === null || after.at !== null)) {
    const withDeadline = await db
      .select({ ...rowColumns, clock: slaClocks, due: dueText })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
      .leftJoin(users, eq(users.id, tickets.assigneeId))
      .where(
        and(
          runningClock,
          conditions.clock,
          conditions.ticket,
          after ? sql`(${slaClocks.dueAt}, ${slaClocks.ticketId}) > (${after.at}::timestamptz, ${after.id}::uuid)` : undefined,
          firstRunningClock,
        ),
      )
      .orderBy(asc(slaClocks.dueAt), asc(slaClocks.ticketId))
      .limit(size + 1);
    for (const { clock, due, ...row } of withDeadline) page.push({ ...row, clock: toClock(clock), cursor: { at: due, id: row.id } });
  }

  if (page.length <= size && !conditions.needsRunningClock) {
    const withoutDeadline = await db
      .select(rowColumns)
      .from(tickets)
      .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
      .leftJoin(users, eq(users.id, tickets.assigneeId))
      .where(
        and(
          conditions.ticket,
          after?.at === null ? gt(tickets.id, after.id) : undefined,
          // Without the deadline leg, every matching Demande is listed here, clock or not.
          conditions.byDeadline ? noRunningClock(after?.at === null ? after.id : undefined) : undefined,
        ),
      )
      .orderBy(asc(tickets.id))
      .limit(size + 1 - page.length);
    const clocks = await currentClocksOf(
      db,
      withoutDeadline.map((row) => row.id),
    );
    for (const row of withoutDeadline) page.push({ ...row, clock: clocks.get(row.id) ?? null, cursor: { at: null, id: row.id } });
  }

  const rows = page.slice(0, size);
  const last = rows.at(-1);
  return {
    rows: rows.map(({ cursor: _cursor, ...row }) => row),
    next: page.length > size && last ? last.cursor : null,
  };
}

/** The clock not stopped yet of Demandes listed by id: paused while waiting for the client, shown "en pause". */
export async function currentClocksOf(db: Executor, ticketIds: string[]): Promise<Map<string, StoredClock>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(slaClocks)
    .where(and(inArray(slaClocks.ticketId, ticketIds), isNull(slaClocks.stoppedAt)))
    .orderBy(asc(slaClocks.dueAt));
  const clocks = new Map<string, StoredClock>();
  for (const row of rows) if (!clocks.has(row.ticketId)) clocks.set(row.ticketId, toClock(row));
  return clocks;
}
