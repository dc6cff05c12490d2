import type { BusinessCalendar, OpeningRange } from './types';

const SUPPORT_DAY: readonly OpeningRange[] = Object.freeze([Object.freeze(['08:30', '12:30'] as const), Object.freeze(['13:30', '17:30'] as const)]);

/** DOMAIN "Time": the support centre's default hours (§1, §13), Paris time, French holidays. */
export const DEFAULT_SUPPORT_CALENDAR: BusinessCalendar = Object.freeze({
  timeZone: 'Europe/Paris',
  hours: Object.freeze({ '1': SUPPORT_DAY, '2': SUPPORT_DAY, '3': SUPPORT_DAY, '4': SUPPORT_DAY, '5': SUPPORT_DAY }),
  holidays: 'FR',
});

const WHOLE_DAY: readonly OpeningRange[] = Object.freeze([Object.freeze(['00:00', '24:00'] as const)]);

const businessDays = new WeakMap<BusinessCalendar, BusinessCalendar>();

/**
 * §1 "jours ouvrés", DOMAIN "Time": Monday–Friday 00:00–24:00 in `cal`'s zone, minus its
 * holidays and closed days. "N business days" is N × 24 h of open time on it.
 * Memoised per calendar, so its compiled form is cached too.
 */
export function businessDaysCalendar(cal: BusinessCalendar): BusinessCalendar {
  let calendar = businessDays.get(cal);
  if (calendar === undefined) {
    calendar = Object.freeze({
      timeZone: cal.timeZone,
      hours: Object.freeze({ '1': WHOLE_DAY, '2': WHOLE_DAY, '3': WHOLE_DAY, '4': WHOLE_DAY, '5': WHOLE_DAY }),
      holidays: cal.holidays,
      ...(cal.closedDays !== undefined && { closedDays: Object.freeze([...cal.closedDays]) }),
    });
    businessDays.set(cal, calendar);
  }
  return calendar;
}
