import 'server-only';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { attachments, organizations, slaClocks, ticketEvents, ticketMessages, tickets, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { toClock } from '@/lib/server/sla/clock-rows';
import { ticketScope } from './load-ticket';

const requester = alias(users, 'requester');
const assignee = alias(users, 'assignee');

export type TicketView = NonNullable<Awaited<ReturnType<typeof getTicketView>>>;

/**
 * A Demande as the actor may see it, or null (another organization's Demande is simply not
 * there). For a client, internal notes, their attachments and internal events are left out
 * in the query itself, so they never reach the page or its data.
 */
export async function getTicketView(db: Executor, { actor, reference }: { actor: Actor; reference: string }) {
  const [row] = await db
    .select({
      ticket: tickets,
      organizationName: organizations.name,
      organizationTimeZone: organizations.timeZone,
      requesterName: requester.name,
      requesterEmail: requester.email,
      requesterPhone: requester.phone,
      assigneeName: assignee.name,
    })
    .from(tickets)
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .innerJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .where(and(eq(tickets.reference, reference), ticketScope(actor)));
  if (!row) return null;
  const ticketId = row.ticket.id;
  const staff = isStaff(actor.role);

  const messages = await db
    .select({
      id: ticketMessages.id,
      kind: ticketMessages.kind,
      body: ticketMessages.body,
      createdAt: ticketMessages.createdAt,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(ticketMessages)
    .innerJoin(users, eq(users.id, ticketMessages.authorId))
    .where(and(eq(ticketMessages.ticketId, ticketId), staff ? undefined : eq(ticketMessages.kind, 'public')))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));

  const visibleMessageIds = messages.map((message) => message.id);
  const files = await db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      size: attachments.size,
    })
    .from(attachments)
    .where(
      and(
        eq(attachments.ticketId, ticketId),
        or(isNull(attachments.messageId), visibleMessageIds.length > 0 ? inArray(attachments.messageId, visibleMessageIds) : undefined),
      ),
    )
    .orderBy(asc(attachments.createdAt));

  const events = await db
    .select({
      id: ticketEvents.id,
      type: ticketEvents.type,
      at: ticketEvents.at,
      internal: ticketEvents.internal,
      before: ticketEvents.before,
      after: ticketEvents.after,
      actorName: users.name,
    })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorId))
    .where(and(eq(ticketEvents.ticketId, ticketId), staff ? undefined : eq(ticketEvents.internal, false)))
    .orderBy(asc(ticketEvents.id));

  const clocks = (await db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticketId)).orderBy(asc(slaClocks.startedAt), asc(slaClocks.id))).map(toClock);

  return { ...row, messages, attachments: files, events, clocks };
}
