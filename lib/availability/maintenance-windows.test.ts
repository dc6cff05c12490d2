import { describe, expect, it } from 'vitest';

import { MAINTENANCE_WINDOWS, upcomingPublicHolidays } from './index';

describe('the maintenance windows of §5', () => {
  it('are the nights 00:00–07:00, Sundays, public holidays and planned maintenance', () => {
    expect(MAINTENANCE_WINDOWS.map((window) => window.code)).toEqual(['nightly', 'sunday', 'public_holiday', 'planned']);
  });

  it('upcoming public holidays run into the next year', () => {
    expect(upcomingPublicHolidays('Europe/Paris', new Date('2026-12-20T12:00:00Z'), 3)).toEqual([
      { date: '2026-12-25', name: 'Noël' },
      { date: '2027-01-01', name: "Jour de l'an" },
      { date: '2027-03-29', name: 'Lundi de Pâques' },
    ]);
  });

  it('today counts, in the organization’s zone: 25 December 23:30 UTC is still Christmas in Cayenne, not in Paris', () => {
    const now = new Date('2026-12-25T23:30:00Z');
    expect(upcomingPublicHolidays('America/Cayenne', now, 1)).toEqual([{ date: '2026-12-25', name: 'Noël' }]);
    expect(upcomingPublicHolidays('Europe/Paris', now, 1)).toEqual([{ date: '2027-01-01', name: "Jour de l'an" }]);
  });

  it('gives as many as asked, over several years', () => {
    const holidays = upcomingPublicHolidays('Europe/Paris', new Date('2026-01-02T12:00:00Z'), 25);
    expect(holidays).toHaveLength(25);
    expect(holidays[0]?.date).toBe('2026-04-06');
    expect(upcomingPublicHolidays('Europe/Paris', new Date('2026-01-02T12:00:00Z'), 0)).toEqual([]);
  });

  it('refuses a bad count, zone or date', () => {
    expect(() => upcomingPublicHolidays('Europe/Paris', new Date(), -1)).toThrow(RangeError);
    expect(() => upcomingPublicHolidays('Mars/Olympus', new Date(), 1)).toThrow(RangeError);
    expect(() => upcomingPublicHolidays('Europe/Paris', new Date(NaN), 1)).toThrow(RangeError);
  });
});
