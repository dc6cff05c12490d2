import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import {
  addBusinessTime,
  businessTimeBetween,
  explainDeadline,
  frenchPublicHolidays,
  isOpen,
  nextOpening,
  validateCalendar,
  type BusinessCalendar,
  type IsoWeekday,
  type OpeningRange,
} from './index';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEKDAYS: IsoWeekday[] = ['1', '2', '3', '4', '5', '6', '7'];

// Paris and Miquelon change clocks at night; Havana at midnight (so a day's 24:00 can
// be a repeated time); Santiago at 24:00; Lord Howe by half an hour; the rest never.
const DST_ZONES = ['Europe/Paris', 'America/Miquelon', 'America/Havana', 'America/Santiago', 'Australia/Lord_Howe'];
const FIXED_ZONES = ['Pacific/Noumea', 'Indian/Reunion', 'America/Cayenne', 'UTC'];

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const boundary = fc.oneof(
  fc.integer({ min: 0, max: 96 }).map((quarter) => quarter * 15),
  fc.integer({ min: 0, max: 1440 }),
);

/** 0–3 disjoint ranges: sorted distinct boundaries taken in pairs. */
const dayRanges: fc.Arbitrary<OpeningRange[]> = fc.uniqueArray(boundary, { maxLength: 6 }).map((bounds) => {
  const sorted = [...bounds].sort((a, b) => a - b);
  const ranges: OpeningRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([hhmm(sorted[i] ?? 0), hhmm(sorted[i + 1] ?? 0)]);
  return ranges;
});

const localDate = fc
  .integer({ min: Date.UTC(2024, 0, 1) / DAY, max: Date.UTC(2031, 11, 31) / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

const calendar = (zones: string[]): fc.Arbitrary<BusinessCalendar> =>
  fc
    .record({
      timeZone: fc.constantFrom(...zones),
      hours: fc.tuple(...WEEKDAYS.map(() => dayRanges)).map((days) => {
        const hours: Partial<Record<IsoWeekday, OpeningRange[]>> = {};
        WEEKDAYS.forEach((weekday, i) => {
          const ranges = days[i];
          if (ranges !== undefined && ranges.length > 0) hours[weekday] = ranges;
        });
        return hours;
      }),
      holidays: fc.constantFrom('FR' as const, 'none' as const),
      closedDays: fc.array(localDate, { maxLength: 30 }),
    })
    .filter((cal) => Object.keys(cal.hours).length > 0);

const anyCalendar = calendar([...DST_ZONES, ...FIXED_ZONES]);

/** Instants in 2024–2030, half of them near the clock changes (March–April, September–November). */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
  fc
    .tuple(fc.integer({ min: 2024, max: 2030 }), fc.constantFrom(2, 3, 8, 9, 10), fc.integer({ min: 0, max: 35 * DAY }))
    .map(([year, month, offset]) => Date.UTC(year, month, 1) + offset - 5 * DAY),
);

/** Nominal open ms in one week. */
function weeklyOpenMs(cal: BusinessCalendar): number {
  const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
  return WEEKDAYS.flatMap((weekday) => cal.hours[weekday] ?? []).reduce((total, [start, end]) => total + (minutes(end) - minutes(start)) * MINUTE, 0);
}

/** Business time up to about six weeks of the calendar's opening hours. */
const durationFor = (cal: BusinessCalendar) => fc.integer({ min: 0, max: 6 * weeklyOpenMs(cal) });

const at = (ms: number) => new Date(ms);
const add = (cal: BusinessCalendar, from: number, ms: number) => addBusinessTime(cal, at(from), ms).getTime();
const between = (cal: BusinessCalendar, from: number, to: number) => businessTimeBetween(cal, at(from), at(to));

const RUNS = { numRuns: 300 };

describe('business time over random valid calendars (fast-check)', () => {
  it('generates valid calendars', () => {
    fc.assert(
      fc.property(anyCalendar, (cal) => validateCalendar(cal).length === 0),
      RUNS,
    );
  });

  it('businessTimeBetween(a, addBusinessTime(a, d)) === d', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal))),
        ([cal, a, d]) => {
          expect(between(cal, a, add(cal, a, d))).toBe(d);
        },
      ),
      RUNS,
    );
  });

  it('the result is the earliest instant: the millisecond before it is open and not yet enough', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal))),
        ([cal, a, d]) => {
          fc.pre(d > 0);
          const due = add(cal, a, d);
          expect(isOpen(cal, at(due - 1))).toBe(true);
          expect(between(cal, a, due - 1)).toBe(d - 1);
        },
      ),
      RUNS,
    );
  });

  it('addBusinessTime is monotonic in d', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal), durationFor(cal))),
        ([cal, a, d1, d2]) => {
          const [low, high] = d1 <= d2 ? [d1, d2] : [d2, d1];
          expect(add(cal, a, low)).toBeLessThanOrEqual(add(cal, a, high));
        },
      ),
      RUNS,
    );
  });

  it('adding d1 then d2 is adding d1 + d2 (d1 > 0)', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal), durationFor(cal))),
        ([cal, a, d1, d2]) => {
          fc.pre(d1 > 0);
          expect(add(cal, add(cal, a, d1), d2)).toBe(add(cal, a, d1 + d2));
        },
      ),
      RUNS,
    );
  });

  it('businessTimeBetween is additive over any split point, antisymmetric, and at most the elapsed time', () => {
    const near = (from: number) => fc.integer({ min: from - 40 * DAY, max: from + 40 * DAY });
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => instant.chain((a) => fc.tuple(fc.constant(cal), fc.constant(a), near(a), near(a)))),
        ([cal, a, b, c]) => {
          expect(between(cal, a, c)).toBe(between(cal, a, b) + between(cal, b, c));
          expect(between(cal, b, a) === -between(cal, a, b)).toBe(true);
          expect(between(cal, a, b) * Math.sign(b - a)).toBeGreaterThanOrEqual(0);
          expect(Math.abs(between(cal, a, b))).toBeLessThanOrEqual(Math.abs(b - a));
        },
      ),
      RUNS,
    );
  });

  it('nextOpening is the instant itself exactly when open, with no open time before it', () => {
    fc.assert(
      fc.property(anyCalendar, instant, (cal, t) => {
        const opening = nextOpening(cal, at(t)).getTime();
        expect(opening === t).toBe(isOpen(cal, at(t)));
        expect(isOpen(cal, at(opening))).toBe(true);
        expect(between(cal, t, opening)).toBe(0);
      }),
      RUNS,
    );
  });

  it('explainDeadline agrees with addBusinessTime and accounts for every millisecond', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((cal) => fc.tuple(fc.constant(cal), instant, durationFor(cal))),
        ([cal, a, d]) => {
          const explanation = explainDeadline(cal, at(a), d);
          expect(explanation.due.getTime()).toBe(add(cal, a, d));
          fc.pre(!explanation.truncated);
          expect(explanation.intervals.reduce((sum, interval) => sum + interval.consumedMs, 0)).toBe(d);
          for (const interval of explanation.intervals) {
            expect(between(cal, interval.start.getTime(), interval.end.getTime())).toBe(interval.consumedMs);
          }
          for (const day of explanation.skipped) {
            const midday = DateTime.fromISO(`${day.date}T12:00`, { zone: cal.timeZone }).toJSDate();
            expect(isOpen(cal, midday)).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('agrees with a per-minute oracle in zones without clock changes', () => {
  // Independent of the engine: asks luxon, minute by minute, "is this local minute open?".
  function openMinute(cal: BusinessCalendar, instantMs: number): boolean {
    const local = DateTime.fromMillis(instantMs, { zone: cal.timeZone });
    const date = local.toISODate() ?? '';
    if (cal.closedDays?.includes(date)) return false;
    if (cal.holidays === 'FR' && frenchPublicHolidays(local.year).includes(date)) return false;
    const minute = local.hour * 60 + local.minute;
    const toMinutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
    return (cal.hours[String(local.weekday) as IsoWeekday] ?? []).some(([start, end]) => toMinutes(start) <= minute && minute < toMinutes(end));
  }

  it('businessTimeBetween over two days, on whole minutes', () => {
    const wholeMinute = instant.map((t) => Math.floor(t / MINUTE) * MINUTE);
    fc.assert(
      fc.property(calendar(FIXED_ZONES), wholeMinute, (cal, from) => {
        const to = from + 2 * DAY;
        let expected = 0;
        for (let t = from; t < to; t += MINUTE) if (openMinute(cal, t)) expected += MINUTE;
        expect(between(cal, from, to)).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});
