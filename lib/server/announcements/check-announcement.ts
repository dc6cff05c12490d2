import 'server-only';
import { sql } from 'drizzle-orm';
import { contracts, type Announcement } from '@/db/schema';
import type { Executor } from '@/db/client';
import { plannedMaintenanceNotice } from '@/lib/announcements/maintenance-notice';
import { SHORT_NOTICE_MESSAGE, shortNoticeFieldMessage, type AnnouncementContent } from '@/lib/validation/announcements';
import { ServiceError } from '@/lib/server/service-error';

/**
 * What the schema cannot know: the module is one some contract covers, and a planned
 * maintenance comes with 48 h of notice from now (§5), else it is refused and the form offers
 * to record it as emergency maintenance.
 */
export async function checkAnnouncement(
  tx: Executor,
  { content, previous, now }: { content: AnnouncementContent; previous: Announcement | null; now: Date },
): Promise<void> {
  if (content.module) {
    const [known] = await tx
      .select({ one: sql<number>`1` })
      .from(contracts)
      .where(sql`${content.module} = any(${contracts.modules})`)
      .limit(1);
    if (!known) throw new ServiceError('invalid', 'Certains champs sont à corriger.', { module: 'Aucun contrat ne couvre ce module.' });
  }
  const notice = plannedMaintenanceNotice(content, previous, now);
  if (!notice.ok) throw new ServiceError('invalid', SHORT_NOTICE_MESSAGE, { startsAt: shortNoticeFieldMessage(notice.earliestStart) });
}
