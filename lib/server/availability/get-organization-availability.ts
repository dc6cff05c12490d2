import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { incidents, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import {
  availabilityHistory,
  incidentBreakdown,
  monthBounds,
  monthOf,
  monthsEnding,
  ongoingIncidents,
  serviceState,
  type IncidentBreakdown,
  type Month,
  type MonthAvailability,
  type ServiceState,
} from '@/lib/availability';
import { ServiceError } from '@/lib/server/service-error';
import { affectsOrganization, overlaps } from './incident-scope';
import { publicIncidentColumns, publicUpdatesOf, type PublicIncidentWithUpdates } from './incident-views';

/** §6: the rate is shown for the month in progress and the eleven before it. */
export const HISTORY_MONTHS = 12;

export interface OrganizationAvailability {
  timeZone: string;
  closedDays: string[];
  state: ServiceState;
  /** The incidents of production under way, with their public timeline. */
  ongoing: PublicIncidentWithUpdates[];
  /** The twelve months ending with the current one, oldest first; the last is the month so far. */
  history: MonthAvailability[];
  /** The month whose incidents are detailed: the one asked for among `history`, else the current one. */
  month: Month;
  breakdown: IncidentBreakdown<PublicIncidentWithUpdates>[];
}

/**
 * The availability page of an organization (§5, §6), from one query of the incidents that affect
 * it over twelve months, in its zone and with its closed days: the state now, the rate of each
 * month, and what each incident of `month` counted and why the rest did not.
 */
export async function getOrganizationAvailability(
  db: Executor,
  { organizationId, month: asked, now = new Date() }: { organizationId: string; month?: Month; now?: Date },
): Promise<OrganizationAvailability> {
  const [organization] = await db
    .select({ timeZone: organizations.timeZone, closedDays: organizations.closedDays })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!organization) throw new ServiceError('not_found', 'Collectivité introuvable.');
  const { timeZone, closedDays } = organization;
  const months = monthsEnding(monthOf(now, timeZone), HISTORY_MONTHS);
  const first = months[0]!;
  const current = months.at(-1)!;
  const rows = await db
    .select(publicIncidentColumns)
    .from(incidents)
    .where(and(affectsOrganization(organizationId), overlaps(monthBounds(timeZone, first).start, now)))
    .orderBy(asc(incidents.startedAt), asc(incidents.id));
  const month = asked !== undefined && months.includes(asked) ? asked : current;
  const ongoing = ongoingIncidents(rows, now);
  const breakdown = incidentBreakdown(timeZone, month, rows, now, closedDays);
  const updates = await publicUpdatesOf(db, [...new Set([...ongoing, ...breakdown.map((row) => row.incident)].map((incident) => incident.id))]);
  const withUpdates = <T extends { id: string }>(incident: T) => ({ ...incident, updates: updates.get(incident.id) ?? [] });
  return {
    timeZone,
    closedDays,
    state: serviceState(rows, now),
    ongoing: ongoing.map(withUpdates),
    history: availabilityHistory(timeZone, months, rows, now, closedDays),
    month,
    breakdown: breakdown.map((row) => ({ ...row, incident: withUpdates(row.incident) })),
  };
}
