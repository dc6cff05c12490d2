import 'server-only';
import { eq } from 'drizzle-orm';
import { announcements, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isRecordId } from '@/lib/validation/announcements';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { assertStaff } from './announcement-scope';
import { filesOf, type AnnouncementView } from './list-announcements';

/** One announcement with its files, for the support to edit. */
export async function getAnnouncement(db: Executor, { actor, announcementId }: { actor: Actor; announcementId: string }): Promise<AnnouncementView> {
  assertStaff(actor);
  const notFound = new ServiceError('not_found', 'Annonce introuvable.');
  if (!isRecordId(announcementId)) throw notFound;
  const [row] = await db
    .select({ announcement: announcements, authorName: users.name })
    .from(announcements)
    .innerJoin(users, eq(users.id, announcements.authorId))
    .where(eq(announcements.id, announcementId));
  if (!row) throw notFound;
  const files = await filesOf(db, [announcementId]);
  return { ...row.announcement, authorName: row.authorName, files: files.get(announcementId) ?? [] };
}
