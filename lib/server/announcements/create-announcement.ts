import 'server-only';
import { sql } from 'drizzle-orm';
import { announcements, contracts, type Announcement } from '@/db/schema';
import type { Database } from '@/db/client';
import type { AnnouncementContent } from '@/lib/validation/announcements';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { announcementNotice, isToldToUsers } from '@/lib/announcements/announcement-notice';
import { notifyOrganizations } from '@/lib/server/notifications/notify-organizations';
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
 * transaction. A release dated in the past (§10.2) and a planned maintenance less than 48 h ahead
 * (§5) are refused. A release or a maintenance is told to the users of the organizations whose
 * contract covers its module (every organization when it names none).
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
    if (isToldToUsers(announcement.kind)) {
      await notifyOrganizations(tx, {
        where: announcement.module === null ? undefined : sql`${announcement.module} = any(${contracts.modules})`,
        message: (timeZone) => announcementNotice(announcement, timeZone),
        link: { path: `/annonces#annonce-${announcement.id}`, label: 'Lire l’annonce' },
        at: now,
      });
    }
    return announcement;
  });
}
