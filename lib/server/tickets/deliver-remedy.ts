import 'server-only';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { REMEDY_KIND_LABELS, REMEDY_KINDS } from '@/lib/tickets';
import { messageBodySchema } from '@/lib/validation/tickets';
import type { Actor } from '@/lib/server/actor';
import { checkUploadedFiles, type UploadedFile } from '@/lib/server/attachments/save-attachments';
import { parseInput } from '@/lib/server/service-error';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

const schema = z.object({
  remedy: z.enum(REMEDY_KINDS, { message: 'Choisissez : correction ou contournement.' }),
  description: messageBodySchema,
  // A workaround may leave the Demande in correction while the fix is built.
  resolves: z.boolean().default(true),
});

/** §14: a fix or a workaround of the anomaly is delivered; the remedy clock stops. */
export async function deliverRemedy(
  db: Database,
  input: { actor: Actor; ticketId: string; remedy: string; description: string; resolves?: boolean; files?: readonly UploadedFile[]; now?: Date },
) {
  const { remedy, description, resolves } = parseInput(schema, input);
  const files = checkUploadedFiles(input.files ?? []);
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
