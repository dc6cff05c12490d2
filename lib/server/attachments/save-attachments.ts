import 'server-only';
import { attachments } from '@/db/schema';
import type { Executor } from '@/db/client';
import { MAX_ATTACHMENTS, checkAttachment } from '@/lib/validation/attachments';
import { ServiceError } from '@/lib/server/service-error';
import { storeAttachmentContent } from './attachment-store';

export interface UploadedFile {
  fileName: string;
  data: Uint8Array;
}

export interface CheckedFile extends UploadedFile {
  contentType: string;
}

/** Refuses the whole set, naming each bad file, before anything is written. */
export function checkUploadedFiles(files: readonly UploadedFile[]): CheckedFile[] {
  if (files.length > MAX_ATTACHMENTS) {
    throw new ServiceError('invalid', `${MAX_ATTACHMENTS} pièces jointes au plus.`, { attachments: `${MAX_ATTACHMENTS} pièces jointes au plus.` });
  }
  const checked: CheckedFile[] = [];
  const reasons: string[] = [];
  for (const file of files) {
    const verdict = checkAttachment({ fileName: file.fileName, size: file.data.byteLength });
    if (verdict.ok) checked.push({ ...file, fileName: file.fileName.trim(), contentType: verdict.contentType });
    else reasons.push(verdict.reason);
  }
  if (reasons.length > 0) throw new ServiceError('invalid', reasons.join(' '), { attachments: reasons.join(' ') });
  return checked;
}

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
