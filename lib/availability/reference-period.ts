import { monthBounds, type Month } from './month';
import { referenceCalendar } from './reference-calendars';
import { instantOf, openTimeIn, type Span } from './spans';

/** §6: the PRT of a whole month, in ms. CalendarError on a malformed closed day, RangeError on a bad zone or month. */
export function referencePeriodMs(timeZone: string, month: Month, closedDays?: readonly string[]): number {
  const { start, end } = monthBounds(timeZone, month);
  return openTimeIn(referenceCalendar(timeZone, closedDays), { start: start.getTime(), end: end.getTime() });
}

/**
 * The part of `month` measured at `now`: a month in progress is measured up to `now`, since
 * what has not happened yet is neither reference time nor downtime. Null for a month that
 * has not begun.
 */
export function measuredSpan(timeZone: string, month: Month, now: Date): Span | null {
  const { start, end } = monthBounds(timeZone, month);
  const measuredEnd = Math.min(end.getTime(), instantOf(now, 'now'));
  return measuredEnd > start.getTime() ? { start: start.getTime(), end: measuredEnd } : null;
}
