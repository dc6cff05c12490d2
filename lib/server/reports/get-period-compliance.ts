import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { contracts, organizations, slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isClientRole } from '@/lib/accounts/roles';
import { NO_COUNTS, pickupComplianceOf } from '@/lib/reports/compliance';
import { contractPeriods, type ReportPeriod } from '@/lib/reports/contract-periods';
import type { PeriodComplianceRow } from '@/lib/reports/sla-report';
import { reportSearch } from '@/lib/search-params/reports';
import type { Actor } from '@/lib/server/actor';
import { countsOf, statusCountColumns } from './clock-report-status';
import { reportTicketScope, type ReportFilters } from './report-scope';

/**
 * §13: the pickup ratio of each organization in the actor's scope over each of its 12-month
 * periods, the current one so far included, oldest first. The periods are drawn by lib/reports
 * (from each contract's support start date, in the organization's zone) and handed to one
 * aggregate query, so the database counts and the rows never travel. A technician sees the
 * organizations of their own work only.
 */
export async function getPeriodCompliance(
  db: Executor,
  { actor, filters, now }: { actor: Actor; filters: ReportFilters; now: Date },
): Promise<PeriodComplianceRow[]> {
  const { organizationId } = reportSearch.normalize(filters);
  const only = isClientRole(actor.role) ? actor.organizationId : organizationId;
  const contractRows = await db
    .select({ id: organizations.id, name: organizations.name, timeZone: organizations.timeZone, supportStartDate: contracts.supportStartDate })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(only ? eq(organizations.id, only) : undefined)
    .orderBy(asc(organizations.name));
  const periods = contractRows.flatMap((organization) =>
    contractPeriods(organization.supportStartDate, organization.timeZone, now).map((period) => ({ organization, period })),
  );
  if (periods.length === 0) return [];

  const table = JSON.stringify(
    periods.map(({ organization, period }) => ({ organization_id: organization.id, number: period.number, starts_at: period.start, ends_at: period.end })),
  );
  const counted = await db
    .select({ organizationId: sql<string>`p.organization_id`, number: sql<number>`p.number`.mapWith(Number), ...statusCountColumns(now) })
    .from(slaClocks)
    .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
    .innerJoin(
      sql`jsonb_to_recordset(${table}::jsonb) as p(organization_id uuid, number int, starts_at timestamptz, ends_at timestamptz)`,
      sql`p.organization_id = ${tickets.organizationId} and ${slaClocks.startedAt} >= p.starts_at and ${slaClocks.startedAt} < p.ends_at`,
    )
    .where(and(eq(slaClocks.kind, 'pickup'), reportTicketScope(actor, filters)))
    .groupBy(sql`p.organization_id`, sql`p.number`);
  const countsAt = (id: string, period: ReportPeriod) => counted.find((row) => row.organizationId === id && row.number === period.number);

  // A technician's report lists the organizations they worked for; others, every one in scope.
  const worked = new Set(counted.map((row) => row.organizationId));
  return periods
    .filter(({ organization }) => actor.role !== 'technician' || worked.has(organization.id) || organization.id === only)
    .map(({ organization, period }) => {
      const row = countsAt(organization.id, period);
      return {
        organizationId: organization.id,
        organizationName: organization.name,
        timeZone: organization.timeZone,
        period,
        compliance: pickupComplianceOf(row ? countsOf(row) : NO_COUNTS),
      };
    });
}
