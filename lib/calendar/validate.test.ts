import { describe, expect, it } from 'vitest';

import {
  CalendarError,
  DEFAULT_SUPPORT_CALENDAR,
  addBusinessTime,
  businessTimeBetween,
  explainDeadline,
  isOpen,
  nextOpening,
  validateCalendar,
  type BusinessCalendar,
  type CalendarProblemCode,
} from './index';

const HOUR = 3_600_000;
const monday = new Date('2026-03-09T09:00:00Z');
const base = DEFAULT_SUPPORT_CALENDAR;

/** Deliberately ill-typed input, as a settings form or stored JSON may send. */
const raw = (cal: unknown) => cal as BusinessCalendar;

const codes = (cal: BusinessCalendar) => validateCalendar(cal).map((problem) => problem.code);

describe('validateCalendar', () => {
  it('finds no problem in the default calendar', () => {
    expect(validateCalendar(base)).toEqual([]);
  });

  it.each<[string, BusinessCalendar, CalendarProblemCode, ReadonlyArray<string | number>]>([
    ['an unknown zone', { ...base, timeZone: 'Europe/Pariss' }, 'unknown-time-zone', ['timeZone']],
    ['an offset instead of a zone', { ...base, timeZone: '+02:00' }, 'unknown-time-zone', ['timeZone']],
    ['a weekday 0', raw({ ...base, hours: { '0': [['08:00', '12:00']], '1': [['08:00', '12:00']] } }), 'unknown-weekday', ['hours', '0']],
    ['a weekday "monday"', raw({ ...base, hours: { '1': [['08:00', '12:00']], monday: [['08:00', '12:00']] } }), 'unknown-weekday', ['hours', 'monday']],
    ['H:mm', { ...base, hours: { '1': [['8:30', '12:00']] } }, 'malformed-time', ['hours', '1', 0]],
    ['minute 60', { ...base, hours: { '1': [['08:00', '12:60']] } }, 'malformed-time', ['hours', '1', 0]],
    ['24:30', { ...base, hours: { '1': [['08:00', '24:30']] } }, 'malformed-time', ['hours', '1', 0]],
    ['24:00 as a start', { ...base, hours: { '1': [['24:00', '24:00']] } }, 'malformed-time', ['hours', '1', 0]],
    ['a range of one time', raw({ ...base, hours: { '1': [['08:00']] } }), 'malformed-time', ['hours', '1', 0]],
    ['a start after its end', { ...base, hours: { '1': [['17:00', '09:00']] } }, 'empty-interval', ['hours', '1', 0]],
    ['a start equal to its end', { ...base, hours: { '2': [['09:00', '09:00']] } }, 'empty-interval', ['hours', '2', 0]],
    [
      'overlapping ranges',
      {
        ...base,
        hours: {
          '3': [
            ['13:00', '17:00'],
            ['08:00', '13:30'],
          ],
        },
      },
      'overlapping-intervals',
      ['hours', '3'],
    ],
    ['no hours at all', { ...base, hours: {} }, 'no-opening-hours', ['hours']],
    ['only empty days', { ...base, hours: { '1': [], '6': [] } }, 'no-opening-hours', ['hours']],
    ['an unknown holiday set', raw({ ...base, holidays: 'US' }), 'unknown-holidays', ['holidays']],
    ['a closed day that does not exist', { ...base, closedDays: ['2027-02-29'] }, 'malformed-closed-day', ['closedDays', 0]],
    ['a closed day not zero-padded', { ...base, closedDays: ['2026-12-24', '2026-1-5'] }, 'malformed-closed-day', ['closedDays', 1]],
  ])('reports %s', (_, cal, code, path) => {
    const problems = validateCalendar(cal);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, path });
    expect(problems[0]?.message).toEqual(expect.any(String));
  });

  it('counts a calendar whose only hours are on an unknown weekday as never open', () => {
    expect(codes(raw({ ...base, hours: { '8': [['08:00', '12:00']] } }))).toEqual(['unknown-weekday', 'no-opening-hours']);
  });

  it('accepts ranges that touch, and 24:00 as an end', () => {
    expect(
      validateCalendar({
        ...base,
        hours: {
          '1': [
            ['08:00', '12:00'],
            ['12:00', '24:00'],
          ],
        },
      }),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(codes(raw({ timeZone: 'Mars/Olympus', hours: { '1': [['9', '10']] }, holidays: 'XX', closedDays: ['soon'] }))).toEqual([
      'unknown-time-zone',
      'malformed-time',
      'unknown-holidays',
      'malformed-closed-day',
    ]);
  });
});

describe('invalid calendars and arguments are refused', () => {
  const invalid: BusinessCalendar = { ...base, timeZone: 'Nowhere/Town' };

  it('throws a CalendarError carrying the problems, from every entry point', () => {
    for (const call of [
      () => addBusinessTime(invalid, monday, HOUR),
      () => businessTimeBetween(invalid, monday, monday),
      () => isOpen(invalid, monday),
      () => nextOpening(invalid, monday),
      () => explainDeadline(invalid, monday, HOUR),
    ]) {
      expect(call).toThrow(CalendarError);
    }
    try {
      addBusinessTime(invalid, monday, HOUR);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'CalendarError', problems: [{ code: 'unknown-time-zone' }] });
      expect(String(error)).toContain('Nowhere/Town');
    }
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %s ms with a RangeError', (ms) => {
    expect(() => addBusinessTime(base, monday, ms)).toThrow(RangeError);
    expect(() => explainDeadline(base, monday, ms)).toThrow(RangeError);
  });

  it('refuses an invalid Date, or one outside the years 1600–9000', () => {
    expect(() => addBusinessTime(base, new Date(Number.NaN), HOUR)).toThrow(RangeError);
    expect(() => businessTimeBetween(base, monday, new Date('1500-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => isOpen(base, new Date('9500-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('refuses spans of more than a century instead of scanning them', () => {
    expect(() => businessTimeBetween(base, monday, new Date('2200-01-01T00:00:00Z'))).toThrow(RangeError);
    // UTC keeps the century of offsets this scan reads cheap; the limit is the same everywhere.
    expect(() => addBusinessTime({ ...base, timeZone: 'UTC' }, monday, 120 * 2100 * HOUR)).toThrow(RangeError);
  });

  it('gives up, never loops, when the open days are all closed for years on end', () => {
    const mondays: string[] = [];
    for (let day = Date.UTC(2026, 2, 9); day < Date.UTC(2030, 0, 1); day += 7 * 24 * HOUR) {
      mondays.push(new Date(day).toISOString().slice(0, 10));
    }
    const cal: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '1': [['09:00', '10:00']] }, holidays: 'none', closedDays: mondays };
    expect(validateCalendar(cal)).toEqual([]);
    expect(() => nextOpening(cal, monday)).toThrow(CalendarError);
    expect(() => addBusinessTime(cal, monday, HOUR)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: 'closed-too-long' })] }));
    expect(businessTimeBetween(cal, monday, new Date('2030-01-01T00:00:00Z'))).toBe(0);
  });
});
