import 'server-only';
import { asc, desc, sql } from 'drizzle-orm';
import { incidents } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { assertIncidentStaff } from './incident-access';

/** How many incidents the console lists: those under way, then the most recent. */
export const INCIDENT_LIST_LIMIT = 100;

const SCOPE_NAMES_SHOWN = 3;

/**
 * The console's incidents: those under way first (earliest first), then the others, most recent
 * first; each with the number of organizations it affects and the first few names.
 */
export async function listIncidents(db: Executor, { actor }: { actor: Actor }) {
  assertIncidentStaff(actor);
  return db
    .select({
      id: incidents.id,
      title: incidents.title,
      cause: incidents.cause,
      environment: incidents.environment,
      allOrganizations: incidents.allOrganizations,
      startedAt: incidents.startedAt,
      endedAt: incidents.endedAt,
      // Plain SQL names: drizzle would write the outer "id" unqualified in a query without joins.
      organizationCount: sql<number>`(select count(*)::int from incident_organizations scope where scope.incident_id = incidents.id)`,
      organizationNames: sql<
        string[]
      >`coalesce((select array_agg(shown.name order by shown.name) from (select organizations.name from incident_organizations scope join organizations on organizations.id = scope.organization_id where scope.incident_id = incidents.id order by organizations.name limit ${SCOPE_NAMES_SHOWN}) shown), '{}'::text[])`,
    })
    .from(incidents)
    .orderBy(
      sql`${incidents.endedAt} is null desc`,
      sql`case when ${incidents.endedAt} is null then ${incidents.startedAt} end asc`,
      desc(incidents.startedAt),
      asc(incidents.id),
    )
    .limit(INCIDENT_LIST_LIMIT);
}

export type IncidentListRow = Awaited<ReturnType<typeof listIncidents>>[number];
