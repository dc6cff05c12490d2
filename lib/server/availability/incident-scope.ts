import 'server-only';
import { and, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { incidents } from '@/db/schema';

// The correlated subqueries below name their tables in plain SQL: drizzle writes a column of a
// query without joins unqualified ("id"), which inside a subquery would mean the inner table's.

/** §6: the incidents that affect an organization, all of them or it among some: the scope is in the WHERE. */
export function affectsOrganization(organizationId: string): SQL {
  return sql`(incidents.all_organizations or exists (select 1 from incident_organizations scope where scope.incident_id = incidents.id and scope.organization_id = ${organizationId}))`;
}

/** The incidents that overlap [from, to): an ongoing one lasts until now, so it overlaps every span after its start. */
export function overlaps(from: Date, to: Date): SQL {
  return and(lt(incidents.startedAt, to), or(isNull(incidents.endedAt), gt(incidents.endedAt, from)))!;
}

/** The ids of the organizations an incident affects when it does not affect all (empty otherwise), as text. */
export const scopedOrganizationIds = sql<
  string[]
>`coalesce((select array_agg(scope.organization_id::text order by scope.organization_id) from incident_organizations scope where scope.incident_id = incidents.id), '{}'::text[])`;
