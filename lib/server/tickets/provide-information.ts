import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellStaff } from './tell';

/** The client answers a request for information: the Demande and its paused clock resume. */
export async function provideInformation(db: Database, input: { actor: Actor; ticketId: string; answer: string; files?: readonly CheckedFile[]; now?: Date }) {
  const { answer } = input;
  const files = input.files ?? [];
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'provide_information' },
    event: { type: 'information_provided' },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: answer, files, at: now });
      await tellStaff(tx, ticket, [ticket.assigneeId], {
        type: 'information_provided',
        title: `Demande ${ticket.reference} : le client a répondu`,
        body: `Le client a apporté les informations demandées sur « ${ticket.subject} ».`,
        at: now,
      });
    },
  });
}
