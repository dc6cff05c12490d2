import type { BusinessCalendar, OpeningRange } from '@/lib/calendar';

// The windows of §5 and §6 as business calendars, so the engine measures them exactly across
// clock changes. The engine caches a calendar's compiled form per object: these are built
// once per zone (and closed days), never per call.

const DAYTIME: readonly OpeningRange[] = Object.freeze([Object.freeze(['07:00', '20:00'] as const)]);
const AFTER_NIGHT: readonly OpeningRange[] = Object.freeze([Object.freeze(['07:00', '24:00'] as const)]);

// Organizations are few; the bound only keeps memory flat if settings churn for months.
const MAX_CACHED = 1_000;
const referenceCalendars = new Map<string, BusinessCalendar>();
const outsideWindowCalendars = new Map<string, BusinessCalendar>();

function remember(cache: Map<string, BusinessCalendar>, key: string, build: () => BusinessCalendar): BusinessCalendar {
  let calendar = cache.get(key);
  if (calendar === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    calendar = Object.freeze(build());
    cache.set(key, calendar);
  }
  return calendar;
}

/**
 * §6: the PRT, Monday–Friday 07:00–20:00 in the organization's zone (overseas clients keep
 * the same hours in their own zone), except French public holidays and the organization's
 * own closed days (local dates 'YYYY-MM-DD', e.g. a territory's holiday).
 */
export function referenceCalendar(timeZone: string, closedDays: readonly string[] = []): BusinessCalendar {
  const days = [...new Set(closedDays)].sort();
  return remember(referenceCalendars, `${timeZone} ${days.join(' ')}`, () => ({
    timeZone,
    hours: { '1': DAYTIME, '2': DAYTIME, '3': DAYTIME, '4': DAYTIME, '5': DAYTIME },
    holidays: 'FR',
    ...(days.length > 0 && { closedDays: Object.freeze(days) }),
  }));
}

/**
 * The complement of §5's standing maintenance windows (every night 00:00–07:00, Sundays and
 * French public holidays): Monday–Saturday 07:00–24:00 except holidays. It holds the PRT.
 */
export function outsideMaintenanceWindowCalendar(timeZone: string): BusinessCalendar {
  return remember(outsideWindowCalendars, timeZone, () => ({
    timeZone,
    hours: { '1': AFTER_NIGHT, '2': AFTER_NIGHT, '3': AFTER_NIGHT, '4': AFTER_NIGHT, '5': AFTER_NIGHT, '6': AFTER_NIGHT },
    holidays: 'FR',
  }));
}
