import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS, INCIDENT_CAUSE_LABELS, incidentBreakdown, monthlyAvailability, type Incident } from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LATER = new Date('2027-06-01T00:00:00Z');

type Row = Incident & { id: string };

function at(text: string, zone = 'Europe/Paris'): Date {
  const date = DateTime.fromISO(text, { zone });
  if (!date.isValid) throw new Error(`bad test time ${text}`);
  return date.toJSDate();
}

function fault(id: string, start: string, end: string | null): Row {
  return { id, start: at(start), end: end === null ? null : at(end), cause: 'fault', environment: 'production' };
}

/** Each incident's parts as { downtime, reason: ms }, in minutes, for readable expectations. */
function minutes(month: string, incidents: Row[], now = LATER, closedDays?: string[]) {
  return incidentBreakdown('Europe/Paris', month, incidents, now, closedDays).map((row) => ({
    id: row.incident.id,
    duration: row.durationMs / MINUTE,
    downtime: row.downtimeMs / MINUTE,
    ...Object.fromEntries(row.excluded.map((part) => [part.reason, part.ms / MINUTE])),
  }));
}

describe('incident breakdown: what each incident adds to TI, and why the rest does not count', () => {
  it('19:30 → 07:30 before a business day: 30 + 30 min counted, the evening outside the PRT, the night a maintenance window', () => {
    expect(minutes('2026-03', [fault('a', '2026-03-10T19:30', '2026-03-11T07:30')])).toEqual([
      { id: 'a', duration: 12 * 60, downtime: 60, outside_reference_period: 4 * 60, maintenance_window: 7 * 60 },
    ]);
  });

  it('Saturday is outside the PRT, Sunday and public holidays are maintenance windows (§5)', () => {
    expect(
      minutes('2026-05', [
        fault('saturday', '2026-05-02T10:00', '2026-05-02T12:00'),
        fault('sunday', '2026-05-03T10:00', '2026-05-03T12:00'),
        fault('ascension', '2026-05-14T10:00', '2026-05-14T12:00'),
      ]),
    ).toEqual([
      { id: 'saturday', duration: 120, downtime: 0, outside_reference_period: 120 },
      { id: 'sunday', duration: 120, downtime: 0, maintenance_window: 120 },
      { id: 'ascension', duration: 120, downtime: 0, maintenance_window: 120 },
    ]);
  });

  it('an organization’s closed day is outside the PRT, not a maintenance window', () => {
    expect(minutes('2026-03', [fault('a', '2026-03-10T10:00', '2026-03-10T12:00')], LATER, ['2026-03-10'])).toEqual([
      { id: 'a', duration: 120, downtime: 0, outside_reference_period: 120 },
    ]);
  });

  it('Sunday 29 March 01:00 → Monday 30 March 08:00 lasts 30 h (the clock skips an hour): 60 min counted, 29 h of windows', () => {
    expect(minutes('2026-03', [fault('a', '2026-03-29T01:00', '2026-03-30T08:00')])).toEqual([
      { id: 'a', duration: 30 * 60, downtime: 60, maintenance_window: 29 * 60 },
    ]);
  });

  it('Friday 23 October 19:00 → Monday 26 October 07:30 lasts 61 h 30 (the clock repeats an hour): 90 min counted', () => {
    expect(minutes('2026-10', [fault('a', '2026-10-23T19:00', '2026-10-26T07:30')])).toEqual([
      // Friday 20–24 h and Saturday 07–24 h; Saturday's night, Sunday's 25 h and Monday's night.
      { id: 'a', duration: 61 * 60 + 30, downtime: 90, outside_reference_period: 21 * 60, maintenance_window: 39 * 60 },
    ]);
  });

  it('an incident across a month end is split between the months', () => {
    const incidents = [fault('a', '2026-03-31T19:00', '2026-04-01T08:00')];
    expect(minutes('2026-03', incidents)).toEqual([{ id: 'a', duration: 5 * 60, downtime: 60, outside_reference_period: 4 * 60 }]);
    expect(minutes('2026-04', incidents)).toEqual([{ id: 'a', duration: 8 * 60, downtime: 60, maintenance_window: 7 * 60 }]);
  });

  it('an excluded cause is excluded whole, under the cause’s own label', () => {
    const incident: Row = { ...fault('a', '2026-03-10T19:00', '2026-03-10T21:00'), cause: 'external_system' };
    const [row] = incidentBreakdown('Europe/Paris', '2026-03', [incident], LATER);
    expect(row).toEqual({
      incident,
      durationMs: 2 * HOUR,
      downtimeMs: 0,
      excluded: [{ reason: 'excluded_cause', label: INCIDENT_CAUSE_LABELS.external_system, ms: 2 * HOUR }],
    });
  });

  it('another environment than production is excluded whole', () => {
    const incident: Row = { ...fault('a', '2026-03-10T10:00', '2026-03-10T12:00'), environment: 'other', cause: 'emergency_maintenance' };
    expect(incidentBreakdown('Europe/Paris', '2026-03', [incident], LATER)[0]?.excluded).toEqual([
      { reason: 'not_production', label: 'Hors environnement de production', ms: 2 * HOUR },
    ]);
  });

  describe('overlaps: the earliest-starting incident counts the shared time', () => {
    it('whatever the order given, and the rows keep that order', () => {
      const first = fault('a', '2026-03-10T10:00', '2026-03-10T11:00');
      const second = fault('b', '2026-03-10T10:30', '2026-03-10T12:00');
      const rows = incidentBreakdown('Europe/Paris', '2026-03', [second, first], LATER);
      expect(rows).toEqual([
        {
          incident: second,
          durationMs: 90 * MINUTE,
          downtimeMs: 60 * MINUTE,
          excluded: [{ reason: 'already_counted', label: EXCLUSION_REASON_LABELS.already_counted, ms: 30 * MINUTE, countedBy: ['a'] }],
        },
        { incident: first, durationMs: HOUR, downtimeMs: HOUR, excluded: [] },
      ]);
    });

    it('a tie on the start goes to the smaller id', () => {
      const rows = minutes('2026-03', [fault('y', '2026-03-10T10:00', '2026-03-10T11:00'), fault('x', '2026-03-10T10:00', '2026-03-10T10:30')]);
      expect(rows).toEqual([
        { id: 'y', duration: 60, downtime: 30, already_counted: 30 },
        { id: 'x', duration: 30, downtime: 30 },
      ]);
    });

    it('only time inside the PRT is "already counted"; the rest keeps its own reason', () => {
      const rows = minutes('2026-03', [fault('a', '2026-03-10T19:00', '2026-03-10T21:00'), fault('b', '2026-03-10T19:30', '2026-03-10T22:00')]);
      expect(rows).toEqual([
        { id: 'a', duration: 120, downtime: 60, outside_reference_period: 60 },
        { id: 'b', duration: 150, downtime: 0, outside_reference_period: 120, already_counted: 30 },
      ]);
    });

    it('names every incident that counted the shared time', () => {
      const incidents = [
        fault('a', '2026-03-10T10:00', '2026-03-10T11:00'),
        fault('b', '2026-03-10T10:30', '2026-03-10T11:30'),
        fault('c', '2026-03-10T10:45', '2026-03-10T12:00'),
      ];
      const rows = incidentBreakdown('Europe/Paris', '2026-03', incidents, LATER);
      expect(rows.map((row) => row.downtimeMs / MINUTE)).toEqual([60, 30, 30]);
      expect(rows[2]?.excluded).toEqual([
        { reason: 'already_counted', label: EXCLUSION_REASON_LABELS.already_counted, ms: 45 * MINUTE, countedBy: ['a', 'b'] },
      ]);
    });

    it('an excluded interruption never takes a fault’s time', () => {
      const maintenance: Row = { ...fault('m', '2026-03-10T09:00', '2026-03-10T12:00'), cause: 'planned_maintenance' };
      expect(minutes('2026-03', [maintenance, fault('f', '2026-03-10T11:00', '2026-03-10T13:00')])).toEqual([
        { id: 'm', duration: 180, downtime: 0, excluded_cause: 180 },
        { id: 'f', duration: 120, downtime: 120 },
      ]);
    });

    it('the counted parts add up to the month’s TI', () => {
      const incidents = [
        fault('a', '2026-03-10T10:00', '2026-03-10T11:00'),
        fault('b', '2026-03-10T10:30', '2026-03-11T08:30'),
        fault('c', '2026-03-11T08:00', null),
      ];
      const now = at('2026-03-11T09:00');
      const counted = incidentBreakdown('Europe/Paris', '2026-03', incidents, now).reduce((total, row) => total + row.downtimeMs, 0);
      expect(counted).toBe(monthlyAvailability('Europe/Paris', '2026-03', incidents, now)?.downtimeMs);
      // Tuesday 10:00–20:00, then Wednesday 07:00–09:00.
      expect(counted).toBe((10 * 60 + 2 * 60) * MINUTE);
    });
  });

  describe('measured at now', () => {
    it('the part of an incident after now is not yet elapsed', () => {
      expect(minutes('2026-03', [fault('a', '2026-03-10T10:00', '2026-03-10T12:00')], at('2026-03-10T10:45'))).toEqual([
        { id: 'a', duration: 120, downtime: 45, not_elapsed: 75 },
      ]);
    });

    it('an incident planned wholly after now is wholly not yet elapsed', () => {
      const maintenance: Row = { ...fault('a', '2026-03-20T22:00', '2026-03-21T02:00'), cause: 'planned_maintenance' };
      expect(minutes('2026-03', [maintenance], at('2026-03-10T10:45'))).toEqual([{ id: 'a', duration: 240, downtime: 0, not_elapsed: 240 }]);
    });

    it('an ongoing incident lasts until now', () => {
      expect(minutes('2026-03', [fault('a', '2026-03-10T10:00', null)], at('2026-03-10T10:45'))).toEqual([{ id: 'a', duration: 45, downtime: 45 }]);
    });
  });

  it('leaves out the incidents that do not overlap the month, or have not started', () => {
    const now = at('2026-03-10T10:45');
    const rows = minutes(
      '2026-03',
      [
        fault('february', '2026-02-10T10:00', '2026-02-10T11:00'),
        fault('touching', '2026-02-28T20:00', '2026-03-01T00:00'),
        fault('not-started', '2026-03-10T11:00', null),
        fault('march', '2026-03-10T10:00', '2026-03-10T10:30'),
      ],
      now,
    );
    expect(rows.map((row) => row.id)).toEqual(['march']);
  });

  it('labels every reason in French', () => {
    for (const reason of EXCLUSION_REASONS) expect(EXCLUSION_REASON_LABELS[reason]).toMatch(/^[A-ZÀ-Ý]/);
  });
});
