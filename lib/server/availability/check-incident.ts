import 'server-only';
import { and, count, eq, inArray } from 'drizzle-orm';
import { announcements, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import { incidentTimeIssues, type IncidentContent } from '@/lib/validation/availability';
import { ServiceError } from '@/lib/server/service-error';

/**
 * What the form's schema cannot know: the start and end against now (§6: recorded once it has
 * happened, never an end before its start), the organizations named exist, and a planned
 * maintenance points to a planned maintenance announcement (§5: announced 48 h ahead, which the
 * announcements enforce). Every problem at once, by field; nothing is written.
 */
export async function checkIncident(
  tx: Executor,
  { content, startedAt, endedAt, now }: { content: IncidentContent; startedAt: Date; endedAt: Date | null; now: Date },
): Promise<void> {
  const fieldErrors = incidentTimeIssues({ startedAt, endedAt }, now);
  if (content.organizationIds.length > 0) {
    const [row] = await tx.select({ known: count() }).from(organizations).where(inArray(organizations.id, content.organizationIds));
    if ((row?.known ?? 0) !== content.organizationIds.length) fieldErrors.organizationIds = 'Une des collectivités cochées n’existe pas.';
  }
  if (content.announcementId) {
    const [announcement] = await tx
      .select({ id: announcements.id })
      .from(announcements)
      .where(and(eq(announcements.id, content.announcementId), eq(announcements.kind, 'planned_maintenance')));
    if (!announcement) fieldErrors.announcementId = 'Cette annonce n’est pas celle d’une maintenance planifiée.';
  }
  if (Object.keys(fieldErrors).length > 0) throw new ServiceError('invalid', FIELDS_TO_CORRECT, fieldErrors);
}
