import { DateTime } from 'luxon';
import { businessTimeBetween, CalendarError, explainDeadline, type BusinessCalendar, type DayClosure } from '@/lib/calendar';

/** An open interval of a local day, 'HH:mm' in the calendar's zone ('24:00' for midnight at its end). */
export interface PreviewInterval {
  start: string;
  end: string;
}

export type PreviewDay =
  | { date: string; isoWeekday: number; open: true; intervals: PreviewInterval[]; businessMs: number }
  | { date: string; isoWeekday: number; open: false; closure: DayClosure | 'unknown'; holidayName?: string };

/**
 * What the support centre's hours look like over the next `days` local days from `now`, as the
 * engine counts them: each day's open intervals, or why it is closed (the engine's own reason,
 * so the preview can never disagree with the deadlines). The calendar must be valid.
 */
export function previewCalendar(cal: BusinessCalendar, now: Date, days = 14): PreviewDay[] {
  const first = DateTime.fromJSDate(now, { zone: cal.timeZone }).startOf('day');
  return Array.from({ length: days }, (_, offset) => {
    const day = first.plus({ days: offset });
    const start = day.toJSDate();
    const end = day.plus({ days: 1 }).startOf('day').toJSDate();
    const date = day.toISODate() ?? '';
    const businessMs = businessTimeBetween(cal, start, end);
    if (businessMs === 0) return { date, isoWeekday: day.weekday, open: false, ...closureOf(cal, start, date) };
    // Consuming exactly the day's open time from its midnight walks through each of its intervals.
    const intervals = explainDeadline(cal, start, businessMs).intervals.map((interval) => ({
      start: localTime(interval.start, cal.timeZone, start, end),
      end: localTime(interval.end, cal.timeZone, start, end),
    }));
    return { date, isoWeekday: day.weekday, open: true, intervals, businessMs };
  });
}

function closureOf(cal: BusinessCalendar, dayStart: Date, date: string): { closure: DayClosure | 'unknown'; holidayName?: string } {
  try {
    // The engine reports each closed day it skips on the way to the next opening, with its reason.
    const skipped = explainDeadline(cal, dayStart, 1).skipped.find((day) => day.date === date);
    if (skipped) return { closure: skipped.reason, ...(skipped.label !== undefined && { holidayName: skipped.label }) };
  } catch (error) {
    // Closed for years on end: nothing to skip to, but the day is no less closed.
    if (!(error instanceof CalendarError)) throw error;
  }
  return { closure: 'unknown' };
}

function localTime(instant: Date, timeZone: string, dayStart: Date, dayEnd: Date): string {
  if (instant.getTime() >= dayEnd.getTime()) return '24:00';
  if (instant.getTime() <= dayStart.getTime()) return '00:00';
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH:mm');
}
