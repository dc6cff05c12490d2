import { DateTime } from 'luxon';

import { frenchPublicHolidaysWithNames, type PublicHoliday } from '@/lib/calendar';

import { instantOf } from './spans';

/**
 * §5: the maintenance windows, for display. The service may stop in them; they are never
 * downtime (§6 i). Times are the organization's local times (DOM-TOM: "liée à leur fuseau
 * horaire"): the page names the zone.
 */
export const MAINTENANCE_WINDOWS = [
  { code: 'nightly', label: 'Toutes les nuits, de 00:00 à 07:00' },
  { code: 'sunday', label: 'Chaque dimanche' },
  { code: 'public_holiday', label: 'Chaque jour férié français' },
  { code: 'planned', label: 'Les maintenances planifiées, annoncées au moins 48 heures à l’avance' },
] as const;
export type MaintenanceWindowCode = (typeof MAINTENANCE_WINDOWS)[number]['code'];

/** §6: the hours the availability rate is measured on, in the organization's zone. */
export const REFERENCE_PERIOD_LABEL = 'Du lundi au vendredi, de 07:00 à 20:00, hors jours fériés';

/** The next `count` French public holidays (§5 windows) from today in `timeZone`, today included. */
export function upcomingPublicHolidays(timeZone: string, now: Date, count: number): PublicHoliday[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Expected a whole number of holidays, got ${count}`);
  const today = DateTime.fromMillis(instantOf(now, 'now'), { zone: timeZone });
  if (!today.isValid) throw new RangeError(`Unknown time zone '${timeZone}'`);
  const date = today.toISODate();
  const holidays: PublicHoliday[] = [];
  for (let year = today.year; holidays.length < count; year++) {
    holidays.push(...frenchPublicHolidaysWithNames(year).filter((holiday) => holiday.date >= date));
  }
  return holidays.slice(0, count);
}
