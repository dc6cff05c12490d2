import 'server-only';
import { announcementFiles } from '@/db/schema';
import type { Executor } from '@/db/client';
import { storeAttachmentContent } from '@/lib/server/attachments/attachment-store';
import type { CheckedFile } from '@/lib/validation/attachments';

/** Stores the contents and writes their rows, all with the caller's transaction. */
export async function saveAnnouncementFiles(tx: Executor, files: readonly CheckedFile[], owner: { announcementId: string; at: Date }): Promise<void> {
  if (files.length === 0) return;
  const rows = [];
  for (const file of files) {
    rows.push({
      announcementId: owner.announcementId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.data.byteLength,
      createdAt: owner.at,
      ...(await storeAttachmentContent(tx, file.data, owner.at)),
    });
  }
  await tx.insert(announcementFiles).values(rows);
}
