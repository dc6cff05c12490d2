import 'server-only';
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organizations, ticketMessages, tickets, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { CLIENT_ROLES, isStaff } from '@/lib/accounts/roles';
import { OPEN_STATUSES } from '@/lib/support/queue-tabs';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { currentClocksOf, rowColumns, type QueueRow } from '@/lib/server/tickets/list-queue';

export interface ClientAnswer extends QueueRow {
  answer: { authorName: string; at: Date; excerpt: string };
}

const EXCERPT_LENGTH = 160;

/**
 * The open Demandes assigned to the actor where the client has the last word: their latest
 * public message (a reply, or the information asked for) is a client's, sent since `since`,
 * latest first. Bounded by the actor's own open work: their open Demandes by the assignee
 * index, then each one's latest message by (ticket_id, created_at), never the whole history;
 * with each one's current clock, as the queue shows it.
 */
export async function listClientAnswers(db: Executor, { actor, since, limit = 5 }: { actor: Actor; since: Date; limit?: number }): Promise<ClientAnswer[]> {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Le tableau de bord est réservé au support.');
  const author = alias(users, 'author');
  const latest = db
    .select({ body: ticketMessages.body, createdAt: ticketMessages.createdAt, authorId: ticketMessages.authorId })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, tickets.id), eq(ticketMessages.kind, 'public')))
    .orderBy(desc(ticketMessages.createdAt))
    .limit(1)
    .as('latest');
  const rows = await db
    .select({
      ...rowColumns,
      authorName: author.name,
      at: latest.createdAt,
      excerpt: sql<string>`left(${latest.body}, ${EXCERPT_LENGTH + 1})`,
    })
    .from(tickets)
    .innerJoinLateral(latest, sql`true`)
    .innerJoin(author, eq(author.id, latest.authorId))
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .leftJoin(users, eq(users.id, tickets.assigneeId))
    .where(
      and(
        eq(tickets.assigneeId, actor.id),
        inArray(tickets.status, [...OPEN_STATUSES]),
        // Every change of a Demande, a message included, sets updatedAt: the ones untouched since need no look at their messages.
        gte(tickets.updatedAt, since),
        inArray(author.role, [...CLIENT_ROLES]),
        gte(latest.createdAt, since),
      ),
    )
    .orderBy(desc(latest.createdAt), desc(tickets.id))
    .limit(limit);
  // The clock each one shows, as in the queue: a handful of Demandes, one query.
  const clocks = await currentClocksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(({ authorName, at, excerpt, ...row }) => ({
    ...row,
    clock: clocks.get(row.id) ?? null,
    answer: { authorName, at, excerpt: excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH).trimEnd()}…` : excerpt },
  }));
}
