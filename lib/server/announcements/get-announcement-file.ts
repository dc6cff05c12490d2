import 'server-only';
import { and, eq } from 'drizzle-orm';
import { announcementFiles, announcements } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isRecordId } from '@/lib/validation/announcements';
import type { Actor } from '@/lib/server/actor';
import { openAttachmentContent } from '@/lib/server/attachments/attachment-store';
import { ServiceError } from '@/lib/server/service-error';
import { announcementScope } from './announcement-scope';

/**
 * A file of an announcement the actor may read, with its content as a stream. A file of an announcement
 * for a module outside a client's contract is "not found", like one that does not exist.
 */
export async function getAnnouncementFile(db: Executor, { actor, fileId }: { actor: Actor; fileId: string }) {
  const notFound = new ServiceError('not_found', 'Fichier introuvable.');
  if (!isRecordId(fileId)) throw notFound;
  const scope = await announcementScope(db, actor);
  const [row] = await db
    .select({ fileName: announcementFiles.fileName, contentType: announcementFiles.contentType, storageKey: announcementFiles.storageKey })
    .from(announcementFiles)
    .innerJoin(announcements, eq(announcements.id, announcementFiles.announcementId))
    .where(and(eq(announcementFiles.id, fileId), scope.condition));
  if (!row) throw notFound;
  return { fileName: row.fileName, contentType: row.contentType, content: await openAttachmentContent(db, row.storageKey) };
}
