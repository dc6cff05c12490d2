import { DateTime } from 'luxon';
import { addBusinessTime, businessTimeBetween, type BusinessCalendar, type OpeningRange } from '@/lib/calendar';
import type { Random } from './random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const OFFICE_DAY: readonly OpeningRange[] = [
  ['08:30', '12:00'],
  ['13:30', '17:30'],
];

const offices = new Map<string, BusinessCalendar>();

/** A town hall's office hours in its own zone: when its agents write, answer and call. */
export function officeCalendar(timeZone: string): BusinessCalendar {
  let calendar = offices.get(timeZone);
  if (!calendar) {
    calendar = { timeZone, hours: { '1': OFFICE_DAY, '2': OFFICE_DAY, '3': OFFICE_DAY, '4': OFFICE_DAY, '5': OFFICE_DAY }, holidays: 'FR' };
    offices.set(timeZone, calendar);
  }
  return calendar;
}

/** `hours` of open time after `from` on `calendar`, a few minutes more so nothing lands on an opening exactly. */
export function openTimeAfter(calendar: BusinessCalendar, random: Random, from: Date, hours: number): Date {
  return addBusinessTime(calendar, from, Math.round(hours * HOUR_MS) + random.int(1, 14) * MINUTE_MS + random.int(0, 59_999));
}

/**
 * The latest instant from which `ms` of open time on `calendar` has elapsed at `end`: the
 * engine's addBusinessTime read backwards, to set a story so that a deadline stands where the
 * demo wants it now (at risk, overdue) — the clocks themselves are then computed forwards.
 */
export function openTimeBefore(calendar: BusinessCalendar, end: Date, ms: number): Date {
  const endMs = end.getTime();
  let gap = Math.max(ms, HOUR_MS);
  while (businessTimeBetween(calendar, new Date(endMs - gap), end) < ms) gap *= 2;
  let low = endMs - gap;
  let high = endMs - ms;
  while (high - low > 1_000) {
    const middle = Math.floor((low + high) / 2);
    if (businessTimeBetween(calendar, new Date(middle), end) >= ms) low = middle;
    else high = middle;
  }
  return new Date(low - (low % 1_000));
}

/** An instant drawn evenly over the open time of `calendar` between `from` and `to`. */
export function openInstantBetween(calendar: BusinessCalendar, random: Random, from: Date, to: Date): Date {
  const open = businessTimeBetween(calendar, from, to);
  if (open <= 0) return new Date(from);
  return addBusinessTime(calendar, from, Math.floor(random.next() * open));
}

/** The same local time `days` calendar days later, in `timeZone`. */
export function calendarDaysAfter(instant: Date, days: number, timeZone: string): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).plus({ days }).toJSDate();
}

/** Local `HH:mm` of the day of `instant` in `timeZone`, `days` later. */
export function localTimeOn(instant: Date, timeZone: string, days: number, hour: number, minute: number): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

export function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
