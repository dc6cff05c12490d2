import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { NO_COUNTS, pickupComplianceOf } from './compliance';
import { formatShare, hoursForSpreadsheet, periodWords, pickupVerdict, shareForSpreadsheet } from './report-words';

const local = (iso: string, zone = 'Europe/Paris') => DateTime.fromISO(iso, { zone }).toJSDate();

describe('report words', () => {
  it('writes a share to the tenth, truncated so a missed 75 % never reads 75 %', () => {
    expect(formatShare(0.8)).toBe('80\u202f%');
    expect(formatShare(0.875)).toBe('87,5\u202f%');
    expect(formatShare(0.7496)).toBe('74,9\u202f%');
    expect(formatShare(0.29)).toBe('29\u202f%');
    expect(formatShare(1)).toBe('100\u202f%');
    expect(() => formatShare(1.2)).toThrow(RangeError);
    expect(shareForSpreadsheet(0.875)).toBe('87,5');
    expect(shareForSpreadsheet(null)).toBe('');
  });

  it('names a period by its first and last days, in its zone', () => {
    expect(periodWords({ start: local('2026-01-05T00:00'), end: local('2027-01-05T00:00') }, 'Europe/Paris')).toBe(
      'du lundi 5 janvier 2026 au lundi 4 janvier 2027',
    );
  });

  it('gives §13’s verdict, "à ce jour" for the current period', () => {
    const kept = pickupComplianceOf({ ...NO_COUNTS, met: 8, breached: 2 });
    const missed = pickupComplianceOf({ ...NO_COUNTS, met: 1, breached: 2 });
    expect(pickupVerdict(kept, false)).toBe('Tenu');
    expect(pickupVerdict(missed, false)).toBe('Non tenu');
    expect(pickupVerdict(kept, true)).toBe('Tenu à ce jour');
    expect(pickupVerdict(pickupComplianceOf(NO_COUNTS), true)).toBe('Aucune demande décidée');
  });

  it('writes hours for a spreadsheet with a decimal comma', () => {
    expect(hoursForSpreadsheet(2.5 * 3_600_000)).toBe('2,50');
    expect(hoursForSpreadsheet(12_345 * 3_600_000)).toBe('12345,00');
  });
});
