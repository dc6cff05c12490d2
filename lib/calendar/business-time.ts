import { DAY_MS } from './civil-date';
import { businessDaysCalendar } from './calendars';
import { compileCalendar, type CompiledCalendar, type DayPlan } from './open-intervals';
import type { BusinessCalendar } from './types';
import { CalendarError } from './validate';

// DOMAIN "Time": business time between two instants is the length of their overlap
// with open hours; adding D to a start gives the earliest instant at which D has
// elapsed. Instants are epoch ms inside; Dates only at the public edge.

// Instants 1600–9000: every day scanned stays within the holiday computus's years.
const MIN_INSTANT = Date.UTC(1600, 0, 1);
const MAX_INSTANT = Date.UTC(9000, 0, 1);
/** No computation looks further than about a century from its start: never loop forever. */
const MAX_SPAN_DAYS = 36_525;
/** A valid calendar closed this long is closed for good (closedDays covering years). */
const MAX_CLOSED_DAYS = 3 * 366;

export function instantOf(date: Date, name: string): number {
  const instant = date instanceof Date ? date.getTime() : NaN;
  if (!(instant >= MIN_INSTANT && instant < MAX_INSTANT)) {
    throw new RangeError(`${name} must be a valid Date between the years 1600 and 9000, got ${String(date)}`);
  }
  return instant;
}

/** Dates hold whole ms: a fraction is rounded up, so at least `ms` has elapsed. */
export function businessMsOf(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`Business time must be a finite, non-negative number of ms, got ${ms}`);
  }
  return Math.ceil(ms);
}

export interface ConsumptionObserver {
  consumed(from: number, to: number): void;
  closedDay(dayNumber: number, plan: DayPlan): void;
}

/**
 * The earliest instant at which `ms` of open time has elapsed since `from`
 * (with `ms` = 0: the first open instant at or after `from`).
 */
export function consumeOpenTime(calendar: CompiledCalendar, from: number, ms: number, observer?: ConsumptionObserver): number {
  const firstDay = calendar.zone.localDayOf(from);
  let remaining = ms;
  let closedStreak = 0;
  // The previous local day can still be open at `from` when its closing is a local
  // time the clock shows twice.
  for (let day = firstDay - 1; day - firstDay <= MAX_SPAN_DAYS; day++) {
    const plan = calendar.dayPlan(day);
    if (plan.totalMs === 0) {
      if (++closedStreak > MAX_CLOSED_DAYS) {
        throw new CalendarError([
          {
            code: 'closed-too-long',
            path: [],
            message: `no open time in the ${MAX_CLOSED_DAYS} days after ${new Date(from).toISOString()}`,
          },
        ]);
      }
      if (day >= firstDay) observer?.closedDay(day, plan);
      continue;
    }
    closedStreak = 0;
    for (const interval of plan.intervals) {
      if (interval.end <= from) continue;
      const start = Math.max(interval.start, from);
      const available = interval.end - start;
      if (remaining <= available) {
        observer?.consumed(start, start + remaining);
        return start + remaining;
      }
      remaining -= available;
      observer?.consumed(start, interval.end);
    }
  }
  throw new RangeError(`${ms} ms of business time end more than ${MAX_SPAN_DAYS} days after ${new Date(from).toISOString()}`);
}

function openTimeWithin(calendar: CompiledCalendar, from: number, to: number): number {
  const firstDay = calendar.zone.localDayOf(from);
  const lastDay = calendar.zone.localDayOf(to);
  if (lastDay - firstDay > MAX_SPAN_DAYS) {
    throw new RangeError(`Spans longer than ${MAX_SPAN_DAYS} days are refused`);
  }
  let total = 0;
  for (let day = firstDay - 1; day <= lastDay; day++) {
    const plan = calendar.dayPlan(day);
    if (plan.opensAt >= from && plan.closesAt <= to) {
      total += plan.totalMs;
      continue;
    }
    for (const interval of plan.intervals) {
      const overlap = Math.min(interval.end, to) - Math.max(interval.start, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/**
 * The earliest instant at which `ms` of business time has elapsed since `start`.
 * `ms` = 0 returns `start` itself; otherwise a start outside opening hours counts from
 * the next opening, and a deadline that falls on a closing is that closing (DOMAIN:
 * Monday 17:00 + 1 h with hours until 18:00 is Monday 18:00).
 * RangeError on a negative or non-finite `ms`; CalendarError on an invalid calendar.
 */
export function addBusinessTime(cal: BusinessCalendar, start: Date, ms: number): Date {
  const calendar = compileCalendar(cal);
  const from = instantOf(start, 'start');
  const businessMs = businessMsOf(ms);
  return new Date(businessMs === 0 ? from : consumeOpenTime(calendar, from, businessMs));
}

/** Business ms in [start, end); negative (the reverse span's) when end < start. */
export function businessTimeBetween(cal: BusinessCalendar, start: Date, end: Date): number {
  const calendar = compileCalendar(cal);
  const from = instantOf(start, 'start');
  const to = instantOf(end, 'end');
  if (to >= from) return openTimeWithin(calendar, from, to);
  const reverse = openTimeWithin(calendar, to, from);
  return reverse === 0 ? 0 : -reverse;
}

export function isOpen(cal: BusinessCalendar, at: Date): boolean {
  const calendar = compileCalendar(cal);
  const instant = instantOf(at, 'at');
  const day = calendar.zone.localDayOf(instant);
  return [day - 1, day].some((dayNumber) => calendar.dayPlan(dayNumber).intervals.some((interval) => interval.start <= instant && instant < interval.end));
}

/** `at` when open, else the next opening: where a Demande registered at `at` starts counting. */
export function nextOpening(cal: BusinessCalendar, at: Date): Date {
  return new Date(consumeOpenTime(compileCalendar(cal), instantOf(at, 'at'), 0));
}

/** §14 "6 jours ouvrés": `days` × 24 h on businessDaysCalendar(cal). */
export function addBusinessDays(cal: BusinessCalendar, start: Date, days: number): Date {
  // Only cal's zone, holidays and closed days are used, but an invalid calendar is
  // refused here as everywhere else.
  compileCalendar(cal);
  if (!Number.isFinite(days) || days < 0) {
    throw new RangeError(`Business days must be a finite, non-negative number, got ${days}`);
  }
  return addBusinessTime(businessDaysCalendar(cal), start, days * DAY_MS);
}
