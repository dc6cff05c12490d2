import 'server-only';
import type { Database } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester, tellStaff } from './tell';

/**
 * A public reply (client or staff) or an internal note (staff only, never shown to clients).
 * A public reply tells the other side.
 */
export async function commentTicket(
  db: Database,
  input: { actor: Actor; ticketId: string; kind: 'public' | 'internal'; body: string; files?: readonly CheckedFile[]; now?: Date },
) {
  const { body } = input;
  const files = input.files ?? [];
  const internal = input.kind === 'internal';
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: internal ? 'add_internal_note' : 'comment' },
    event: { type: internal ? 'internal_note_added' : 'replied', internal },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: input.kind, body, files, at: now });
      if (internal) return;
      const message = { type: 'replied', title: `Demande ${ticket.reference} : nouvelle réponse`, at: now };
      await (isStaff(input.actor.role)
        ? tellRequester(tx, ticket, { ...message, body: `Le support a répondu à votre demande « ${ticket.subject} ».`, paragraphs: [body] })
        : tellStaff(tx, ticket, [ticket.assigneeId], { ...message, body: `Le client a répondu sur « ${ticket.subject} ».` }));
    },
  });
}
