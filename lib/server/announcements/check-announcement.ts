import 'server-only';
import { sql } from 'drizzle-orm';
import { contracts, type Announcement } from '@/db/schema';
import type { Executor } from '@/db/client';
import { plannedMaintenanceNotice } from '@/lib/announcements/maintenance-notice';
import { releaseAnnouncedAhead } from '@/lib/announcements/release-date';
import { RELEASE_IN_PAST_MESSAGE, SHORT_NOTICE_MESSAGE, shortNoticeFieldMessage, type AnnouncementContent } from '@/lib/validation/announcements';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import { ServiceError } from '@/lib/server/service-error';

/**
 * What the schema cannot know: the module is one some contract covers, a new version is dated
 * ahead of now (§10.2), and a planned maintenance comes with 48 h of notice from now (§5), else
 * it is refused and the form offers to record it as emergency maintenance.
 */
export async function checkAnnouncement(
  tx: Executor,
  { content, previous, now }: { content: AnnouncementContent; previous: Announcement | null; now: Date },
): Promise<void> {
  const fieldErrors: Record<string, string> = {};
  if (content.module) {
    const [known] = await tx
      .select({ one: sql<number>`1` })
      .from(contracts)
      .where(sql`${content.module} = any(${contracts.modules})`)
      .limit(1);
    if (!known) fieldErrors.module = 'Aucun contrat ne couvre ce module.';
  }
  if (!releaseAnnouncedAhead(content, previous, now)) fieldErrors.startsAt = RELEASE_IN_PAST_MESSAGE;
  if (Object.keys(fieldErrors).length > 0) throw new ServiceError('invalid', FIELDS_TO_CORRECT, fieldErrors);
  const notice = plannedMaintenanceNotice(content, previous, now);
  if (!notice.ok) throw new ServiceError('invalid', SHORT_NOTICE_MESSAGE, { startsAt: shortNoticeFieldMessage(notice.earliestStart) });
}
