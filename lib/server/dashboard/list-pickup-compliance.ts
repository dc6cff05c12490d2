import 'server-only';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { contracts, organizations, slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { NO_COUNTS, pickupComplianceOf } from '@/lib/reports/compliance';
import { contractPeriod, SlaError, type ContractPeriod, type PickupCompliance } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { countsOf, statusCountColumns } from '@/lib/server/reports/clock-report-status';
import { ServiceError } from '@/lib/server/service-error';

export interface OrganizationPickupRate {
  organizationId: string;
  name: string;
  timeZone: string;
  /** The current 12-month period (§13) and its figures; null before the support starts. */
  period: ContractPeriod | null;
  compliance: PickupCompliance | null;
}

/**
 * §13 for a support manager: every organization's pickup ratio over its current 12-month
 * period, by lib/sla's rules (the SQL of lib/server/reports), in one aggregate: the periods are
 * drawn here, per contract and zone, and joined as a table — not one query per organization.
 */
export async function listPickupCompliance(db: Executor, { actor, now }: { actor: Actor; now: Date }): Promise<OrganizationPickupRate[]> {
  if (actor.role !== 'support_manager') throw new ServiceError('forbidden', 'Les taux de toutes les collectivités sont réservés aux responsables du support.');
  const contractRows = await db
    .select({ id: organizations.id, name: organizations.name, timeZone: organizations.timeZone, supportStartDate: contracts.supportStartDate })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .orderBy(asc(organizations.name));
  const periods = new Map<string, ContractPeriod>();
  for (const row of contractRows) {
    try {
      periods.set(row.id, contractPeriod(row.supportStartDate, row.timeZone, now));
    } catch (error) {
      if (!(error instanceof SlaError && error.code === 'support_not_started')) throw error;
    }
  }
  const earliest = Math.min(...[...periods.values()].map((period) => period.start.getTime()));
  const counted =
    periods.size === 0
      ? []
      : await db
          .select({ organizationId: sql<string>`p.organization_id`, ...statusCountColumns(now) })
          .from(slaClocks)
          .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
          .innerJoin(
            sql`jsonb_to_recordset(${JSON.stringify([...periods].map(([id, period]) => ({ organization_id: id, starts_at: period.start, ends_at: period.end })))}::jsonb) as p(organization_id uuid, starts_at timestamptz, ends_at timestamptz)`,
            sql`p.organization_id = ${tickets.organizationId} and ${slaClocks.startedAt} >= p.starts_at and ${slaClocks.startedAt} < p.ends_at`,
          )
          .where(and(eq(slaClocks.kind, 'pickup'), gte(slaClocks.startedAt, new Date(earliest))))
          .groupBy(sql`p.organization_id`);
  const countsOfOrganization = new Map(counted.map((row) => [row.organizationId, countsOf(row)]));
  return contractRows.map((row) => {
    const period = periods.get(row.id) ?? null;
    if (!period) return { organizationId: row.id, name: row.name, timeZone: row.timeZone, period: null, compliance: null };
    // A pickup clock is never superseded (requalification replaces the qualification clocks); counted with the cancelled, as lib/sla does.
    const { met, breached, pending, cancelled, superseded, excluded, rate, compliant } = pickupComplianceOf(countsOfOrganization.get(row.id) ?? NO_COUNTS);
    return {
      organizationId: row.id,
      name: row.name,
      timeZone: row.timeZone,
      period,
      compliance: { met, breached, pending, cancelled: cancelled + superseded, excluded, rate, compliant },
    };
  });
}
