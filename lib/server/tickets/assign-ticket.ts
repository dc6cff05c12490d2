import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { runTicketCommand } from './run-ticket-command';
import { tellStaff } from './tell';

/** Gives the Demande to a colleague (or oneself); staff only, told in the console. */
export async function assignTicket(db: Database, input: { actor: Actor; ticketId: string; assigneeId: string; now?: Date }) {
  const { assigneeId } = input;
  const [assignee] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, assigneeId), eq(users.active, true), inArray(users.role, ['technician', 'support_manager'])));
  if (!assignee) throw new ServiceError('invalid', 'Ce membre du support est introuvable ou inactif.', { assigneeId: 'Membre du support introuvable.' });
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'assign', assigneeId },
    event: { type: 'assigned', internal: true },
    afterwards: ({ tx, ticket, now }) =>
      assigneeId === input.actor.id
        ? Promise.resolve()
        : tellStaff(tx, ticket, [assigneeId], {
            type: 'assigned',
            title: `Demande ${ticket.reference} assignée`,
            body: `La demande « ${ticket.subject} » vous est assignée.`,
            at: now,
          }),
  });
}
