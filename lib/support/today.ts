import { DateTime } from 'luxon';

/** The next local midnight after `now` in `timeZone`: the end of the reader's today (23 or 25 hours away on a clock-change day). */
export function endOfLocalDay(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').plus({ days: 1 }).toJSDate();
}
