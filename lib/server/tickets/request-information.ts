import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** "Demander des informations": asks the client, and pauses the action-plan or remedy clock. */
export async function requestInformation(db: Database, input: { actor: Actor; ticketId: string; question: string; now?: Date }) {
  const { question } = input;
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'request_information' },
    event: { type: 'information_requested' },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: question, at: now });
      await tellRequester(tx, ticket, {
        type: 'information_requested',
        title: `Demande ${ticket.reference} : informations demandées`,
        body: 'Le support a besoin d’informations complémentaires pour traiter votre demande.',
        paragraphs: [question],
        at: now,
      });
    },
  });
}
