import 'server-only';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { contracts, organizations, slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { contractPeriod, pickupCompliance, SlaError, type ContractPeriod, type PickupCompliance } from '@/lib/sla';

export interface OrganizationPickupCompliance extends PickupCompliance {
  period: ContractPeriod;
  timeZone: string;
}

/**
 * §13: the share of an organization's Demandes taken in charge within 8 business hours, over
 * the current 12-month period counted from the contract's support start date; null before
 * support starts.
 */
export async function getPickupCompliance(
  db: Executor,
  { organizationId, now = new Date() }: { organizationId: string; now?: Date },
): Promise<OrganizationPickupCompliance | null> {
  const [contract] = await db
    .select({ supportStartDate: contracts.supportStartDate, timeZone: organizations.timeZone })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(eq(contracts.organizationId, organizationId));
  if (!contract) return null;
  let period: ContractPeriod;
  try {
    period = contractPeriod(contract.supportStartDate, contract.timeZone, now);
  } catch (error) {
    if (error instanceof SlaError && error.code === 'support_not_started') return null;
    throw error;
  }
  const clocks = await db
    .select({
      startedAt: slaClocks.startedAt,
      dueAt: slaClocks.dueAt,
      pausedAt: slaClocks.pausedAt,
      stoppedAt: slaClocks.stoppedAt,
      outcome: slaClocks.outcome,
      excluded: sql<boolean>`${tickets.pickupExcludedAt} is not null`,
    })
    .from(slaClocks)
    .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
    .where(
      and(
        eq(tickets.organizationId, organizationId),
        eq(slaClocks.kind, 'pickup'),
        gte(slaClocks.startedAt, period.start),
        lt(slaClocks.startedAt, period.end),
      ),
    );
  return { ...pickupCompliance(clocks, period, now), period, timeZone: contract.timeZone };
}
