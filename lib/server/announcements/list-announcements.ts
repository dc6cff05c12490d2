import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { announcementFiles, announcements, users, type Announcement, type AnnouncementFile } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { AnnouncementKind } from '@/lib/announcements/kinds';
import type { Actor } from '@/lib/server/actor';
import { announcementScope } from './announcement-scope';

export type AnnouncementFileSummary = Pick<AnnouncementFile, 'id' | 'fileName' | 'contentType' | 'size'>;
export type AnnouncementView = Announcement & { authorName: string; files: AnnouncementFileSummary[] };

/**
 * The announcements an actor may read (see announcementScope), newest first, with their files,
 * and the zone their dates are to be shown in.
 */
export async function listAnnouncements(
  db: Executor,
  { actor, kind }: { actor: Actor; kind?: AnnouncementKind | null },
): Promise<{ timeZone: string; announcements: AnnouncementView[] }> {
  const scope = await announcementScope(db, actor);
  const rows = await db
    .select({ announcement: announcements, authorName: users.name })
    .from(announcements)
    .innerJoin(users, eq(users.id, announcements.authorId))
    .where(and(scope.condition, kind ? eq(announcements.kind, kind) : undefined))
    .orderBy(desc(announcements.publishedAt), asc(announcements.id));
  const files = await filesOf(
    db,
    rows.map((row) => row.announcement.id),
  );
  return {
    timeZone: scope.timeZone,
    announcements: rows.map((row) => ({ ...row.announcement, authorName: row.authorName, files: files.get(row.announcement.id) ?? [] })),
  };
}

export async function filesOf(db: Executor, announcementIds: string[]): Promise<Map<string, AnnouncementFileSummary[]>> {
  const byAnnouncement = new Map<string, AnnouncementFileSummary[]>();
  if (announcementIds.length === 0) return byAnnouncement;
  const rows = await db
    .select({
      announcementId: announcementFiles.announcementId,
      id: announcementFiles.id,
      fileName: announcementFiles.fileName,
      contentType: announcementFiles.contentType,
      size: announcementFiles.size,
    })
    .from(announcementFiles)
    .where(inArray(announcementFiles.announcementId, announcementIds))
    .orderBy(asc(announcementFiles.createdAt), asc(announcementFiles.fileName));
  for (const { announcementId, ...file } of rows) {
    byAnnouncement.set(announcementId, [...(byAnnouncement.get(announcementId) ?? []), file]);
  }
  return byAnnouncement;
}
