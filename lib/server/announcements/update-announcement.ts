import 'server-only';
import { eq } from 'drizzle-orm';
import { announcements, type Announcement } from '@/db/schema';
import type { Database } from '@/db/client';
import type { AnnouncementContent } from '@/lib/validation/announcements';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { ServiceError } from '@/lib/server/service-error';
import { assertStaff } from './announcement-scope';
import { checkAnnouncement } from './check-announcement';
import { saveAnnouncementFiles } from './save-announcement-files';

export interface UpdateAnnouncementInput {
  actor: Actor;
  announcementId: string;
  content: AnnouncementContent;
  /** Added to those already published. */
  files?: readonly CheckedFile[];
  now?: Date;
}

/**
 * Corrects a published announcement and adds files, in one transaction. Its publication date
 * stays: it is when clients were told. A planned maintenance whose window moves or grows is
 * announced anew, and needs 48 h of notice from now (§5).
 */
export async function updateAnnouncement(db: Database, input: UpdateAnnouncementInput): Promise<Announcement> {
  const now = input.now ?? new Date();
  assertStaff(input.actor);
  const { content, files = [] } = input;
  const notFound = new ServiceError('not_found', 'Annonce introuvable.');
  return db.transaction(async (tx) => {
    const [previous] = await tx.select().from(announcements).where(eq(announcements.id, input.announcementId)).for('update');
    if (!previous) throw notFound;
    await checkAnnouncement(tx, { content, previous, now });
    const [announcement] = await tx.update(announcements).set(content).where(eq(announcements.id, previous.id)).returning();
    if (!announcement) throw notFound;
    await saveAnnouncementFiles(tx, files, { announcementId: announcement.id, at: now });
    return announcement;
  });
}
