import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isMonth, monthBounds, monthOf, monthsEnding } from './index';

describe('months (§6: the rate is monthly, in the organization’s zone)', () => {
  it.each(['2026-03', '1601-01', '8998-12'])('accepts %s', (month) => {
    expect(isMonth(month)).toBe(true);
    expect(() => monthBounds('Europe/Paris', month)).not.toThrow();
  });

  it.each(['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01', ' 2026-03', '2026/03', '', '1600-12', '8999-01', 'abcd-ef'])(
    'refuses %j with a RangeError',
    (month) => {
      expect(isMonth(month)).toBe(false);
      expect(() => monthBounds('Europe/Paris', month)).toThrow(RangeError);
      expect(() => monthsEnding(month, 1)).toThrow(RangeError);
    },
  );

  it('isMonth refuses what is not a string', () => {
    expect(isMonth(202603)).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('a month runs from local midnight on the 1st to the next 1st, in the given zone', () => {
    expect(monthBounds('Europe/Paris', '2026-03')).toEqual({
      start: new Date('2026-02-28T23:00:00Z'),
      end: new Date('2026-03-31T22:00:00Z'),
    });
    expect(monthBounds('Indian/Reunion', '2026-03')).toEqual({
      start: new Date('2026-02-28T20:00:00Z'),
      end: new Date('2026-03-31T20:00:00Z'),
    });
    expect(monthBounds('America/Cayenne', '2026-12')).toEqual({
      start: new Date('2026-12-01T03:00:00Z'),
      end: new Date('2027-01-01T03:00:00Z'),
    });
  });

  it('refuses an unknown zone with a RangeError', () => {
    expect(() => monthBounds('Mars/Olympus', '2026-03')).toThrow(RangeError);
    expect(() => monthOf(new Date('2026-03-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });

  it('monthOf reads the local date: 31 March 22:30 UTC is already April in Paris (CEST) and in La Réunion', () => {
    expect(monthOf(new Date('2026-03-31T22:30:00Z'), 'Europe/Paris')).toBe('2026-04');
    expect(monthOf(new Date('2026-03-31T21:30:00Z'), 'Europe/Paris')).toBe('2026-03');
    expect(monthOf(new Date('2026-03-31T20:30:00Z'), 'Indian/Reunion')).toBe('2026-04');
    expect(monthOf(new Date('2026-04-01T02:30:00Z'), 'America/Martinique')).toBe('2026-03');
  });

  it('where midnight is shown twice (Havana, 1 November 2026), the bounds decide the month of the first 00:30', () => {
    const firstHalfPast = new Date('2026-11-01T04:30:00Z');
    const month = monthOf(firstHalfPast, 'America/Havana');
    const { start, end } = monthBounds('America/Havana', month);
    expect(start <= firstHalfPast && firstHalfPast < end).toBe(true);
  });

  it('monthOf refuses an invalid Date', () => {
    expect(() => monthOf(new Date(NaN), 'Europe/Paris')).toThrow(RangeError);
  });

  it('monthsEnding gives the last months, oldest first, across a year end', () => {
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsEnding('2026-12', 12)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(monthsEnding('2026-02', 1)).toEqual(['2026-02']);
    expect(monthsEnding('2026-02', 0)).toEqual([]);
  });

  it.each([-1, 1.5, NaN, Infinity])('monthsEnding refuses a count of %s', (count) => {
    expect(() => monthsEnding('2026-02', count)).toThrow(RangeError);
  });

  it('monthsEnding refuses to run before the first month it knows', () => {
    expect(() => monthsEnding('1601-02', 3)).toThrow(RangeError);
  });

  it('property: every instant belongs to the month whose bounds hold it, and consecutive months touch', () => {
    const zones = ['Europe/Paris', 'Indian/Reunion', 'America/Miquelon', 'Pacific/Noumea', 'America/Havana', 'America/Santiago'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }), (zone, ms) => {
        const instant = new Date(ms);
        const month = monthOf(instant, zone);
        const { start, end } = monthBounds(zone, month);
        expect(start.getTime()).toBeLessThanOrEqual(ms);
        expect(end.getTime()).toBeGreaterThan(ms);
        const [previous] = monthsEnding(month, 2);
        expect(monthBounds(zone, previous ?? '').end).toEqual(start);
      }),
    );
  });
});
