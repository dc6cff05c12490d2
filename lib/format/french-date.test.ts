import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './french-date';

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

describe('formatDate', () => {
  it('writes a calendar date in words', () => {
    expect(formatDate('2026-01-05')).toBe('lundi 5 janvier 2026');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });
});
