import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { INCIDENT_CAUSES, availabilityHistory, monthlyAvailability, monthsEnding, referencePeriodMs, type Incident } from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A local wall time that exists once in `zone`. */
function at(text: string, zone = 'Europe/Paris'): Date {
  const date = DateTime.fromISO(text, { zone });
  if (!date.isValid) throw new Error(`bad test time ${text}`);
  return date.toJSDate();
}

function fault(start: string, end: string | null, zone = 'Europe/Paris'): Incident {
  return { start: at(start, zone), end: end === null ? null : at(end, zone), cause: 'fault', environment: 'production' };
}

/** Well after 2026: every month below is over. */
const LATER = new Date('2027-06-01T00:00:00Z');

const downtime = (month: string, incidents: Incident[], now = LATER, zone = 'Europe/Paris', closedDays?: string[]) =>
  monthlyAvailability(zone, month, incidents, now, closedDays)?.downtimeMs;

describe('monthly availability TD = (PRT − Σ TI) / PRT × 100 (§6)', () => {
  it('a month without incidents is at 100 %', () => {
    expect(monthlyAvailability('Europe/Paris', '2026-03', [], LATER)).toEqual({
      referenceMs: 22 * 13 * HOUR,
      downtimeMs: 0,
      rate: 100,
    });
  });

  it('a fault on a Tuesday 10:00–10:30 counts 30 minutes and the rate follows', () => {
    const result = monthlyAvailability('Europe/Paris', '2026-03', [fault('2026-03-10T10:00', '2026-03-10T10:30')], LATER);
    expect(result?.downtimeMs).toBe(30 * MINUTE);
    expect(result?.rate).toBeCloseTo((100 * (22 * 13 * 60 - 30)) / (22 * 13 * 60), 12);
  });

  it('an incident over a weekend counts nothing (Saturday 7 March 09:00 → Sunday 8 March 23:00)', () => {
    expect(downtime('2026-03', [fault('2026-03-07T09:00', '2026-03-08T23:00')])).toBe(0);
  });

  it('an incident 19:30 → 07:30 overnight before a business day counts 30 + 30 minutes', () => {
    expect(downtime('2026-03', [fault('2026-03-10T19:30', '2026-03-11T07:30')])).toBe(60 * MINUTE);
  });

  it('an incident on a public holiday counts nothing (Ascension, Thursday 14 May 2026)', () => {
    expect(downtime('2026-05', [fault('2026-05-14T08:00', '2026-05-14T18:00')])).toBe(0);
  });

  it('two overlapping incidents count their union, once', () => {
    const incidents = [fault('2026-03-10T10:00', '2026-03-10T11:00'), fault('2026-03-10T10:30', '2026-03-10T12:00')];
    expect(downtime('2026-03', incidents)).toBe(2 * HOUR);
  });

  it('an incident inside another, or entered twice, adds nothing', () => {
    const outer = fault('2026-03-10T09:00', '2026-03-10T12:00');
    expect(downtime('2026-03', [outer, fault('2026-03-10T10:00', '2026-03-10T11:00'), outer])).toBe(3 * HOUR);
  });

  it('incidents that only touch end to end count both', () => {
    const incidents = [fault('2026-03-10T10:00', '2026-03-10T11:00'), fault('2026-03-10T11:00', '2026-03-10T12:00')];
    expect(downtime('2026-03', incidents)).toBe(2 * HOUR);
  });

  it('an incident across a month end is split between the months (Tuesday 31 March 19:00 → Wednesday 1 April 08:00)', () => {
    const incidents = [fault('2026-03-31T19:00', '2026-04-01T08:00')];
    expect(downtime('2026-03', incidents)).toBe(HOUR);
    expect(downtime('2026-04', incidents)).toBe(HOUR);
  });

  it('the month end is local midnight in the organization’s zone (La Réunion, UTC+4)', () => {
    // 31 March 19:00 → 1 April 08:00 in La Réunion: 15:00Z → 04:00Z.
    const incidents = [fault('2026-03-31T19:00', '2026-04-01T08:00', 'Indian/Reunion')];
    expect(downtime('2026-03', incidents, LATER, 'Indian/Reunion')).toBe(HOUR);
    expect(downtime('2026-04', incidents, LATER, 'Indian/Reunion')).toBe(HOUR);
  });

  it('the PRT is the organization’s: the same instants count in La Réunion, not in Paris', () => {
    // 05:00Z–06:00Z on Tuesday 10 March: 09:00–10:00 in La Réunion, 06:00–07:00 in Paris.
    const incidents: Incident[] = [
      { start: new Date('2026-03-10T05:00:00Z'), end: new Date('2026-03-10T06:00:00Z'), cause: 'fault', environment: 'production' },
    ];
    expect(downtime('2026-03', incidents, LATER, 'Indian/Reunion')).toBe(HOUR);
    expect(downtime('2026-03', incidents, LATER, 'Europe/Paris')).toBe(0);
  });

  it.each(INCIDENT_CAUSES.filter((cause) => cause !== 'fault'))('an interruption caused by %s counts nothing (§6 i–v)', (cause) => {
    const incident: Incident = { ...fault('2026-03-10T10:00', '2026-03-10T12:00'), cause };
    expect(downtime('2026-03', [incident])).toBe(0);
  });

  it('a fault of another environment than production counts nothing (§6)', () => {
    expect(downtime('2026-03', [{ ...fault('2026-03-10T10:00', '2026-03-10T12:00'), environment: 'other' }])).toBe(0);
  });

  it('an excluded interruption does not hide a fault that overlaps it', () => {
    const maintenance: Incident = { ...fault('2026-03-10T09:00', '2026-03-10T12:00'), cause: 'emergency_maintenance' };
    expect(downtime('2026-03', [maintenance, fault('2026-03-10T11:00', '2026-03-10T13:00')])).toBe(2 * HOUR);
  });

  describe('across the clock changes in Paris', () => {
    it('Sunday 29 March 2026 01:00 → Monday 30 March 08:00 counts exactly 60 minutes', () => {
      expect(downtime('2026-03', [fault('2026-03-29T01:00', '2026-03-30T08:00')])).toBe(60 * MINUTE);
    });

    it('Friday 23 October 19:00 → Monday 26 October 07:30 counts 60 + 30 minutes', () => {
      expect(downtime('2026-10', [fault('2026-10-23T19:00', '2026-10-26T07:30')])).toBe(90 * MINUTE);
    });

    it('two whole days from the Sunday of the change count the Monday’s 13 h, not 12 or 14', () => {
      expect(downtime('2026-03', [fault('2026-03-29T00:00', '2026-03-31T00:00')])).toBe(13 * HOUR);
      expect(downtime('2026-10', [fault('2026-10-25T00:00', '2026-10-27T00:00')])).toBe(13 * HOUR);
    });
  });

  describe('measured at now', () => {
    it('an ongoing incident counts until now', () => {
      const now = at('2026-03-09T10:45');
      expect(downtime('2026-03', [fault('2026-03-09T10:00', null)], now)).toBe(45 * MINUTE);
    });

    it('an ongoing incident of a past month counts until that month’s end', () => {
      expect(downtime('2026-03', [fault('2026-03-31T19:00', null)], at('2026-04-15T12:00'))).toBe(HOUR);
    });

    it('the part of an incident after now counts nothing yet', () => {
      const now = at('2026-03-09T10:45');
      expect(downtime('2026-03', [fault('2026-03-09T10:00', '2026-03-09T12:00')], now)).toBe(45 * MINUTE);
      expect(downtime('2026-03', [fault('2026-03-09T11:00', '2026-03-09T12:00')], now)).toBe(0);
    });

    it('a month in progress has its PRT up to now: Wednesday 11 March 2026 12:00 → 7 days × 13 h + 5 h', () => {
      const now = at('2026-03-11T12:00');
      const result = monthlyAvailability('Europe/Paris', '2026-03', [fault('2026-03-11T11:00', null)], now);
      expect(result).toEqual({
        referenceMs: (7 * 13 + 5) * HOUR,
        downtimeMs: HOUR,
        rate: (100 * (7 * 13 + 4)) / (7 * 13 + 5),
      });
    });

    it('a month over is measured whole', () => {
      expect(monthlyAvailability('Europe/Paris', '2026-03', [], at('2026-04-01T00:00'))?.referenceMs).toBe(referencePeriodMs('Europe/Paris', '2026-03'));
    });

    it('a month not begun is null', () => {
      expect(monthlyAvailability('Europe/Paris', '2026-05', [fault('2026-05-04T10:00', null)], at('2026-04-20T12:00'))).toBeNull();
    });

    it('a month begun but with no reference time yet is null, never NaN (Wednesday 1 April 06:00)', () => {
      const now = at('2026-04-01T06:00');
      expect(monthlyAvailability('Europe/Paris', '2026-04', [fault('2026-04-01T05:00', null)], now)).toBeNull();
      expect(monthlyAvailability('Europe/Paris', '2026-04', [], at('2026-04-01T07:00'))).toBeNull();
      expect(monthlyAvailability('Europe/Paris', '2026-04', [], at('2026-04-01T07:01'))?.referenceMs).toBe(MINUTE);
    });

    it('a month that began on a weekend has no rate until Monday 07:00 (March 2026 began on a Sunday)', () => {
      expect(monthlyAvailability('Europe/Paris', '2026-03', [], at('2026-03-02T06:59'))).toBeNull();
    });

    it('a month entirely down is at 0 %', () => {
      const now = at('2026-03-11T12:00');
      expect(monthlyAvailability('Europe/Paris', '2026-03', [fault('2026-02-20T00:00', null)], now)?.rate).toBe(0);
    });
  });

  describe('closed days of the organization', () => {
    it('leave the PRT and never count as downtime', () => {
      const closed = ['2026-03-10'];
      const incidents = [fault('2026-03-10T08:00', '2026-03-11T08:00')];
      const result = monthlyAvailability('Europe/Paris', '2026-03', incidents, LATER, closed);
      expect(result).toEqual({ referenceMs: 21 * 13 * HOUR, downtimeMs: HOUR, rate: (100 * (21 * 13 - 1)) / (21 * 13) });
    });

    it('a month whose every working day so far is closed has no rate yet', () => {
      const closed = ['2026-03-02', '2026-03-03'];
      expect(monthlyAvailability('Europe/Paris', '2026-03', [], at('2026-03-03T23:00'), closed)).toBeNull();
    });
  });

  describe('bad input', () => {
    it('refuses an incident that ends before it starts, an invalid date or an invalid now', () => {
      expect(() => downtime('2026-03', [fault('2026-03-10T11:00', '2026-03-10T10:00')])).toThrow(RangeError);
      expect(() => downtime('2026-03', [{ ...fault('2026-03-10T11:00', null), start: new Date(NaN) }])).toThrow(RangeError);
      expect(() => downtime('2026-03', [], new Date(NaN))).toThrow(RangeError);
    });

    it('a zero-length incident counts nothing', () => {
      expect(downtime('2026-03', [fault('2026-03-10T11:00', '2026-03-10T11:00')])).toBe(0);
    });
  });
});

describe('availability history (the 12-month chart)', () => {
  it('gives each month in order, with null for months without reference time yet', () => {
    const now = at('2026-04-01T06:00');
    const incidents = [fault('2026-03-31T19:00', null)];
    const history = availabilityHistory('Europe/Paris', monthsEnding('2026-05', 4), incidents, now);
    expect(history).toEqual([
      { month: '2026-02', referenceMs: 20 * 13 * HOUR, downtimeMs: 0, rate: 100 },
      { month: '2026-03', referenceMs: 22 * 13 * HOUR, downtimeMs: HOUR, rate: (100 * (22 * 13 - 1)) / (22 * 13) },
      { month: '2026-04', rate: null },
      { month: '2026-05', rate: null },
    ]);
  });

  it('an incident across months weighs on each month with its own share', () => {
    // Friday 30 January 19:00 → Monday 2 February 08:00.
    const incidents = [fault('2026-01-30T19:00', '2026-02-02T08:00')];
    const [january, february] = availabilityHistory('Europe/Paris', ['2026-01', '2026-02'], incidents, LATER);
    expect(january).toMatchObject({ downtimeMs: HOUR });
    expect(february).toMatchObject({ downtimeMs: HOUR });
  });
});
