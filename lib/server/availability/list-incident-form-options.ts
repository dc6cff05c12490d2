import 'server-only';
import { and, asc, desc, eq, gte } from 'drizzle-orm';
import { announcements, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { formatDateTime } from '@/lib/format/french-date';
import type { Actor } from '@/lib/server/actor';
import { assertIncidentStaff } from './incident-access';

// A planned maintenance is recorded as it happens: its announcement is recent or ahead.
const ANNOUNCEMENTS_SINCE_MS = 90 * 24 * 3_600_000;

/**
 * What the incident form offers: the organizations by name, and the planned maintenance
 * announcements of the last 90 days and ahead, labelled with their start in the reader's zone.
 */
export async function listIncidentFormOptions(db: Executor, { actor, timeZone, now = new Date() }: { actor: Actor; timeZone: string; now?: Date }) {
  assertIncidentStaff(actor);
  const [organizationOptions, maintenance] = await Promise.all([
    db.select({ id: organizations.id, name: organizations.name }).from(organizations).orderBy(asc(organizations.name)),
    db
      .select({ id: announcements.id, title: announcements.title, startsAt: announcements.startsAt })
      .from(announcements)
      .where(and(eq(announcements.kind, 'planned_maintenance'), gte(announcements.startsAt, new Date(now.getTime() - ANNOUNCEMENTS_SINCE_MS))))
      .orderBy(desc(announcements.startsAt)),
  ]);
  return {
    organizations: organizationOptions,
    announcements: maintenance.map((announcement) => ({
      value: announcement.id,
      label: announcement.startsAt ? `${announcement.title} (${formatDateTime(announcement.startsAt, timeZone)})` : announcement.title,
    })),
  };
}
