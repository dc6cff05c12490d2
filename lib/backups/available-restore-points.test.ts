import { Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';

import { availableRestorePoints, type RestorePoint } from './index';

const PARIS = { timeZone: 'Europe/Paris' };
const utc = (iso: string) => new Date(iso);
const rows = (points: RestorePoint[]) => points.map((p) => [p.kind, p.takenAt.toISOString(), p.expiresAt.toISOString()]);
const taken = (points: RestorePoint[]) => points.map((p) => p.takenAt.toISOString());
const ms = (iso: string, delta: number) => new Date(new Date(iso).getTime() + delta);

describe('availableRestorePoints (§7)', () => {
  it('lists, on 31 March 2026 at 10:00 in Paris, the daily points of the last 30 days and the monthly ones of January, February and March', () => {
    // Local 02:00 is 01:00Z before the spring change (29 March, where 02:00 does not exist and
    // becomes 03:00 CEST, 01:00Z again) and 00:00Z after it. 1 December's monthly point expired
    // on 1 March at 02:00; 1 March's is monthly only; 28 February's daily expired on 30 March.
    expect(rows(availableRestorePoints(utc('2026-03-31T08:00:00Z'), PARIS))).toEqual([
      ['daily', '2026-03-31T00:00:00.000Z', '2026-04-30T00:00:00.000Z'],
      ['daily', '2026-03-30T00:00:00.000Z', '2026-04-29T00:00:00.000Z'],
      ['daily', '2026-03-29T01:00:00.000Z', '2026-04-28T00:00:00.000Z'],
      ['daily', '2026-03-28T01:00:00.000Z', '2026-04-27T00:00:00.000Z'],
      ['daily', '2026-03-27T01:00:00.000Z', '2026-04-26T00:00:00.000Z'],
      ['daily', '2026-03-26T01:00:00.000Z', '2026-04-25T00:00:00.000Z'],
      ['daily', '2026-03-25T01:00:00.000Z', '2026-04-24T00:00:00.000Z'],
      ['daily', '2026-03-24T01:00:00.000Z', '2026-04-23T00:00:00.000Z'],
      ['daily', '2026-03-23T01:00:00.000Z', '2026-04-22T00:00:00.000Z'],
      ['daily', '2026-03-22T01:00:00.000Z', '2026-04-21T00:00:00.000Z'],
      ['daily', '2026-03-21T01:00:00.000Z', '2026-04-20T00:00:00.000Z'],
      ['daily', '2026-03-20T01:00:00.000Z', '2026-04-19T00:00:00.000Z'],
      ['daily', '2026-03-19T01:00:00.000Z', '2026-04-18T00:00:00.000Z'],
      ['daily', '2026-03-18T01:00:00.000Z', '2026-04-17T00:00:00.000Z'],
      ['daily', '2026-03-17T01:00:00.000Z', '2026-04-16T00:00:00.000Z'],
      ['daily', '2026-03-16T01:00:00.000Z', '2026-04-15T00:00:00.000Z'],
      ['daily', '2026-03-15T01:00:00.000Z', '2026-04-14T00:00:00.000Z'],
      ['daily', '2026-03-14T01:00:00.000Z', '2026-04-13T00:00:00.000Z'],
      ['daily', '2026-03-13T01:00:00.000Z', '2026-04-12T00:00:00.000Z'],
      ['daily', '2026-03-12T01:00:00.000Z', '2026-04-11T00:00:00.000Z'],
      ['daily', '2026-03-11T01:00:00.000Z', '2026-04-10T00:00:00.000Z'],
      ['daily', '2026-03-10T01:00:00.000Z', '2026-04-09T00:00:00.000Z'],
      ['daily', '2026-03-09T01:00:00.000Z', '2026-04-08T00:00:00.000Z'],
      ['daily', '2026-03-08T01:00:00.000Z', '2026-04-07T00:00:00.000Z'],
      ['daily', '2026-03-07T01:00:00.000Z', '2026-04-06T00:00:00.000Z'],
      ['daily', '2026-03-06T01:00:00.000Z', '2026-04-05T00:00:00.000Z'],
      ['daily', '2026-03-05T01:00:00.000Z', '2026-04-04T00:00:00.000Z'],
      ['daily', '2026-03-04T01:00:00.000Z', '2026-04-03T00:00:00.000Z'],
      ['daily', '2026-03-03T01:00:00.000Z', '2026-04-02T00:00:00.000Z'],
      ['daily', '2026-03-02T01:00:00.000Z', '2026-04-01T00:00:00.000Z'],
      ['monthly', '2026-03-01T01:00:00.000Z', '2026-06-01T00:00:00.000Z'],
      ['monthly', '2026-02-01T01:00:00.000Z', '2026-05-01T00:00:00.000Z'],
      ['monthly', '2026-01-01T01:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ]);
  });

  it("keeps 1 December's monthly point until 1 March at 02:00, the moment 1 March's is taken", () => {
    const before = availableRestorePoints(utc('2026-03-01T00:59:59.999Z'), PARIS);
    expect(before.filter((p) => p.kind === 'monthly').map((p) => p.takenAt.toISOString())).toEqual([
      '2026-02-01T01:00:00.000Z',
      '2026-01-01T01:00:00.000Z',
      '2025-12-01T01:00:00.000Z',
    ]);
    const at = availableRestorePoints(utc('2026-03-01T01:00:00Z'), PARIS);
    expect(at.filter((p) => p.kind === 'monthly').map((p) => p.takenAt.toISOString())).toEqual([
      '2026-03-01T01:00:00.000Z',
      '2026-02-01T01:00:00.000Z',
      '2026-01-01T01:00:00.000Z',
    ]);
  });

  it('never lists the 1st of a month as a daily point', () => {
    for (const now of ['2026-03-31T08:00:00Z', '2026-03-01T08:00:00Z', '2026-07-15T08:00:00Z']) {
      const firsts = availableRestorePoints(utc(now), PARIS).filter((p) => p.takenAt.toISOString().slice(8, 10) === '01');
      expect(firsts.length).toBeGreaterThan(0);
      for (const point of firsts) expect(point.kind).toBe('monthly');
    }
  });

  it('lists a daily point from the instant it is taken until exactly 30 days later (present at expiresAt − 1 ms, absent at expiresAt)', () => {
    const takenAt = '2026-03-10T01:00:00.000Z';
    expect(taken(availableRestorePoints(ms(takenAt, -1), PARIS))).not.toContain(takenAt);
    expect(taken(availableRestorePoints(utc(takenAt), PARIS))[0]).toBe(takenAt);
    const point = availableRestorePoints(utc(takenAt), PARIS)[0];
    expect(point?.expiresAt.toISOString()).toBe('2026-04-09T00:00:00.000Z'); // 02:00 CEST, 30 calendar days on
    expect(taken(availableRestorePoints(ms('2026-04-09T00:00:00Z', -1), PARIS))).toContain(takenAt);
    expect(taken(availableRestorePoints(utc('2026-04-09T00:00:00Z'), PARIS))).not.toContain(takenAt);
  });

  it('lists a monthly point until the same local time 3 months later', () => {
    const takenAt = '2026-02-01T01:00:00.000Z';
    expect(taken(availableRestorePoints(utc('2026-04-30T22:00:00Z'), PARIS))).toContain(takenAt); // 1 May, 00:00 CEST
    expect(taken(availableRestorePoints(ms('2026-05-01T00:00:00Z', -1), PARIS))).toContain(takenAt);
    expect(taken(availableRestorePoints(utc('2026-05-01T00:00:00Z'), PARIS))).not.toContain(takenAt);
  });

  it('sorts the points newest first', () => {
    const points = availableRestorePoints(utc('2026-08-20T12:00:00Z'), PARIS);
    const times = points.map((p) => p.takenAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(times).size).toBe(times.length);
  });

  it('takes 02:00 by default', () => {
    const now = utc('2026-05-10T12:00:00Z');
    expect(availableRestorePoints(now, PARIS)).toEqual(availableRestorePoints(now, { ...PARIS, dailyAt: '02:00' }));
  });

  it('counts the calendar across a leap day', () => {
    const options = { timeZone: 'Europe/Paris' };
    // 31 January 2028 + 30 days is 1 March (29 days in February 2028).
    expect(taken(availableRestorePoints(utc('2028-03-01T00:59:59.999Z'), options))).toContain('2028-01-31T01:00:00.000Z');
    expect(taken(availableRestorePoints(utc('2028-03-01T01:00:00Z'), options))).not.toContain('2028-01-31T01:00:00.000Z');
  });

  it('refuses bad arguments', () => {
    expect(() => availableRestorePoints(utc('2026-03-31T08:00:00Z'), { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => availableRestorePoints(utc('2026-03-31T08:00:00Z'), { ...PARIS, dailyAt: '2:00' })).toThrow(RangeError);
    expect(() => availableRestorePoints(new Date(Number.NaN), PARIS)).toThrow(RangeError);
  });
});

describe('availableRestorePoints around clock changes (dailyAt 02:30 in Paris)', () => {
  const options = { timeZone: 'Europe/Paris', dailyAt: '02:30' };
  const originalNow = Settings.now;
  afterEach(() => {
    Settings.now = originalNow;
  });

  it('takes the spring backup at 03:30 CEST, 02:30 not existing that night', () => {
    const points = availableRestorePoints(utc('2026-03-29T10:00:00Z'), options);
    expect(rows(points.slice(0, 2))).toEqual([
      ['daily', '2026-03-29T01:30:00.000Z', '2026-04-28T00:30:00.000Z'],
      ['daily', '2026-03-28T01:30:00.000Z', '2026-04-27T00:30:00.000Z'],
    ]);
    expect(taken(availableRestorePoints(utc('2026-03-29T01:29:59.999Z'), options))[0]).toBe('2026-03-28T01:30:00.000Z');
  });

  it('moves an expiry that falls on the skipped hour forward by the gap too', () => {
    // 27 February + 30 days = 29 March, 02:30 → 03:30 CEST.
    const takenAt = '2026-02-27T01:30:00.000Z';
    expect(taken(availableRestorePoints(utc('2026-03-29T01:29:59.999Z'), options))).toContain(takenAt);
    expect(taken(availableRestorePoints(utc('2026-03-29T01:30:00Z'), options))).not.toContain(takenAt);
  });

  it('takes the autumn backup at the first 02:30 (CEST), not the second (CET)', () => {
    expect(taken(availableRestorePoints(utc('2026-10-25T00:29:59.999Z'), options))[0]).toBe('2026-10-24T00:30:00.000Z');
    expect(rows(availableRestorePoints(utc('2026-10-25T00:30:00Z'), options).slice(0, 1))).toEqual([
      ['daily', '2026-10-25T00:30:00.000Z', '2026-11-24T01:30:00.000Z'],
    ]);
  });

  it('expires on the first 02:30 of the autumn night too, whatever the machine clock says', () => {
    // 25 September + 30 days = 25 October, first 02:30 = 00:30Z (the second is 01:30Z).
    const takenAt = '2026-09-25T00:30:00.000Z';
    for (const machineNow of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)]) {
      Settings.now = () => machineNow;
      expect(taken(availableRestorePoints(utc('2026-10-25T00:29:59.999Z'), options))).toContain(takenAt);
      expect(taken(availableRestorePoints(utc('2026-10-25T00:30:00Z'), options))).not.toContain(takenAt);
    }
  });
});

describe('availableRestorePoints overseas', () => {
  it('runs at 02:00 in La Réunion (UTC+4), so the night of 31 March is 30 March 22:00 UTC', () => {
    const points = availableRestorePoints(utc('2026-03-31T06:00:00Z'), { timeZone: 'Indian/Reunion' });
    expect(rows(points.slice(0, 1))).toEqual([['daily', '2026-03-30T22:00:00.000Z', '2026-04-29T22:00:00.000Z']]);
    expect(rows(points.filter((p) => p.kind === 'monthly'))).toEqual([
      ['monthly', '2026-02-28T22:00:00.000Z', '2026-05-31T22:00:00.000Z'],
      ['monthly', '2026-01-31T22:00:00.000Z', '2026-04-30T22:00:00.000Z'],
      ['monthly', '2025-12-31T22:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    ]);
    expect(points).toHaveLength(33);
  });

  it("uses Nouméa's calendar (UTC+11): 1 April there is still 31 March in UTC", () => {
    const options = { timeZone: 'Pacific/Noumea' };
    expect(rows(availableRestorePoints(utc('2026-03-31T15:00:00Z'), options).slice(0, 1))).toEqual([
      ['monthly', '2026-03-31T15:00:00.000Z', '2026-06-30T15:00:00.000Z'],
    ]);
    expect(rows(availableRestorePoints(utc('2026-03-31T14:59:59.999Z'), options).slice(0, 1))).toEqual([
      ['daily', '2026-03-30T15:00:00.000Z', '2026-04-29T15:00:00.000Z'],
    ]);
  });

  it('takes the 1st of November in Miquelon at its first 01:30, and keeps it until 1 February at 01:30', () => {
    const options = { timeZone: 'America/Miquelon', dailyAt: '01:30' };
    // Clocks go back from 02:00 (UTC−2) to 01:00 (UTC−3) that night: 01:30 is shown twice.
    expect(rows(availableRestorePoints(utc('2026-11-01T03:30:00Z'), options).slice(0, 1))).toEqual([
      ['monthly', '2026-11-01T03:30:00.000Z', '2027-02-01T04:30:00.000Z'],
    ]);
    expect(taken(availableRestorePoints(utc('2026-11-01T03:29:59.999Z'), options))[0]).toBe('2026-10-31T03:30:00.000Z');
  });

  it('moves the spring backup in Miquelon forward by the gap (02:30 → 03:30 UTC−2)', () => {
    const options = { timeZone: 'America/Miquelon', dailyAt: '02:30' };
    expect(taken(availableRestorePoints(utc('2026-03-08T06:00:00Z'), options)).slice(0, 2)).toEqual(['2026-03-08T05:30:00.000Z', '2026-03-07T05:30:00.000Z']);
  });
});
