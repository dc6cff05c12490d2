import 'server-only';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { incidents } from '@/db/schema';
import type { Executor } from '@/db/client';
import { serviceState, type ServiceState } from '@/lib/availability';
import { affectsOrganization } from './incident-scope';
import { publicIncidentColumns, type PublicIncident } from './incident-views';

export interface OrganizationServiceState {
  state: ServiceState;
  /** The incidents of production under way that affect the organization, earliest first. */
  ongoing: PublicIncident[];
}

/**
 * The state of the service for an organization at `now` (§5): what every portal page's banner
 * says. Reads only the incidents under way (a partial index holds them).
 */
export async function getServiceState(
  db: Executor,
  { organizationId, now = new Date() }: { organizationId: string; now?: Date },
): Promise<OrganizationServiceState> {
  const ongoing = await db
    .select(publicIncidentColumns)
    .from(incidents)
    .where(and(isNull(incidents.endedAt), lte(incidents.startedAt, now), eq(incidents.environment, 'production'), affectsOrganization(organizationId)))
    .orderBy(asc(incidents.startedAt), asc(incidents.id));
  return { state: serviceState(ongoing, now), ongoing };
}
