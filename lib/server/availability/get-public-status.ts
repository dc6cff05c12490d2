import 'server-only';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { incidents } from '@/db/schema';
import type { Executor } from '@/db/client';
import { serviceState, type ServiceState } from '@/lib/availability';
import { publicIncidentColumns, publicUpdatesOf, type PublicIncidentWithUpdates } from './incident-views';

export interface PublicStatus {
  state: ServiceState;
  incidents: PublicIncidentWithUpdates[];
}

/**
 * The status page, readable without signing in: the state of production and the public messages
 * of the incidents under way that affect every organization. An incident of some organizations
 * only is theirs to read, in their portal: nothing of it, not even that it exists, appears here.
 */
export async function getPublicStatus(db: Executor, { now = new Date() }: { now?: Date } = {}): Promise<PublicStatus> {
  const ongoing = await db
    .select(publicIncidentColumns)
    .from(incidents)
    .where(and(eq(incidents.allOrganizations, true), isNull(incidents.endedAt), lte(incidents.startedAt, now), eq(incidents.environment, 'production')))
    .orderBy(asc(incidents.startedAt), asc(incidents.id));
  const updates = await publicUpdatesOf(
    db,
    ongoing.map((incident) => incident.id),
  );
  return { state: serviceState(ongoing, now), incidents: ongoing.map((incident) => ({ ...incident, updates: updates.get(incident.id) ?? [] })) };
}
