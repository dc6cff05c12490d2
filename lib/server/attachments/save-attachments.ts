import 'server-only';
import { attachments } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { CheckedFile } from '@/lib/validation/attachments';
import { storeAttachmentContent } from './attachment-store';

/** Stores the contents, then writes their rows with the caller's transaction. */
export async function saveAttachments(
  db: Executor,
  files: readonly CheckedFile[],
  owner: { ticketId: string; messageId: string | null; uploaderId: string; at: Date },
): Promise<void> {
  if (files.length === 0) return;
  const rows = await Promise.all(
    files.map(async (file) => ({
      ticketId: owner.ticketId,
      messageId: owner.messageId,
      uploaderId: owner.uploaderId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.data.byteLength,
      createdAt: owner.at,
      ...(await storeAttachmentContent(file.data)),
    })),
  );
  await db.insert(attachments).values(rows);
}
