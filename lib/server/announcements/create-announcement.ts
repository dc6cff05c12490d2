import 'server-only';
import { announcements, type Announcement } from '@/db/schema';
import type { Database } from '@/db/client';
import type { AnnouncementContent } from '@/lib/validation/announcements';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { assertStaff } from './announcement-scope';
import { checkAnnouncement } from './check-announcement';
import { saveAnnouncementFiles } from './save-announcement-files';

export interface CreateAnnouncementInput {
  actor: Actor;
  content: AnnouncementContent;
  files?: readonly CheckedFile[];
  now?: Date;
}

/**
 * Publishes an announcement on the portal at once (§10.2, §12), with its files, in one
 * transaction. A planned maintenance less than 48 h ahead is refused (§5).
 */
export async function createAnnouncement(db: Database, input: CreateAnnouncementInput): Promise<Announcement> {
  const now = input.now ?? new Date();
  assertStaff(input.actor);
  const { content, files = [] } = input;
  return db.transaction(async (tx) => {
    await checkAnnouncement(tx, { content, previous: null, now });
    const [announcement] = await tx
      .insert(announcements)
      .values({ ...content, authorId: input.actor.id, publishedAt: now })
      .returning();
    if (!announcement) throw new Error('Annonce non enregistrée.');
    await saveAnnouncementFiles(tx, files, { announcementId: announcement.id, at: now });
    return announcement;
  });
}
