import 'server-only';
import { ticketMessages } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { CheckedFile } from '@/lib/validation/attachments';
import { saveAttachments } from '@/lib/server/attachments/save-attachments';

/** A reply (public) or an internal note on a Demande, with its attachments. */
export async function addMessage(
  db: Executor,
  input: { ticketId: string; authorId: string; kind: 'public' | 'internal'; body: string; files?: readonly CheckedFile[]; at: Date },
): Promise<string> {
  const [message] = await db
    .insert(ticketMessages)
    .values({ ticketId: input.ticketId, authorId: input.authorId, kind: input.kind, body: input.body, createdAt: input.at })
    .returning({ id: ticketMessages.id });
  if (!message) throw new Error('Message non enregistré.');
  await saveAttachments(db, input.files ?? [], { ticketId: input.ticketId, messageId: message.id, uploaderId: input.authorId, at: input.at });
  return message.id;
}
