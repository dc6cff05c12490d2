import type { BusinessCalendar, OpeningRange } from '@/lib/calendar';

const WHOLE_DAY: readonly OpeningRange[] = [['00:00', '24:00']];

/**
 * The calendar of the remedy clock. §14 counts its 6 days in "jours ouvrés", which §1
 * defines as Monday to Friday except French metropolitan public holidays: the support
 * centre's hours, holidays setting and extra closed days play no part. Only the time zone
 * comes from the support calendar.
 */
export function remedyCalendar(supportCalendar: BusinessCalendar): BusinessCalendar {
  return {
    timeZone: supportCalendar.timeZone,
    hours: { '1': WHOLE_DAY, '2': WHOLE_DAY, '3': WHOLE_DAY, '4': WHOLE_DAY, '5': WHOLE_DAY },
    holidays: 'FR',
  };
}
