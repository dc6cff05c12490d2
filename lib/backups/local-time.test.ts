import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';

import { instantOfLocalTime, localDateOf, shiftLocalDate, timeZoneOf, type LocalDate } from './local-time';

const date = (iso: string): LocalDate => {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return { year, month, day };
};
const at = (iso: string, hhmm: string, zone: string) => {
  const [hour = NaN, minute = NaN] = hhmm.split(':').map(Number);
  return instantOfLocalTime(date(iso), { hour, minute }, timeZoneOf(zone)).toISOString();
};

describe('instantOfLocalTime', () => {
  const originalNow = Settings.now;
  afterEach(() => {
    Settings.now = originalNow;
  });

  it.each([
    // An ordinary night, winter and summer.
    ['Europe/Paris', '2026-01-15', '02:00', '2026-01-15T01:00:00.000Z'],
    ['Europe/Paris', '2026-07-15', '02:00', '2026-07-15T00:00:00.000Z'],
    // Spring forward (29 March 2026, 02:00 → 03:00): a skipped time moves forward by the gap.
    ['Europe/Paris', '2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['Europe/Paris', '2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Paris', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['Europe/Paris', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Paris', '2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
    // Fall back (25 October 2026, 03:00 → 02:00): a repeated time is its first occurrence.
    ['Europe/Paris', '2026-10-25', '01:59', '2026-10-24T23:59:00.000Z'],
    ['Europe/Paris', '2026-10-25', '02:00', '2026-10-25T00:00:00.000Z'],
    ['Europe/Paris', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Paris', '2026-10-25', '02:59', '2026-10-25T00:59:00.000Z'],
    ['Europe/Paris', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    // Saint-Pierre-et-Miquelon changes at 02:00 local, on 8 March and 1 November 2026.
    ['America/Miquelon', '2026-03-08', '02:30', '2026-03-08T05:30:00.000Z'],
    ['America/Miquelon', '2026-11-01', '01:00', '2026-11-01T03:00:00.000Z'],
    ['America/Miquelon', '2026-11-01', '01:30', '2026-11-01T03:30:00.000Z'],
    ['America/Miquelon', '2026-11-01', '02:00', '2026-11-01T05:00:00.000Z'],
    // Zones without clock changes, ahead of UTC enough to change the date.
    ['Indian/Reunion', '2026-03-01', '02:00', '2026-02-28T22:00:00.000Z'],
    ['Pacific/Noumea', '2026-03-01', '02:00', '2026-02-28T15:00:00.000Z'],
    ['America/Cayenne', '2026-03-01', '02:00', '2026-03-01T05:00:00.000Z'],
  ])('in %s, %s at %s is %s', (zone, iso, hhmm, expected) => {
    expect(at(iso, hhmm, zone)).toBe(expected);
  });

  it("decides a repeated time itself, whatever luxon's clock says (luxon guesses from now)", () => {
    for (const now of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)]) {
      Settings.now = () => now;
      expect(at('2026-10-25', '02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
      expect(at('2026-11-01', '01:30', 'America/Miquelon')).toBe('2026-11-01T03:30:00.000Z');
    }
  });

  it('refuses an unknown zone', () => {
    expect(() => timeZoneOf('Europe/Pariss')).toThrow(RangeError);
    expect(() => timeZoneOf('')).toThrow(RangeError);
  });
});

describe('local dates', () => {
  it("reads an instant's date in the zone, not in UTC", () => {
    const instant = new Date('2026-03-31T15:30:00Z');
    expect(localDateOf(instant, timeZoneOf('Pacific/Noumea'))).toEqual(date('2026-04-01'));
    expect(localDateOf(instant, timeZoneOf('America/Miquelon'))).toEqual(date('2026-03-31'));
  });

  it.each([
    ['2026-02-01', { days: 30 }, '2026-03-03'],
    ['2026-03-31', { days: 30 }, '2026-04-30'],
    ['2028-01-31', { days: 30 }, '2028-03-01'],
    ['2026-12-01', { months: 3 }, '2027-03-01'],
    ['2026-11-30', { months: 3 }, '2027-02-28'],
    ['2026-03-01', { months: -3 }, '2025-12-01'],
  ])('%s shifted by %j is %s', (from, shift, expected) => {
    expect(shiftLocalDate(date(from), shift)).toEqual(date(expected));
  });

  it('agrees with luxon on the local date of a time it resolves', () => {
    const zone = timeZoneOf('Europe/Paris');
    const instant = instantOfLocalTime(date('2026-03-29'), { hour: 2, minute: 30 }, zone);
    expect(DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-29 03:30');
  });
});

describe('instantOfLocalTime, against a brute-force search', () => {
  const MINUTE = 60_000;
  // The 2026 clock changes: Paris and Miquelon at night, Havana at midnight, Lord Howe by half
  // an hour, Santiago at 24:00 (so 4 April's 23:xx repeats, 6 September's 00:xx is skipped).
  const CHANGES: Record<string, string[]> = {
    'Europe/Paris': ['2026-03-29', '2026-10-25'],
    'America/Miquelon': ['2026-03-08', '2026-11-01'],
    'America/Havana': ['2026-03-08', '2026-11-01'],
    'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
    'America/Santiago': ['2026-04-04', '2026-09-06'],
    'Pacific/Noumea': [],
  };
  const anyNight = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 11, 31) }).map((ms) => {
    const { year, month, day } = DateTime.fromMillis(ms, { zone: 'UTC' });
    return { year, month, day };
  });
  const quarter = fc.integer({ min: 0, max: 24 * 4 - 1 });
  const cases = fc.oneof(
    fc.record({ zone: fc.constantFrom(...Object.keys(CHANGES)), night: anyNight, quarter }),
    // The change nights, at the hours around the change.
    fc
      .constantFrom(...Object.entries(CHANGES).flatMap(([zone, nights]) => nights.map((night) => ({ zone, night: date(night) }))))
      .chain((change) => fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 88, max: 95 })).map((q) => ({ ...change, quarter: q }))),
  );

  it('gives the earliest instant showing the wall time, or else moves it forward by the gap', () => {
    let repeated = 0;
    let skipped = 0;
    fc.assert(
      fc.property(cases, ({ zone: zoneName, night, quarter: q }) => {
        const zone = timeZoneOf(zoneName);
        const time = { hour: Math.floor(q / 4), minute: (q % 4) * 15 };
        const wall = Date.UTC(night.year, night.month - 1, night.day, time.hour, time.minute);
        const wallOf = (instant: number) => instant + zone.offset(instant) * MINUTE;
        const showing: number[] = [];
        for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
          if (wallOf(wall - offset * MINUTE) === wall) showing.push(wall - offset * MINUTE);
        }
        const result = instantOfLocalTime(night, time, zone).getTime();
        if (showing.length > 0) {
          if (showing.length > 1) repeated++;
          expect(result).toBe(Math.min(...showing));
        } else {
          skipped++;
          const gap = (zone.offset(result) - zone.offset(result - 86_400_000)) * MINUTE;
          expect(gap).toBeGreaterThan(0);
          expect(wallOf(result) - wall).toBe(gap);
        }
      }),
      { numRuns: 500 },
    );
    // The search did meet both kinds of clock-change night.
    expect(repeated).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
  });
});
