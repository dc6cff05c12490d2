import { describe, expect, it } from 'vitest';

import { frenchPublicHolidayName, frenchPublicHolidays, frenchPublicHolidaysWithNames } from './index';

// The official list (Code du travail, art. L3133-1), written out by hand: Easter Monday, Ascension
// (Easter + 39) and Whit Monday (Easter + 50) moving, the eight others fixed.
const OFFICIAL: Record<number, string[]> = {
  2024: [
    '2024-01-01',
    '2024-04-01',
    '2024-05-01',
    '2024-05-08',
    '2024-05-09',
    '2024-05-20',
    '2024-07-14',
    '2024-08-15',
    '2024-11-01',
    '2024-11-11',
    '2024-12-25',
  ],
  2025: [
    '2025-01-01',
    '2025-04-21',
    '2025-05-01',
    '2025-05-08',
    '2025-05-29',
    '2025-06-09',
    '2025-07-14',
    '2025-08-15',
    '2025-11-01',
    '2025-11-11',
    '2025-12-25',
  ],
  2026: [
    '2026-01-01',
    '2026-04-06',
    '2026-05-01',
    '2026-05-08',
    '2026-05-14',
    '2026-05-25',
    '2026-07-14',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-25',
  ],
  2027: [
    '2027-01-01',
    '2027-03-29',
    '2027-05-01',
    '2027-05-06',
    '2027-05-08',
    '2027-05-17',
    '2027-07-14',
    '2027-08-15',
    '2027-11-01',
    '2027-11-11',
    '2027-12-25',
  ],
  2028: [
    '2028-01-01',
    '2028-04-17',
    '2028-05-01',
    '2028-05-08',
    '2028-05-25',
    '2028-06-05',
    '2028-07-14',
    '2028-08-15',
    '2028-11-01',
    '2028-11-11',
    '2028-12-25',
  ],
  2029: [
    '2029-01-01',
    '2029-04-02',
    '2029-05-01',
    '2029-05-08',
    '2029-05-10',
    '2029-05-21',
    '2029-07-14',
    '2029-08-15',
    '2029-11-01',
    '2029-11-11',
    '2029-12-25',
  ],
  2030: [
    '2030-01-01',
    '2030-04-22',
    '2030-05-01',
    '2030-05-08',
    '2030-05-30',
    '2030-06-10',
    '2030-07-14',
    '2030-08-15',
    '2030-11-01',
    '2030-11-11',
    '2030-12-25',
  ],
  2031: [
    '2031-01-01',
    '2031-04-14',
    '2031-05-01',
    '2031-05-08',
    '2031-05-22',
    '2031-06-02',
    '2031-07-14',
    '2031-08-15',
    '2031-11-01',
    '2031-11-11',
    '2031-12-25',
  ],
  2032: [
    '2032-01-01',
    '2032-03-29',
    '2032-05-01',
    '2032-05-06',
    '2032-05-08',
    '2032-05-17',
    '2032-07-14',
    '2032-08-15',
    '2032-11-01',
    '2032-11-11',
    '2032-12-25',
  ],
  2033: [
    '2033-01-01',
    '2033-04-18',
    '2033-05-01',
    '2033-05-08',
    '2033-05-26',
    '2033-06-06',
    '2033-07-14',
    '2033-08-15',
    '2033-11-01',
    '2033-11-11',
    '2033-12-25',
  ],
  2034: [
    '2034-01-01',
    '2034-04-10',
    '2034-05-01',
    '2034-05-08',
    '2034-05-18',
    '2034-05-29',
    '2034-07-14',
    '2034-08-15',
    '2034-11-01',
    '2034-11-11',
    '2034-12-25',
  ],
  2035: [
    '2035-01-01',
    '2035-03-26',
    '2035-05-01',
    '2035-05-03',
    '2035-05-08',
    '2035-05-14',
    '2035-07-14',
    '2035-08-15',
    '2035-11-01',
    '2035-11-11',
    '2035-12-25',
  ],
};

describe('frenchPublicHolidays', () => {
  it.each(Object.entries(OFFICIAL))('matches the official list for %s', (year, dates) => {
    expect(frenchPublicHolidays(Number(year))).toEqual(dates);
  });

  it('names each holiday in French', () => {
    expect(frenchPublicHolidaysWithNames(2026)).toEqual([
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('counts a day once when Ascension falls on 1 May (2008), with both names', () => {
    expect(frenchPublicHolidays(2008)).toHaveLength(10);
    expect(frenchPublicHolidayName('2008-05-01')).toBe('Fête du Travail et Ascension');
  });

  it('covers the extreme Easter dates (22 March 2285, 25 April 2038)', () => {
    expect(frenchPublicHolidays(2285)).toContain('2285-03-23');
    expect(frenchPublicHolidays(2038)).toContain('2038-04-26');
  });

  it('answers by date, and refuses what is not a date or out of range', () => {
    expect(frenchPublicHolidayName('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(frenchPublicHolidayName('2026-05-26')).toBeUndefined();
    expect(() => frenchPublicHolidayName('2026-02-30')).toThrow(RangeError);
    expect(() => frenchPublicHolidays(1500)).toThrow(RangeError);
    expect(() => frenchPublicHolidays(2026.5)).toThrow(RangeError);
  });
});
