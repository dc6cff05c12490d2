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
    afterwards: async ({ tx, ticket, clocks, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: question, at: now });
      const paused = clocks.some((clock) => clock.stoppedAt === null && clock.pauseCauses.includes('waiting_client'));
      await tellRequester(tx, ticket, {
        type: 'information_requested',
        title: `À vous de répondre : demande ${ticket.reference}`,
        body: `Le support a besoin d’informations complémentaires pour traiter votre demande « ${ticket.subject} » : répondez sur la demande.${paused ? ' Son délai est en pause jusqu’à votre réponse.' : ''}`,
        paragraphs: [`Question du support : ${question}`],
        at: now,
      });
    },
  });
}
