// npm run bench:calendar — the business-time engine against a naive per-minute loop,
// on the default support calendar (two intervals a day, Paris, French holidays).
// Each case runs for a bounded time; the whole run stays well under 30 s.
import { DateTime } from 'luxon';

import { DEFAULT_SUPPORT_CALENDAR as calendar, addBusinessTime, businessTimeBetween, frenchPublicHolidays, type BusinessCalendar } from '../lib/calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ENGINE_BUDGET_MS = 1_000;
const NAIVE_BUDGET_MS = 1_500;

// The naive baseline: step one minute at a time and ask luxon whether that minute is open.
const holidaySets = new Map<number, Set<string>>();
function naiveIsOpen(cal: BusinessCalendar, instant: number): boolean {
  const local = DateTime.fromMillis(instant, { zone: cal.timeZone });
  let holidays = holidaySets.get(local.year);
  if (!holidays) {
    holidays = new Set(frenchPublicHolidays(local.year));
    holidaySets.set(local.year, holidays);
  }
  if (cal.holidays === 'FR' && holidays.has(local.toISODate() ?? '')) return false;
  const minute = local.hour * 60 + local.minute;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const ranges = cal.hours[String(local.weekday) as keyof BusinessCalendar['hours']] ?? [];
  return ranges.some(([start, end]) => toMinutes(start) <= minute && minute < toMinutes(end));
}

function naiveAdd(cal: BusinessCalendar, start: number, ms: number): number {
  let instant = start;
  for (let minutes = ms / MINUTE; minutes > 0; instant += MINUTE) {
    if (naiveIsOpen(cal, instant)) minutes--;
  }
  return instant;
}

function naiveBetween(cal: BusinessCalendar, start: number, end: number): number {
  let total = 0;
  for (let instant = start; instant < end; instant += MINUTE) {
    if (naiveIsOpen(cal, instant)) total += MINUTE;
  }
  return total;
}

// Deterministic starts, on whole minutes (the naive loop's resolution), all through 2026.
const starts: number[] = [];
for (let seed = 7, i = 0; i < 64; i++) {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  starts.push(Date.UTC(2026, 0, 1) + Math.floor((seed / 2 ** 31) * 365 * 24 * 60) * MINUTE);
}
const startAt = (i: number) => starts[i % starts.length] ?? 0;

function measure(run: (i: number) => number, budgetMs: number, { warmUp }: { warmUp: boolean }): { first: number; calls: number; microseconds: number } {
  if (warmUp) run(0);
  let calls = 0;
  let first = NaN;
  const began = performance.now();
  do {
    const result = run(calls++);
    if (calls === 1) first = result;
  } while (performance.now() - began < budgetMs);
  return { first, calls, microseconds: ((performance.now() - began) * 1000) / calls };
}

interface Case {
  name: string;
  engine: (start: number) => number;
  naive?: (start: number) => number;
}

// 2026 has 252 working days of 8 h on this calendar.
const YEAR_OF_BUSINESS_TIME = 252 * 8 * HOUR;
const cases: Case[] = [
  {
    name: 'addBusinessTime 8 h',
    engine: (s) => addBusinessTime(calendar, new Date(s), 8 * HOUR).getTime(),
    naive: (s) => naiveAdd(calendar, s, 8 * HOUR),
  },
  {
    name: 'addBusinessTime ≈ 1 year (2 016 h)',
    engine: (s) => addBusinessTime(calendar, new Date(s), YEAR_OF_BUSINESS_TIME).getTime(),
    naive: (s) => naiveAdd(calendar, s, YEAR_OF_BUSINESS_TIME),
  },
  {
    name: 'businessTimeBetween 8 h',
    engine: (s) => businessTimeBetween(calendar, new Date(s), new Date(s + 8 * HOUR)),
    naive: (s) => naiveBetween(calendar, s, s + 8 * HOUR),
  },
  {
    name: 'businessTimeBetween 1 year',
    engine: (s) => businessTimeBetween(calendar, new Date(s), new Date(s + 365 * DAY)),
    naive: (s) => naiveBetween(calendar, s, s + 365 * DAY),
  },
  {
    // A new calendar object each call: validation and every day's intervals are rebuilt.
    name: 'businessTimeBetween 1 year, cold calendar',
    engine: (s) => businessTimeBetween({ ...calendar }, new Date(s), new Date(s + 365 * DAY)),
  },
];

const format = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const rows = cases.map(({ name, engine, naive }) => {
  const fast = measure((i) => engine(startAt(i)), ENGINE_BUDGET_MS, { warmUp: true });
  const row: Record<string, string> = {
    case: name,
    'engine ops/s': format(1e6 / fast.microseconds),
    'engine µs/call': format(fast.microseconds, 2),
  };
  if (naive) {
    // No warm-up: one naive call over a year already takes seconds.
    const slow = measure((i) => naive(startAt(i)), NAIVE_BUDGET_MS, { warmUp: false });
    Object.assign(row, {
      'naive ops/s': format(1e6 / slow.microseconds, 2),
      'naive µs/call': format(slow.microseconds),
      'speed-up ×': format(slow.microseconds / fast.microseconds),
      'same result': slow.first === fast.first ? 'yes' : 'NO',
    });
  }
  return row;
});

console.log(`Business-time engine vs naive per-minute loop — ${calendar.timeZone}, node ${process.version}`);
console.table(rows);
