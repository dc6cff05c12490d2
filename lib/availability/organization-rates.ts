import type { Incident } from './incident';
import { monthBounds, type Month } from './month';
import { monthlyAvailability, type MonthlyAvailability } from './monthly-availability';
import { meetsCommitment } from './rate';

/** An incident with the organizations it affects (§6: all of them, or some). */
export interface ScopedIncident extends Incident {
  allOrganizations: boolean;
  /** When not all: the ids of those it affects. */
  organizationIds: readonly string[];
}

/** What the rate of an organization is measured in: its zone and its own closed days (§6). */
export interface OrganizationCalendar {
  id: string;
  timeZone: string;
  /** Local dates 'YYYY-MM-DD' outside the PRT (a territory's holiday, a bridge day). */
  closedDays: readonly string[];
}

/** Whether `incident` affects the organization `organizationId`. */
export function affectsOrganization(incident: Pick<ScopedIncident, 'allOrganizations' | 'organizationIds'>, organizationId: string): boolean {
  return incident.allOrganizations || incident.organizationIds.includes(organizationId);
}

/**
 * The instants that hold `month` in every one of `timeZones` (from the earliest local midnight on
 * the 1st to the latest on the next 1st): what one query of incidents must cover to measure the
 * month for organizations across France's zones.
 */
export function monthSpanAcrossZones(timeZones: Iterable<string>, month: Month): { start: Date; end: Date } | null {
  const bounds = [...new Set(timeZones)].map((timeZone) => monthBounds(timeZone, month));
  if (bounds.length === 0) return null;
  return {
    start: new Date(Math.min(...bounds.map((bound) => bound.start.getTime()))),
    end: new Date(Math.max(...bounds.map((bound) => bound.end.getTime()))),
  };
}

export interface OrganizationRate<O> {
  organization: O;
  /** Null while the month has no reference time yet in the organization's zone. */
  availability: MonthlyAvailability | null;
  /** Whether the rate meets the 99.85 % commitment; null with no rate. */
  meetsCommitment: boolean | null;
}

/**
 * §6 for every organization at once: TD of `month`, each in its own zone with its closed days,
 * from the incidents that affect it. The incidents are read once and shared out by scope, so
 * thousands of organizations cost one pass, not one query each.
 */
export function availabilityByOrganization<O extends OrganizationCalendar>(
  organizations: readonly O[],
  incidents: readonly ScopedIncident[],
  month: Month,
  now: Date,
): OrganizationRate<O>[] {
  const forAll = incidents.filter((incident) => incident.allOrganizations);
  const scoped = new Map<string, ScopedIncident[]>();
  for (const incident of incidents) {
    if (incident.allOrganizations) continue;
    for (const id of new Set(incident.organizationIds)) {
      const list = scoped.get(id);
      if (list) list.push(incident);
      else scoped.set(id, [incident]);
    }
  }
  return organizations.map((organization) => {
    const affecting = [...forAll, ...(scoped.get(organization.id) ?? [])];
    const availability = monthlyAvailability(organization.timeZone, month, affecting, now, organization.closedDays);
    return { organization, availability, meetsCommitment: availability === null ? null : meetsCommitment(availability.rate) };
  });
}

/** How the staff list of rates is ordered. */
export const RATE_SORTS = ['rate', 'name'] as const;
export type RateSort = (typeof RATE_SORTS)[number];

export const RATE_SORT_LABELS: Readonly<Record<RateSort, string>> = {
  rate: 'Taux, du plus bas au plus haut',
  name: 'Nom de la collectivité',
};

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The rates in the order asked: by rate, lowest first (those under the commitment on top) and the
 * organizations without a rate yet last; or by name, in French alphabetical order. Ties by name.
 */
export function sortOrganizationRates<O extends { name: string }>(rows: readonly OrganizationRate<O>[], sort: RateSort): OrganizationRate<O>[] {
  const name = (a: OrganizationRate<O>, b: OrganizationRate<O>) => byName.compare(a.organization.name, b.organization.name);
  if (sort === 'name') return [...rows].sort(name);
  const rate = (row: OrganizationRate<O>) => row.availability?.rate ?? Infinity;
  return [...rows].sort((a, b) => rate(a) - rate(b) || name(a, b));
}
