import 'server-only';
import { asc } from 'drizzle-orm';
import { incidents, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { availabilityByOrganization, monthSpanAcrossZones, sortOrganizationRates, type Month, type OrganizationRate, type RateSort } from '@/lib/availability';
import type { Actor } from '@/lib/server/actor';
import { assertIncidentStaff } from './incident-access';
import { overlaps, scopedOrganizationIds } from './incident-scope';

export interface RatedOrganization {
  id: string;
  name: string;
  timeZone: string;
  closedDays: string[];
}

/**
 * §6 for the support: every organization's rate for `month`, each in its own zone, in the order
 * asked. Two queries whatever the number of organizations: the organizations, and the incidents
 * of the month with their scope; the rates are then computed per organization in memory.
 */
export async function listOrganizationRates(
  db: Executor,
  { actor, month, sort, now = new Date() }: { actor: Actor; month: Month; sort: RateSort; now?: Date },
): Promise<OrganizationRate<RatedOrganization>[]> {
  assertIncidentStaff(actor);
  const rated = await db
    .select({ id: organizations.id, name: organizations.name, timeZone: organizations.timeZone, closedDays: organizations.closedDays })
    .from(organizations)
    .orderBy(asc(organizations.name));
  const span = monthSpanAcrossZones(
    rated.map((organization) => organization.timeZone),
    month,
  );
  if (span === null) return [];
  const rows = await db
    .select({
      start: incidents.startedAt,
      end: incidents.endedAt,
      cause: incidents.cause,
      environment: incidents.environment,
      allOrganizations: incidents.allOrganizations,
      organizationIds: scopedOrganizationIds,
    })
    .from(incidents)
    .where(overlaps(span.start, span.end));
  return sortOrganizationRates(availabilityByOrganization(rated, rows, month, now), sort);
}
