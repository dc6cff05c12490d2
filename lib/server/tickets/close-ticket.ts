import 'server-only';
import type { Database } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester, tellStaff } from './tell';

/** Closes a resolved Demande: the client accepting the resolution, or staff. */
export async function closeTicket(db: Database, input: { actor: Actor; ticketId: string; now?: Date }) {
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'close' },
    columns: (at) => ({ closedAt: at }),
    event: { type: 'closed' },
    afterwards: ({ tx, ticket, now }) => {
      const message = { type: 'closed', title: `Demande ${ticket.reference} clôturée`, at: now };
      return isStaff(input.actor.role)
        ? tellRequester(tx, ticket, { ...message, body: `Votre demande « ${ticket.subject} » est clôturée.` })
        : tellStaff(tx, ticket, [ticket.assigneeId], { ...message, body: `Le client a accepté la résolution de « ${ticket.subject} ».` });
    },
  });
}
