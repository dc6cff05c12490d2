import 'server-only';
import { inArray } from 'drizzle-orm';
import { organizations, type IncidentRow } from '@/db/schema';
import type { Executor } from '@/db/client';
import { incidentNotice, type IncidentPhase } from '@/lib/availability';
import { notifyOrganizations } from '@/lib/server/notifications/notify-organizations';

/**
 * Tells the users of the organizations an incident affects that it started, or that it ended
 * (§5, §6), each in their organization's zone, with the public description in the email.
 */
export function notifyIncident(tx: Executor, incident: IncidentRow, scope: readonly string[], phase: IncidentPhase, at: Date): Promise<void> {
  return notifyOrganizations(tx, {
    where: incident.allOrganizations ? undefined : inArray(organizations.id, [...scope]),
    message: (timeZone) => ({
      ...incidentNotice(
        { title: incident.title, cause: incident.cause, environment: incident.environment, start: incident.startedAt, end: incident.endedAt },
        phase,
        timeZone,
      ),
      paragraphs: [incident.description],
    }),
    link: { path: '/disponibilite', label: 'Voir la disponibilité du service' },
    at,
  });
}
