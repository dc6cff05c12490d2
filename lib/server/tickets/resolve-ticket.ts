import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** Staff answer the Demande and resolve it; the client may accept (close) or reopen it. */
export async function resolveTicket(db: Database, input: { actor: Actor; ticketId: string; answer: string; now?: Date }) {
  const { answer } = input;
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'resolve' },
    event: { type: 'resolved' },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: answer, at: now });
      await tellRequester(tx, ticket, {
        type: 'resolved',
        title: `Demande ${ticket.reference} résolue`,
        body: 'Votre demande est résolue. Vous pouvez la clôturer, ou la rouvrir dans les 15 jours si le problème persiste.',
        paragraphs: [answer],
        at: now,
      });
    },
  });
}
