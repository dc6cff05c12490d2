import 'server-only';
import type { Database } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester, tellStaff } from './tell';

/** Reopens a resolved Demande, with the reason as a public message: staff any time, the client within 15 days. */
export async function reopenTicket(db: Database, input: { actor: Actor; ticketId: string; reason: string; now?: Date }) {
  const { reason } = input;
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'reopen' },
    columns: () => ({ closedAt: null }),
    event: { type: 'reopened', details: { reason } },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: reason, at: now });
      const message = { type: 'reopened', title: `Demande ${ticket.reference} rouverte`, at: now, paragraphs: [reason] };
      await (isStaff(input.actor.role)
        ? tellRequester(tx, ticket, { ...message, body: `Le support a rouvert votre demande « ${ticket.subject} ».` })
        : tellStaff(tx, ticket, [ticket.assigneeId], { ...message, body: `Le client a rouvert « ${ticket.subject} ».` }));
    },
  });
}
