import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { frenchPublicHolidays } from '@/lib/calendar';

import { INCIDENT_CAUSES, incidentBreakdown, monthlyAvailability, type ExclusionReason, type Incident, type IncidentBreakdown } from './index';

// A brute-force oracle: every quarter-hour of the month is classified from its local wall
// time (luxon reads an instant's local time exactly), then incidents on the same grid are
// counted quarter by quarter. The module, which measures intervals with the calendar
// engine, must agree to the ms. The zones' offsets are whole hours, so the PRT's edges fall
// on the grid; Paris and Miquelon change clocks in March, October and November.

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const DAY = 24 * 60 * MINUTE;
const ZONES = ['Europe/Paris', 'America/Miquelon', 'Indian/Reunion', 'Pacific/Noumea'];
const MONTHS = ['2026-03', '2026-05', '2026-10', '2026-11'];
const CLOSED_DAY_CHOICES = ['2026-03-10', '2026-03-30', '2026-05-13', '2026-05-15', '2026-10-26', '2026-11-02', '2026-11-30'];

type Slot = 'reference' | 'maintenance_window' | 'outside_reference_period';
type Row = Incident & { id: string };

interface Quarter {
  date: string;
  /** Night, Sunday or public holiday (§5). */
  window: boolean;
  /** Saturday or 20:00–24:00. */
  evening: boolean;
}

const quarterCache = new Map<string, { start: number; end: number; quarters: Quarter[] }>();

function monthQuarters(timeZone: string, month: string) {
  const key = `${timeZone} ${month}`;
  let cached = quarterCache.get(key);
  if (cached === undefined) {
    const first = DateTime.fromISO(`${month}-01T00:00`, { zone: timeZone });
    const start = first.toMillis();
    const end = first.plus({ months: 1 }).toMillis();
    const holidays = new Set(frenchPublicHolidays(first.year));
    const quarters: Quarter[] = [];
    for (let instant = start; instant < end; instant += QUARTER) {
      const local = DateTime.fromMillis(instant, { zone: timeZone });
      const date = local.toISODate() ?? '';
      quarters.push({
        date,
        window: local.hour < 7 || local.weekday === 7 || holidays.has(date),
        evening: local.weekday === 6 || local.hour >= 20,
      });
    }
    cached = { start, end, quarters };
    quarterCache.set(key, cached);
  }
  return cached;
}

function monthSlots(timeZone: string, month: string, closedDays: string[]) {
  const { start, end, quarters } = monthQuarters(timeZone, month);
  const slots = quarters.map(({ date, window, evening }): Slot =>
    window ? 'maintenance_window' : evening || closedDays.includes(date) ? 'outside_reference_period' : 'reference',
  );
  return { start, end, slots };
}

type Parts = Partial<Record<ExclusionReason | 'downtime', number>>;

function oracle(timeZone: string, month: string, incidents: Row[], now: number, closedDays: string[]) {
  const { start, end, slots } = monthSlots(timeZone, month, closedDays);
  const effectiveEnd = (incident: Row) => (incident.end === null ? now : incident.end.getTime());
  const order = [...incidents].sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = (incident: Row) => incident.cause === 'fault' && incident.environment === 'production';
  const rows = new Map<Row, Parts>();
  order.forEach((incident, rank) => {
    const parts: Parts = {};
    const add = (key: keyof Parts) => (parts[key] = (parts[key] ?? 0) + QUARTER);
    const from = Math.max(incident.start.getTime(), start);
    const to = Math.min(effectiveEnd(incident), end);
    for (let instant = from; instant < to; instant += QUARTER) {
      const slot = slots[(instant - start) / QUARTER] ?? 'reference';
      if (instant >= now) add('not_elapsed');
      else if (incident.environment !== 'production') add('not_production');
      else if (incident.cause !== 'fault') add('excluded_cause');
      else if (slot !== 'reference') add(slot);
      else if (order.slice(0, rank).some((other) => counts(other) && other.start.getTime() <= instant && instant < effectiveEnd(other))) add('already_counted');
      else add('downtime');
    }
    if (to > from) rows.set(incident, parts);
  });
  const referenceMs = slots.filter((slot, index) => slot === 'reference' && start + index * QUARTER < now).length * QUARTER;
  return { rows: incidents.flatMap((incident) => (rows.has(incident) ? [{ id: incident.id, ...rows.get(incident) }] : [])), referenceMs };
}

function partsOf(row: IncidentBreakdown<Row>) {
  return {
    id: row.incident.id,
    ...(row.downtimeMs > 0 && { downtime: row.downtimeMs }),
    ...Object.fromEntries(row.excluded.map((part) => [part.reason, part.ms])),
  };
}

const scenario = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    month: fc.constantFrom(...MONTHS),
    closedDays: fc.subarray(CLOSED_DAY_CHOICES),
  })
  .chain(({ timeZone, month, closedDays }) => {
    const { start, end } = monthSlots(timeZone, month, closedDays);
    const base = start - 3 * DAY;
    const quarters = (end + 3 * DAY - base) / QUARTER;
    const incident = fc.record({
      offset: fc.integer({ min: 0, max: quarters }),
      length: fc.oneof(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 4 * 96 })),
      ongoing: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
      cause: fc.oneof({ weight: 3, arbitrary: fc.constant('fault' as const) }, { weight: 1, arbitrary: fc.constantFrom(...INCIDENT_CAUSES) }),
      environment: fc.oneof({ weight: 4, arbitrary: fc.constant('production' as const) }, { weight: 1, arbitrary: fc.constant('other' as const) }),
    });
    return fc.record({
      timeZone: fc.constant(timeZone),
      month: fc.constant(month),
      closedDays: fc.constant(closedDays),
      now: fc.integer({ min: 0, max: quarters }).map((offset) => base + offset * QUARTER),
      incidents: fc.array(incident, { maxLength: 6 }).map((drafts) =>
        drafts.map((draft, index): Row => ({
          id: `i${index}`,
          start: new Date(base + draft.offset * QUARTER),
          end: draft.ongoing ? null : new Date(base + (draft.offset + draft.length) * QUARTER),
          cause: draft.cause,
          environment: draft.environment,
        })),
      ),
    });
  });

/** The incidents with the first two entered twice. */
const doubled = (incidents: Row[]) => [...incidents, ...incidents.slice(0, 2)];

describe('properties against a quarter-hour oracle', () => {
  it('each incident’s breakdown, the month’s TI and PRT agree with the oracle, to the ms', () => {
    fc.assert(
      fc.property(scenario, ({ timeZone, month, closedDays, now, incidents }) => {
        const expected = oracle(timeZone, month, incidents, now, closedDays);
        const rows = incidentBreakdown(timeZone, month, incidents, new Date(now), closedDays);
        expect(rows.map(partsOf)).toEqual(expected.rows);

        for (const row of rows) {
          const total = row.downtimeMs + row.excluded.reduce((sum, part) => sum + part.ms, 0);
          expect(row.durationMs).toBe(total);
        }

        const availability = monthlyAvailability(timeZone, month, incidents, new Date(now), closedDays);
        const counted = rows.reduce((sum, row) => sum + row.downtimeMs, 0);
        if (expected.referenceMs === 0) {
          expect(availability).toBeNull();
          expect(counted).toBe(0);
        } else {
          expect(availability?.referenceMs).toBe(expected.referenceMs);
          expect(availability?.downtimeMs).toBe(counted);
          expect(availability?.rate).toBeGreaterThanOrEqual(0);
          expect(availability?.rate).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the month’s TI ignores the order of incidents and repeated entries', () => {
    fc.assert(
      fc.property(
        scenario.chain((drawn) =>
          fc.record({ drawn: fc.constant(drawn), shuffled: fc.shuffledSubarray(doubled(drawn.incidents), { minLength: doubled(drawn.incidents).length }) }),
        ),
        ({ drawn: { timeZone, month, closedDays, now, incidents }, shuffled }) => {
          expect(monthlyAvailability(timeZone, month, shuffled, new Date(now), closedDays)).toEqual(
            monthlyAvailability(timeZone, month, incidents, new Date(now), closedDays),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
