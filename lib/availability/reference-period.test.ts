import { describe, expect, it } from 'vitest';

import { CalendarError } from '@/lib/calendar';

import { referencePeriodMs } from './index';

const HOUR = 3_600_000;

// DOMAIN "Time": the French metropolitan public holidays of 2026, written out.
const HOLIDAYS_2026 = [
  '2026-01-01', // Jour de l'an, Thursday
  '2026-04-06', // Lundi de Pâques
  '2026-05-01', // Fête du Travail, Friday
  '2026-05-08', // Victoire 1945, Friday
  '2026-05-14', // Ascension, Thursday
  '2026-05-25', // Lundi de Pentecôte
  '2026-07-14', // Fête nationale, Tuesday
  '2026-08-15', // Assomption, Saturday
  '2026-11-01', // Toussaint, Sunday
  '2026-11-11', // Armistice, Wednesday
  '2026-12-25', // Noël, Friday
];

/** Weekdays of a month of 2026 that are not holidays, counted on the UTC calendar (no zone involved). */
function workingDays(month: number, closedDays: string[] = []): number {
  let count = 0;
  for (let day = 1; day <= 31; day++) {
    const date = new Date(Date.UTC(2026, month - 1, day));
    if (date.getUTCMonth() !== month - 1) break;
    const weekday = date.getUTCDay();
    const iso = date.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS_2026.includes(iso) && !closedDays.includes(iso)) count++;
  }
  return count;
}

// The same counts, by hand from a 2026 calendar, so a slip in workingDays shows too.
const WORKING_DAYS_2026 = [21, 20, 22, 21, 17, 22, 22, 21, 22, 22, 20, 22];
const MONTHS = WORKING_DAYS_2026.map((days, index) => ({ month: `2026-${String(index + 1).padStart(2, '0')}`, days }));

describe('the reference period (PRT, §6): Monday–Friday 07:00–20:00 minus public holidays', () => {
  it('the hand count agrees with the computed one', () => {
    expect(MONTHS.map(({ month }) => workingDays(Number(month.slice(5))))).toEqual(WORKING_DAYS_2026);
  });

  describe.each(['Europe/Paris', 'Indian/Reunion', 'America/Miquelon', 'Pacific/Noumea'])('in %s', (timeZone) => {
    it.each(MONTHS)('$month has $days working days of 13 h', ({ month, days }) => {
      expect(referencePeriodMs(timeZone, month)).toBe(days * 13 * HOUR);
    });
  });

  it('is the same across the clock changes in Paris: 13 h a day in March and October, not 12 or 14', () => {
    expect(referencePeriodMs('Europe/Paris', '2026-03')).toBe(referencePeriodMs('Indian/Reunion', '2026-03'));
    expect(referencePeriodMs('Europe/Paris', '2026-10')).toBe(referencePeriodMs('Indian/Reunion', '2026-10'));
    expect(referencePeriodMs('Europe/Paris', '2026-10')).toBe(22 * 13 * HOUR);
  });

  it('a commitment month of 22 days allows about 25 minutes of downtime (DOMAIN)', () => {
    const allowedMinutes = (referencePeriodMs('Europe/Paris', '2026-03') * 0.0015) / 60_000;
    expect(allowedMinutes).toBeCloseTo(25.74, 2);
  });

  it('leaves out the organization’s closed days on weekdays, and ignores those on weekends or holidays', () => {
    // 10 March is a Tuesday, 14 March a Saturday, 25 May Whit Monday.
    const closed = ['2026-03-10', '2026-03-14', '2026-05-25', '2026-03-10'];
    expect(referencePeriodMs('Indian/Reunion', '2026-03', closed)).toBe(workingDays(3, closed) * 13 * HOUR);
    expect(referencePeriodMs('Indian/Reunion', '2026-03', closed)).toBe(21 * 13 * HOUR);
    expect(referencePeriodMs('Indian/Reunion', '2026-05', closed)).toBe(17 * 13 * HOUR);
  });

  it('a territory’s own holiday as a closed day: 20 December in La Réunion (a Sunday in 2026), 27 May in Martinique', () => {
    expect(referencePeriodMs('Indian/Reunion', '2026-12', ['2026-12-20'])).toBe(22 * 13 * HOUR);
    expect(referencePeriodMs('America/Martinique', '2026-05', ['2026-05-22', '2026-05-27'])).toBe(15 * 13 * HOUR);
  });

  it('the same closed days in another order share one calendar and give the same PRT', () => {
    expect(referencePeriodMs('Europe/Paris', '2026-03', ['2026-03-11', '2026-03-10'])).toBe(
      referencePeriodMs('Europe/Paris', '2026-03', ['2026-03-10', '2026-03-11']),
    );
  });

  it('refuses a malformed closed day with the engine’s CalendarError, and a bad month with a RangeError', () => {
    expect(() => referencePeriodMs('Europe/Paris', '2026-03', ['2026-02-30'])).toThrow(CalendarError);
    expect(() => referencePeriodMs('Europe/Paris', '2026-3')).toThrow(RangeError);
  });

  it('a leap February: 2028 has 21 working days', () => {
    expect(referencePeriodMs('Europe/Paris', '2028-02')).toBe(21 * 13 * HOUR);
  });
});
