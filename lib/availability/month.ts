import { DateTime } from 'luxon';

// §6: the availability rate is monthly ("calculé sur une base mensuelle"), and the month is
// the organization's: it runs from local midnight on the 1st to local midnight on the next
// 1st in its time zone, so an incident across a month end is split between the two.

/** A month 'YYYY-MM', e.g. '2026-03'. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Inside the calendar engine's range (instants of years 1600–9000) in every zone.
const FIRST_YEAR = 1601;
const LAST_YEAR = 8998;

interface YearMonth {
  year: number;
  month: number;
}

function yearMonthOf(text: unknown): YearMonth | undefined {
  const match = typeof text === 'string' ? MONTH.exec(text) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return { year, month: Number(match[2]) };
}

function parseMonth(text: Month): YearMonth {
  const yearMonth = yearMonthOf(text);
  if (yearMonth === undefined) {
    throw new RangeError(`Expected a month 'YYYY-MM' (years ${FIRST_YEAR}–${LAST_YEAR}), got ${JSON.stringify(text)}`);
  }
  return yearMonth;
}

function formatMonth({ year, month }: YearMonth): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `month` shifted by `count` months (negative: earlier). */
function shiftMonth({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whether `value` is a month 'YYYY-MM' the functions of this module accept (for a URL codec). */
export function isMonth(value: unknown): value is Month {
  return yearMonthOf(value) !== undefined;
}

function localMidnight(timeZone: string, { year, month }: YearMonth): number {
  const date = DateTime.fromObject({ year, month, day: 1 }, { zone: timeZone });
  if (!date.isValid) throw new RangeError(`Unknown time zone '${timeZone}'`);
  // Local midnight on the 1st exists once in every French zone. Where a zone changes its
  // clock at midnight, luxon picks one occurrence; the reference period opens at 07:00,
  // so the choice moves only time that is never counted.
  return date.toMillis();
}

/** The instants [start, end) of `month` in `timeZone`: local midnight on the 1st to the next 1st. */
export function monthBounds(timeZone: string, month: Month): { start: Date; end: Date } {
  const yearMonth = parseMonth(month);
  return {
    start: new Date(localMidnight(timeZone, yearMonth)),
    end: new Date(localMidnight(timeZone, shiftMonth(yearMonth, 1))),
  };
}

/** The month of `instant` in `timeZone`: the one whose bounds hold it. */
export function monthOf(instant: Date, timeZone: string): Month {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`Expected a valid Date and a known time zone, got ${String(instant)} in '${timeZone}'`);
  const month = formatMonth({ year: local.year, month: local.month });
  // On a clock change at midnight the local date and luxon's midnight can disagree for an
  // hour: the bounds decide, so every instant belongs to exactly one month.
  const { start, end } = monthBounds(timeZone, month);
  if (instant < start) return formatMonth(shiftMonth(parseMonth(month), -1));
  if (instant >= end) return formatMonth(shiftMonth(parseMonth(month), 1));
  return month;
}

/** The `count` months that end with `month`, oldest first: monthsEnding('2026-02', 3) is 2025-12, 2026-01, 2026-02. */
export function monthsEnding(month: Month, count: number): Month[] {
  const last = parseMonth(month);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Expected a whole number of months, got ${count}`);
  const months = Array.from({ length: count }, (_, index) => shiftMonth(last, index - count + 1));
  const first = months[0];
  if (first !== undefined && first.year < FIRST_YEAR) throw new RangeError(`${count} months before ${month} go past year ${FIRST_YEAR}`);
  return months.map(formatMonth);
}
