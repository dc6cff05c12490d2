import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDeadline, formatMonth } from './french-date';

describe('formatDateTime', () => {
  it('writes an instant in words, in the zone asked', () => {
    expect(formatDateTime(new Date('2026-03-03T13:05:00Z'), 'Europe/Paris')).toBe('mardi 3 mars 2026 à 14:05');
  });

  it('names the zone when asked, for readers elsewhere', () => {
    expect(formatDateTime(new Date('2026-03-03T13:05:00Z'), 'Indian/Reunion', { showZone: true })).toBe('mardi 3 mars 2026 à 17:05 (heure de La Réunion)');
  });

  it('follows summer time', () => {
    expect(formatDateTime(new Date('2026-07-14T08:00:00Z'), 'Europe/Paris')).toBe('mardi 14 juillet 2026 à 10:00');
  });
});

describe('formatDeadline', () => {
  it('writes a deadline as formatDateTime does', () => {
    expect(formatDeadline(new Date('2026-03-03T13:05:00Z'), 'Europe/Paris')).toBe('mardi 3 mars 2026 à 14:05');
  });

  it('writes a deadline at 00:00 as 24:00 of the day before, in the reader’s zone', () => {
    // Tuesday 8 December 2026 00:00 in Paris is Monday 7 December at 24:00; 03:00 in La Réunion.
    const midnight = new Date('2026-12-07T23:00:00Z');
    expect(formatDeadline(midnight, 'Europe/Paris')).toBe('lundi 7 décembre 2026 à 24:00');
    expect(formatDeadline(midnight, 'Europe/Paris', { showZone: true })).toBe('lundi 7 décembre 2026 à 24:00 (heure de Paris)');
    expect(formatDeadline(midnight, 'Indian/Reunion')).toBe('mardi 8 décembre 2026 à 03:00');
    expect(formatDeadline(new Date('2026-12-07T23:00:01Z'), 'Europe/Paris')).toBe('mardi 8 décembre 2026 à 00:00');
  });

  it('takes the day before across a year end and a clock change', () => {
    expect(formatDeadline(new Date('2026-12-31T23:00:00Z'), 'Europe/Paris')).toBe('jeudi 31 décembre 2026 à 24:00');
    expect(formatDeadline(new Date('2026-03-28T23:00:00Z'), 'Europe/Paris')).toBe('samedi 28 mars 2026 à 24:00');
  });
});

describe('formatDate', () => {
  it('writes a calendar date in words', () => {
    expect(formatDate('2026-01-05')).toBe('lundi 5 janvier 2026');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatMonth', () => {
  it('writes a month in words', () => {
    expect(formatMonth('2026-03')).toBe('mars 2026');
    expect(formatMonth('2025-12')).toBe('décembre 2025');
    expect(formatMonth('2026-09', { short: true })).toBe('sept. 2026');
    expect(formatMonth('2026-05', { short: true })).toBe('mai 2026');
  });

  it('refuses what is not a month', () => {
    expect(() => formatMonth('2026-13')).toThrow(RangeError);
    expect(() => formatMonth('mars')).toThrow(RangeError);
  });
});
