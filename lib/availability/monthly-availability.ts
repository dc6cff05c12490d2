import { countsAsDowntime, type Incident } from './incident';
import type { Month } from './month';
import { referenceCalendar } from './reference-calendars';
import { measuredSpan } from './reference-period';
import { incidentSpan, intersect, openTimeIn, union, type Span } from './spans';

export interface MonthlyAvailability {
  /** PRT of the month, up to now for the month in progress. */
  referenceMs: number;
  /** Σ TI: the counted incidents' union inside the PRT. */
  downtimeMs: number;
  /** TD in percent, 0–100. */
  rate: number;
}

export type MonthAvailability = ({ month: Month } & MonthlyAvailability) | { month: Month; rate: null };

/**
 * §6: TD = (PRT − Σ TI) / PRT × 100 for `month` in `timeZone`, as measured at `now`.
 * TI is the time inside the PRT during which a production fault lasted (countsAsDowntime),
 * an ongoing one until `now`; incidents that overlap are one interruption, counted once.
 * Null while the month has no reference time yet (not begun, or begun on a closed day):
 * a rate of 0/0 is no rate.
 */
export function monthlyAvailability(
  timeZone: string,
  month: Month,
  incidents: readonly Incident[],
  now: Date,
  closedDays?: readonly string[],
): MonthlyAvailability | null {
  const spans = incidents.map((incident) => ({ incident, span: incidentSpan(incident) }));
  const measured = measuredSpan(timeZone, month, now);
  if (measured === null) return null;
  const calendar = referenceCalendar(timeZone, closedDays);
  const referenceMs = openTimeIn(calendar, measured);
  if (referenceMs === 0) return null;
  const counted = spans
    .filter(({ incident }) => countsAsDowntime(incident))
    .map(({ span }) => intersect(span, measured))
    .filter((span): span is Span => span !== null);
  const downtimeMs = union(counted).reduce((total, span) => total + openTimeIn(calendar, span), 0);
  return { referenceMs, downtimeMs, rate: (100 * (referenceMs - downtimeMs)) / referenceMs };
}

/** TD of each of `months` (see monthsEnding), in their order: the 12-month chart. */
export function availabilityHistory(
  timeZone: string,
  months: readonly Month[],
  incidents: readonly Incident[],
  now: Date,
  closedDays?: readonly string[],
): MonthAvailability[] {
  return months.map((month) => {
    const availability = monthlyAvailability(timeZone, month, incidents, now, closedDays);
    return availability === null ? { month, rate: null } : { month, ...availability };
  });
}
