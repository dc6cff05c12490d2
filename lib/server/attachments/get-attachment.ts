import 'server-only';
import { and, eq, isNull, or } from 'drizzle-orm';
import { attachments, ticketMessages, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { ticketScope } from '@/lib/server/tickets/load-ticket';
import { ServiceError } from '@/lib/server/service-error';
import { openAttachmentContent } from './attachment-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An attachment the actor may download, with its content as a stream: within their organization
 * for a client, and never one of an internal note. Anything else is "not found".
 */
export async function getAttachment(db: Executor, { actor, attachmentId }: { actor: Actor; attachmentId: string }) {
  const notFound = new ServiceError('not_found', 'Pièce jointe introuvable.');
  if (!UUID.test(attachmentId)) throw notFound;
  const [row] = await db
    .select({ fileName: attachments.fileName, contentType: attachments.contentType, storageKey: attachments.storageKey })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(ticketMessages, eq(ticketMessages.id, attachments.messageId))
    .where(
      and(
        eq(attachments.id, attachmentId),
        ticketScope(actor),
        isStaff(actor.role) ? undefined : or(isNull(attachments.messageId), eq(ticketMessages.kind, 'public')),
      ),
    );
  if (!row) throw notFound;
  return { fileName: row.fileName, contentType: row.contentType, content: await openAttachmentContent(db, row.storageKey) };
}
