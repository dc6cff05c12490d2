import type { BusinessCalendar, OpeningRange } from '@/lib/calendar';

const WHOLE_DAY: readonly OpeningRange[] = Object.freeze([Object.freeze(['00:00', '24:00'] as const)]);

const remedyCalendars = new WeakMap<BusinessCalendar, BusinessCalendar>();

/**
 * The calendar of the remedy clock. §14 counts its 6 days in "jours ouvrés", which §1
 * defines as Monday to Friday except French metropolitan public holidays: the support
 * centre's hours, holidays setting and extra closed days play no part. Only the time zone
 * comes from the support calendar. One frozen value per support calendar, so the engine
 * compiles it once (lib/calendar caches a compiled form per calendar object).
 */
export function remedyCalendar(supportCalendar: BusinessCalendar): BusinessCalendar {
  let calendar = remedyCalendars.get(supportCalendar);
  if (calendar === undefined) {
    calendar = Object.freeze({
      timeZone: supportCalendar.timeZone,
      hours: Object.freeze({ '1': WHOLE_DAY, '2': WHOLE_DAY, '3': WHOLE_DAY, '4': WHOLE_DAY, '5': WHOLE_DAY }),
      holidays: 'FR' as const,
    });
    remedyCalendars.set(supportCalendar, calendar);
  }
  return calendar;
}
