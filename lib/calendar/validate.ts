import { parseLocalDate } from './civil-date';
import type { BusinessCalendar } from './types';
import { isKnownTimeZone } from './zone-offsets';

// Messages are English and stable; each problem has a `code` and a zod-like `path`
// so the settings form (lib/validation) can show its own French wording next to the field.

export type CalendarProblemCode =
  | 'unknown-time-zone'
  | 'unknown-weekday'
  | 'malformed-time'
  | 'empty-interval'
  | 'overlapping-intervals'
  | 'no-opening-hours'
  | 'unknown-holidays'
  | 'malformed-closed-day'
  /** Raised while computing, never by validateCalendar: no open time for years on end. */
  | 'closed-too-long';

export interface CalendarProblem {
  code: CalendarProblemCode;
  path: ReadonlyArray<string | number>;
  message: string;
}

/** Thrown when a calendar is invalid, or can never open again. Bad arguments are RangeErrors. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(readonly problems: readonly CalendarProblem[]) {
    super(`Unusable business calendar: ${problems.map((problem) => problem.message).join('; ')}`);
  }
}

/** Minutes since local midnight; `end` may be 1440 (24:00). */
export interface MinuteRange {
  start: number;
  end: number;
}

export interface InspectedCalendar {
  problems: CalendarProblem[];
  /** Index 0 = Monday … 6 = Sunday; ranges sorted. */
  weekly: MinuteRange[][];
  closedDays: Set<number>;
}

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];
const HH_MM = /^(\d{2}):(\d{2})$/;
const LAST_MINUTE = 24 * 60;

function minutesOf(text: unknown, isEnd: boolean): number | undefined {
  const match = typeof text === 'string' ? HH_MM.exec(text) : null;
  if (!match || Number(match[2]) > 59) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes < LAST_MINUTE || (isEnd && minutes === LAST_MINUTE) ? minutes : undefined;
}

/** Validates and parses in one pass; used by validateCalendar and the compiler. */
export function inspectCalendar(cal: BusinessCalendar): InspectedCalendar {
  const problems: CalendarProblem[] = [];
  const weekly: MinuteRange[][] = WEEKDAYS.map(() => []);
  const closedDays = new Set<number>();

  if (typeof cal.timeZone !== 'string' || !isKnownTimeZone(cal.timeZone)) {
    problems.push({
      code: 'unknown-time-zone',
      path: ['timeZone'],
      message: `unknown IANA time zone '${String(cal.timeZone)}'`,
    });
  }

  let rangeCount = 0;
  for (const [weekday, ranges] of Object.entries(cal.hours ?? {})) {
    const index = WEEKDAYS.indexOf(weekday);
    const day = weekly[index];
    if (day === undefined) {
      problems.push({
        code: 'unknown-weekday',
        path: ['hours', weekday],
        message: `'${weekday}' is not an ISO weekday ('1' = Monday … '7' = Sunday)`,
      });
      continue;
    }
    (ranges ?? []).forEach((range, position) => {
      rangeCount++;
      const path = ['hours', weekday, position];
      const [startText, endText] = Array.isArray(range) ? range : [];
      const start = minutesOf(startText, false);
      const end = minutesOf(endText, true);
      if (start === undefined || end === undefined) {
        problems.push({
          code: 'malformed-time',
          path,
          message: `hours.${weekday}[${position}]: expected ['HH:mm', 'HH:mm'] (00:00–23:59, '24:00' only as an end), got ${JSON.stringify(range)}`,
        });
      } else if (start >= end) {
        problems.push({
          code: 'empty-interval',
          path,
          message: `hours.${weekday}[${position}]: start ${String(startText)} is not before end ${String(endText)}`,
        });
      } else {
        day.push({ start, end });
      }
    });
    day.sort((a, b) => a.start - b.start);
    for (let position = 1; position < day.length; position++) {
      const previous = day[position - 1];
      const current = day[position];
      if (previous !== undefined && current !== undefined && current.start < previous.end) {
        problems.push({
          code: 'overlapping-intervals',
          path: ['hours', weekday],
          message: `hours.${weekday}: opening ranges overlap`,
        });
        break;
      }
    }
  }
  if (rangeCount === 0) {
    problems.push({ code: 'no-opening-hours', path: ['hours'], message: 'the calendar is never open: no opening hours' });
  }

  if (cal.holidays !== 'FR' && cal.holidays !== 'none') {
    problems.push({
      code: 'unknown-holidays',
      path: ['holidays'],
      message: `holidays must be 'FR' or 'none', got '${String(cal.holidays)}'`,
    });
  }

  (cal.closedDays ?? []).forEach((date, position) => {
    const dayNumber = typeof date === 'string' ? parseLocalDate(date) : undefined;
    if (dayNumber === undefined) {
      problems.push({
        code: 'malformed-closed-day',
        path: ['closedDays', position],
        message: `closedDays[${position}]: expected a date 'YYYY-MM-DD', got ${JSON.stringify(date)}`,
      });
    } else {
      closedDays.add(dayNumber);
    }
  });

  return { problems, weekly, closedDays };
}

/** The problems of a calendar (empty when valid), for the settings form and the engine. */
export function validateCalendar(cal: BusinessCalendar): CalendarProblem[] {
  return inspectCalendar(cal).problems;
}
