import 'server-only';
import { attachments } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { CheckedFile } from '@/lib/validation/attachments';
import { storeAttachmentContent } from './attachment-store';

/** Stores the contents and writes their rows, all with the caller's transaction. */
export async function saveAttachments(
  db: Executor,
  files: readonly CheckedFile[],
  owner: { ticketId: string; messageId: string | null; uploaderId: string; at: Date },
): Promise<void> {
  if (files.length === 0) return;
  const rows = [];
  for (const file of files) {
    rows.push({
      ticketId: owner.ticketId,
      messageId: owner.messageId,
      uploaderId: owner.uploaderId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.data.byteLength,
      createdAt: owner.at,
      ...(await storeAttachmentContent(db, file.data, owner.at)),
    });
  }
  await db.insert(attachments).values(rows);
}
