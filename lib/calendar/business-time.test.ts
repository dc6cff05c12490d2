import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import {
  DEFAULT_SUPPORT_CALENDAR,
  addBusinessDays,
  addBusinessTime,
  businessDaysCalendar,
  businessTimeBetween,
  isOpen,
  nextOpening,
  type BusinessCalendar,
  type IsoWeekday,
  type OpeningRange,
} from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A local wall time that exists once in `zone` (ambiguous times are written in UTC below). */
function local(text: string, zone = 'Europe/Paris'): Date {
  const date = DateTime.fromISO(text, { zone });
  if (!date.isValid) throw new Error(`bad test time ${text}`);
  return date.toJSDate();
}

const utc = (text: string) => new Date(`${text}Z`);

function everyDay(ranges: OpeningRange[], timeZone = 'Europe/Paris'): BusinessCalendar {
  const hours = { '1': ranges, '2': ranges, '3': ranges, '4': ranges, '5': ranges, '6': ranges, '7': ranges };
  return { timeZone, hours, holidays: 'none' };
}

const ALWAYS = everyDay([['00:00', '24:00']]);

describe('the default support calendar (§13, issue 4)', () => {
  const cal = DEFAULT_SUPPORT_CALENDAR;

  it('is Monday–Friday 08:30–12:30 and 13:30–17:30, Paris, French holidays', () => {
    expect(cal.timeZone).toBe('Europe/Paris');
    expect(cal.holidays).toBe('FR');
    expect(cal.hours['1']).toEqual([
      ['08:30', '12:30'],
      ['13:30', '17:30'],
    ]);
    expect(cal.hours['6']).toBeUndefined();
    expect(cal.hours['7']).toBeUndefined();
  });

  it('registered Friday 17:00 + 8 business hours is due Monday 17:00', () => {
    expect(addBusinessTime(cal, local('2026-03-06T17:00'), 8 * HOUR)).toEqual(local('2026-03-09T17:00'));
  });

  it('registered on Saturday counts from Monday 08:30: due Monday 17:30', () => {
    expect(addBusinessTime(cal, local('2026-03-07T10:12'), 8 * HOUR)).toEqual(local('2026-03-09T17:30'));
  });

  it('registered the day before a public holiday skips it (Ascension, 14 May 2026)', () => {
    expect(addBusinessTime(cal, local('2026-05-13T10:00'), 8 * HOUR)).toEqual(local('2026-05-15T10:00'));
  });

  it('a start on a public holiday counts from the next opening (1 May 2026, a Friday)', () => {
    expect(addBusinessTime(cal, local('2026-05-01T10:00'), HOUR)).toEqual(local('2026-05-04T09:30'));
    expect(nextOpening(cal, local('2026-05-01T10:00'))).toEqual(local('2026-05-04T08:30'));
  });

  it('a start exactly at an opening counts at once; a deadline on a closing is that closing', () => {
    expect(addBusinessTime(cal, local('2026-03-09T08:30'), 4 * HOUR)).toEqual(local('2026-03-09T12:30'));
    expect(addBusinessTime(cal, local('2026-03-09T08:30'), 4 * HOUR + 1)).toEqual(new Date(local('2026-03-09T13:30').getTime() + 1));
  });

  it('a start exactly at a closing counts from the next opening', () => {
    expect(addBusinessTime(cal, local('2026-03-09T12:30'), HOUR)).toEqual(local('2026-03-09T14:30'));
    expect(addBusinessTime(cal, local('2026-03-09T17:30'), HOUR)).toEqual(local('2026-03-10T09:30'));
  });

  it('adding nothing returns the start itself, open or not', () => {
    const saturday = local('2026-03-07T10:12');
    expect(addBusinessTime(cal, saturday, 0)).toEqual(saturday);
    expect(addBusinessTime(cal, saturday, 0)).not.toBe(saturday);
  });

  it('rounds a fraction of a millisecond up: at least that much has elapsed', () => {
    expect(addBusinessTime(cal, local('2026-03-09T09:00'), 0.25)).toEqual(new Date(local('2026-03-09T09:00').getTime() + 1));
  });

  it('is open on [opening, closing) only', () => {
    expect(isOpen(cal, local('2026-03-09T08:30'))).toBe(true);
    expect(isOpen(cal, local('2026-03-09T12:29:59.999'))).toBe(true);
    expect(isOpen(cal, local('2026-03-09T12:30'))).toBe(false);
    expect(isOpen(cal, local('2026-03-07T10:00'))).toBe(false);
    expect(nextOpening(cal, local('2026-03-09T10:00'))).toEqual(local('2026-03-09T10:00'));
    expect(nextOpening(cal, local('2026-03-09T12:30'))).toEqual(local('2026-03-09T13:30'));
    expect(nextOpening(cal, local('2026-03-06T17:30'))).toEqual(local('2026-03-09T08:30'));
  });

  it('measures business time between instants, negative when reversed', () => {
    const friday = local('2026-03-06T17:00');
    const monday = local('2026-03-09T17:00');
    expect(businessTimeBetween(cal, friday, monday)).toBe(8 * HOUR);
    expect(businessTimeBetween(cal, monday, friday)).toBe(-8 * HOUR);
    expect(businessTimeBetween(cal, monday, monday)).toBe(0);
    expect(businessTimeBetween(cal, local('2026-03-07T09:00'), local('2026-03-07T10:00'))).toBe(0);
    expect(businessTimeBetween(cal, local('2026-03-07T10:00'), local('2026-03-07T09:00'))).toBe(0);
  });

  it('crosses a year end: 31 Dec 17:00 + 1 h skips 1 January', () => {
    expect(addBusinessTime(cal, local('2025-12-31T17:00'), HOUR)).toEqual(local('2026-01-02T09:00'));
    expect(businessTimeBetween(cal, local('2025-12-31T00:00'), local('2026-01-03T00:00'))).toBe(16 * HOUR);
  });

  it('counts 29 February 2028 as an ordinary Tuesday, and skips it when closed', () => {
    expect(addBusinessTime(cal, local('2028-02-28T17:00'), 8 * HOUR)).toEqual(local('2028-02-29T17:00'));
    const closed = { ...cal, closedDays: ['2028-02-29'] };
    expect(addBusinessTime(closed, local('2028-02-28T17:00'), 8 * HOUR)).toEqual(local('2028-03-01T17:00'));
    expect(businessTimeBetween(ALWAYS, local('2028-02-01T00:00'), local('2028-03-01T00:00'))).toBe(29 * 24 * HOUR);
  });

  it('counts a whole year: 2026 has 261 weekdays, 9 of them holidays, so 252 days of 8 h', () => {
    expect(businessTimeBetween(cal, local('2026-01-01T00:00'), local('2027-01-01T00:00'))).toBe(252 * 8 * HOUR);
  });
});

describe('DOMAIN "Time" example', () => {
  it('Monday 17:00 + 1 h with hours until 18:00 is Monday 18:00, not Tuesday opening', () => {
    const cal: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '1': [['09:00', '18:00']], '2': [['09:00', '18:00']] }, holidays: 'none' };
    expect(addBusinessTime(cal, local('2026-03-09T17:00'), HOUR)).toEqual(local('2026-03-09T18:00'));
  });
});

describe('intervals ending at 24:00', () => {
  const evenings: BusinessCalendar = {
    timeZone: 'Europe/Paris',
    hours: { '1': [['20:00', '24:00']], '2': [['00:00', '02:00']] },
    holidays: 'none',
  };

  it('a deadline at 24:00 is the next day’s 00:00', () => {
    expect(addBusinessTime(evenings, local('2026-03-09T20:00'), 4 * HOUR)).toEqual(local('2026-03-10T00:00'));
  });

  it('counts straight on across midnight into the next day’s hours', () => {
    expect(addBusinessTime(evenings, local('2026-03-09T23:00'), 2 * HOUR)).toEqual(local('2026-03-10T01:00'));
    expect(isOpen(evenings, local('2026-03-09T23:59:59.999'))).toBe(true);
    expect(isOpen(evenings, local('2026-03-10T00:00'))).toBe(true);
    expect(businessTimeBetween(evenings, local('2026-03-09T00:00'), local('2026-03-11T00:00'))).toBe(6 * HOUR);
  });

  it('adjacent ranges on one day make one stretch', () => {
    const split = everyDay([
      ['08:00', '12:00'],
      ['12:00', '14:00'],
    ]);
    expect(addBusinessTime(split, local('2026-03-09T11:00'), 2 * HOUR)).toEqual(local('2026-03-09T13:00'));
    expect(businessTimeBetween(split, local('2026-03-09T00:00'), local('2026-03-10T00:00'))).toBe(6 * HOUR);
  });
});

describe('clock changes in Europe/Paris (last Sundays of March and October)', () => {
  // 29 March 2026: 02:00 CET → 03:00 CEST. 25 October 2026: 03:00 CEST → 02:00 CET.
  it('a 24/7 day lasts 23 h in March and 25 h in October', () => {
    expect(businessTimeBetween(ALWAYS, utc('2026-03-28T23:00'), utc('2026-03-29T22:00'))).toBe(23 * HOUR);
    expect(businessTimeBetween(ALWAYS, utc('2026-10-24T22:00'), utc('2026-10-25T23:00'))).toBe(25 * HOUR);
    expect(addBusinessTime(ALWAYS, utc('2026-03-29T00:30'), HOUR)).toEqual(utc('2026-03-29T01:30'));
    expect(addBusinessTime(ALWAYS, utc('2026-10-25T00:30'), HOUR)).toEqual(utc('2026-10-25T01:30'));
  });

  const sundayNights: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['01:00', '04:00']] }, holidays: 'none' };

  it('Sundays 01:00–04:00 give 2 h on the March change and 4 h on the October change', () => {
    expect(businessTimeBetween(sundayNights, utc('2026-03-28T00:00'), utc('2026-03-30T00:00'))).toBe(2 * HOUR);
    expect(businessTimeBetween(sundayNights, utc('2026-10-24T00:00'), utc('2026-10-26T00:00'))).toBe(4 * HOUR);
    expect(businessTimeBetween(sundayNights, utc('2026-04-04T00:00'), utc('2026-04-06T00:00'))).toBe(3 * HOUR);
    // Opening 01:00 CET = 00:00Z, closing 04:00 CEST = 02:00Z.
    expect(nextOpening(sundayNights, utc('2026-03-28T12:00'))).toEqual(utc('2026-03-29T00:00'));
    expect(addBusinessTime(sundayNights, utc('2026-03-29T00:00'), 2 * HOUR)).toEqual(utc('2026-03-29T02:00'));
    // Opening 01:00 CEST = 23:00Z the day before, closing 04:00 CET = 03:00Z.
    expect(nextOpening(sundayNights, utc('2026-10-24T12:00'))).toEqual(utc('2026-10-24T23:00'));
    expect(addBusinessTime(sundayNights, utc('2026-10-24T23:00'), 4 * HOUR)).toEqual(utc('2026-10-25T03:00'));
  });

  it('a local time the clock skips (02:30 in March) opens when the clock jumps, 03:00 CEST', () => {
    const cal: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['02:30', '05:00']] }, holidays: 'none' };
    expect(nextOpening(cal, utc('2026-03-28T12:00'))).toEqual(utc('2026-03-29T01:00'));
    expect(businessTimeBetween(cal, utc('2026-03-28T12:00'), utc('2026-03-29T12:00'))).toBe(2 * HOUR);
    const closingInGap: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['01:00', '02:30']] }, holidays: 'none' };
    expect(addBusinessTime(closingInGap, utc('2026-03-29T00:00'), HOUR)).toEqual(utc('2026-03-29T01:00'));
    const inGapOnly: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['02:15', '02:45']] }, holidays: 'none' };
    expect(businessTimeBetween(inGapOnly, utc('2026-03-28T12:00'), utc('2026-03-29T12:00'))).toBe(0);
    expect(nextOpening(inGapOnly, utc('2026-03-28T12:00'))).toEqual(utc('2026-04-05T00:15'));
  });

  it('a local time the clock shows twice (02:30 in October) opens at its first and closes at its second occurrence', () => {
    const opensAt0230: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['02:30', '05:00']] }, holidays: 'none' };
    // 02:30 CEST = 00:30Z; 05:00 CET = 04:00Z.
    expect(nextOpening(opensAt0230, utc('2026-10-24T12:00'))).toEqual(utc('2026-10-25T00:30'));
    expect(businessTimeBetween(opensAt0230, utc('2026-10-24T12:00'), utc('2026-10-25T12:00'))).toBe(3.5 * HOUR);
    const closesAt0230: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['00:00', '02:30']] }, holidays: 'none' };
    // 00:00 CEST = 22:00Z the day before; 02:30 CET = 01:30Z.
    expect(addBusinessTime(closesAt0230, utc('2026-10-24T22:00'), 3.5 * HOUR)).toEqual(utc('2026-10-25T01:30'));
    expect(isOpen(closesAt0230, utc('2026-10-25T01:29'))).toBe(true);
  });

  it('ranges meeting at a repeated time count the repeated hour once', () => {
    const split: BusinessCalendar = {
      timeZone: 'Europe/Paris',
      hours: {
        '7': [
          ['00:00', '02:30'],
          ['02:30', '05:00'],
        ],
      },
      holidays: 'none',
    };
    const whole: BusinessCalendar = { timeZone: 'Europe/Paris', hours: { '7': [['00:00', '05:00']] }, holidays: 'none' };
    const from = utc('2026-10-24T12:00');
    const to = utc('2026-10-25T12:00');
    expect(businessTimeBetween(split, from, to)).toBe(6 * HOUR);
    expect(businessTimeBetween(whole, from, to)).toBe(6 * HOUR);
  });
});

describe('overseas zones: hours, holidays and closed days are local', () => {
  const support = (timeZone: string): BusinessCalendar => ({ ...DEFAULT_SUPPORT_CALENDAR, timeZone });

  it.each([
    ['Indian/Reunion', '2026-03-09T13:00'],
    ['America/Cayenne', '2026-03-09T20:00'],
    ['Pacific/Noumea', '2026-03-09T06:00'],
    ['America/Miquelon', '2026-03-09T19:00'],
  ])('%s: Friday 17:00 + 8 business hours is Monday 17:00 local (%s UTC)', (zone, due) => {
    expect(addBusinessTime(support(zone), local('2026-03-06T17:00', zone), 8 * HOUR)).toEqual(utc(due));
  });

  it('Indian/Reunion: 14 July starts at local midnight, while Paris is still on 13 July', () => {
    const instant = utc('2026-07-13T20:30'); // 00:30 on the 14th in Réunion, 22:30 on the 13th in Paris
    const weekdays = (timeZone: string) => ({ ...businessDaysCalendar(DEFAULT_SUPPORT_CALENDAR), timeZone });
    expect(isOpen(weekdays('Indian/Reunion'), instant)).toBe(false);
    expect(isOpen(weekdays('Europe/Paris'), instant)).toBe(true);
  });

  it('Pacific/Noumea: New Year’s Day begins at 13:00 UTC on 31 December', () => {
    const noumea = { ...businessDaysCalendar(DEFAULT_SUPPORT_CALENDAR), timeZone: 'Pacific/Noumea' };
    expect(isOpen(noumea, utc('2025-12-31T12:59'))).toBe(true);
    expect(isOpen(noumea, utc('2025-12-31T13:00'))).toBe(false);
    expect(nextOpening(noumea, utc('2025-12-31T13:00'))).toEqual(local('2026-01-02T00:00', 'Pacific/Noumea'));
  });

  it('America/Cayenne: closed days are local dates', () => {
    const cayenne: BusinessCalendar = { ...support('America/Cayenne'), closedDays: ['2026-06-10'] };
    expect(addBusinessTime(cayenne, local('2026-06-09T17:00', 'America/Cayenne'), HOUR)).toEqual(local('2026-06-11T09:00', 'America/Cayenne'));
  });

  it('America/Havana falls back at midnight: the repeated hour counts once between Saturday and Sunday', () => {
    // 1 November 2026: 01:00 CDT → 00:00 CST. Saturday closes at 24:00, the later 00:00
    // (05:00Z); Sunday opens at 00:00, the earlier one (04:00Z).
    const weekend = (days: IsoWeekday[]): BusinessCalendar => ({
      timeZone: 'America/Havana',
      hours: Object.fromEntries(days.map((day) => [day, [['00:00', '24:00']]])),
      holidays: 'none',
    });
    const from = utc('2026-10-31T04:00');
    const to = utc('2026-11-02T05:00');
    expect(businessTimeBetween(weekend(['6']), from, to)).toBe(25 * HOUR);
    expect(businessTimeBetween(weekend(['7']), from, to)).toBe(25 * HOUR);
    expect(businessTimeBetween(weekend(['6', '7']), from, to)).toBe(49 * HOUR);
    expect(addBusinessTime(weekend(['6', '7']), from, 49 * HOUR)).toEqual(to);
  });

  it('America/Miquelon has its own clock changes: 8 March 2026 lasts 23 h, 1 November 25 h', () => {
    const always = everyDay([['00:00', '24:00']], 'America/Miquelon');
    expect(businessTimeBetween(always, utc('2026-03-08T03:00'), utc('2026-03-09T02:00'))).toBe(23 * HOUR);
    expect(businessTimeBetween(always, utc('2026-11-01T02:00'), utc('2026-11-02T03:00'))).toBe(25 * HOUR);
  });
});

describe('addBusinessDays (§14: 6 business days for a major anomaly)', () => {
  const cal = DEFAULT_SUPPORT_CALENDAR;

  it('Monday 10:00 + 6 business days is Tuesday of the next week, 10:00', () => {
    expect(addBusinessDays(cal, local('2026-03-02T10:00'), 6)).toEqual(local('2026-03-10T10:00'));
  });

  it('skips Easter Monday: Thursday 2 April 2026 10:00 + 6 is Monday 13 April 10:00', () => {
    expect(addBusinessDays(cal, local('2026-04-02T10:00'), 6)).toEqual(local('2026-04-13T10:00'));
  });

  it('skips 1 May and 8 May 2026 (two Fridays)', () => {
    expect(addBusinessDays(cal, local('2026-04-30T16:15'), 6)).toEqual(local('2026-05-12T16:15'));
  });

  it('from a Saturday, counts from Monday 00:00: due at the end of the next Monday', () => {
    expect(addBusinessDays(cal, local('2026-03-07T10:00'), 6)).toEqual(local('2026-03-17T00:00'));
  });

  it('ignores the support hours and keeps the zone and closed days', () => {
    const reunion: BusinessCalendar = { ...cal, timeZone: 'Indian/Reunion', closedDays: ['2026-12-21'] };
    expect(businessDaysCalendar(reunion)).toEqual({
      timeZone: 'Indian/Reunion',
      hours: { '1': [['00:00', '24:00']], '2': [['00:00', '24:00']], '3': [['00:00', '24:00']], '4': [['00:00', '24:00']], '5': [['00:00', '24:00']] },
      holidays: 'FR',
      closedDays: ['2026-12-21'],
    });
    expect(businessDaysCalendar(reunion)).toBe(businessDaysCalendar(reunion));
    // Réunion's 20 December (Fête de l'abolition de l'esclavage) is a Sunday in 2026; the 21st is closed.
    expect(addBusinessDays(reunion, local('2026-12-18T09:00', 'Indian/Reunion'), 1)).toEqual(local('2026-12-22T09:00', 'Indian/Reunion'));
  });

  it('refuses a negative or non-finite number of days', () => {
    expect(() => addBusinessDays(cal, local('2026-03-02T10:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(cal, local('2026-03-02T10:00'), Number.NaN)).toThrow(RangeError);
  });
});
