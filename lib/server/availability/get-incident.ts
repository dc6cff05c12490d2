import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { asc, eq } from 'drizzle-orm';
import { announcements, incidentOrganizations, incidentUpdates, incidents, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isUuid } from '@/lib/search-params/well-formed';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { assertIncidentStaff } from './incident-access';

/** One incident for the support: what was recorded, by whom, its scope by name, its public timeline. */
export async function getIncident(db: Executor, { actor, incidentId }: { actor: Actor; incidentId: string }) {
  assertIncidentStaff(actor);
  const notFound = new ServiceError('not_found', 'Incident introuvable.');
  if (!isUuid(incidentId)) throw notFound;
  const author = alias(users, 'author');
  const [row] = await db
    .select({ incident: incidents, createdByName: author.name, announcementTitle: announcements.title })
    .from(incidents)
    .innerJoin(author, eq(author.id, incidents.createdById))
    .leftJoin(announcements, eq(announcements.id, incidents.announcementId))
    .where(eq(incidents.id, incidentId));
  if (!row) throw notFound;
  const [scope, updates] = await Promise.all([
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(incidentOrganizations)
      .innerJoin(organizations, eq(organizations.id, incidentOrganizations.organizationId))
      .where(eq(incidentOrganizations.incidentId, incidentId))
      .orderBy(asc(organizations.name)),
    db
      .select({ id: incidentUpdates.id, body: incidentUpdates.body, at: incidentUpdates.at, authorName: users.name })
      .from(incidentUpdates)
      .innerJoin(users, eq(users.id, incidentUpdates.authorId))
      .where(eq(incidentUpdates.incidentId, incidentId))
      .orderBy(asc(incidentUpdates.at), asc(incidentUpdates.id)),
  ]);
  return { ...row.incident, createdByName: row.createdByName, announcementTitle: row.announcementTitle, organizations: scope, updates };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
