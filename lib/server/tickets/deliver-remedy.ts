import 'server-only';
import type { Database } from '@/db/client';
import { REMEDY_KIND_LABELS, type RemedyKind } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** §14: a fix or a workaround of the anomaly is delivered; the remedy clock stops. */
export async function deliverRemedy(
  db: Database,
  input: { actor: Actor; ticketId: string; remedy: RemedyKind; description: string; resolves: boolean; files?: readonly CheckedFile[]; now?: Date },
) {
  const { remedy, description, resolves } = input;
  const files = input.files ?? [];
  const label = REMEDY_KIND_LABELS[remedy];
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'deliver_remedy', remedy, resolves },
    columns: (at) => ({ remedyKind: remedy, remedyDeliveredAt: at }),
    event: { type: 'remedy_delivered', details: { remedy, resolves } },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: description, files, at: now });
      await tellRequester(tx, ticket, {
        type: 'remedy_delivered',
        title: `Demande ${ticket.reference} : ${label.toLowerCase()} livrée`,
        body: resolves
          ? `Le support a livré une ${label.toLowerCase()} : votre demande est résolue. Vous pouvez la clôturer, ou la rouvrir si le problème persiste.`
          : `Le support a livré une ${label.toLowerCase()} ; la correction définitive suit.`,
        paragraphs: [description],
        at: now,
      });
    },
  });
}
