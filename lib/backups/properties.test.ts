import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { availableRestorePoints, DAILY_RETENTION_DAYS, findRestorePoint } from './index';

const DAY = 86_400_000;

// Paris and Miquelon change clocks at night; Havana at midnight; Lord Howe by half an hour;
// Santiago at 24:00; the overseas zones never.
const ZONES = ['Europe/Paris', 'America/Miquelon', 'America/Havana', 'Australia/Lord_Howe', 'America/Santiago', 'Indian/Reunion', 'Pacific/Noumea'];

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 11, 31) }).map((ms) => new Date(ms));

const options = fc.record({ timeZone: fc.constantFrom(...ZONES), dailyAt: hhmm });

describe('restore points, properties', () => {
  it('are taken at or before now, not yet expired, newest first, monthly exactly on the 1st, and each found by findRestorePoint', () => {
    fc.assert(
      fc.property(instant, options, (now, opts) => {
        const points = availableRestorePoints(now, opts);
        points.forEach((point, index) => {
          expect(point.takenAt.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(point.expiresAt.getTime()).toBeGreaterThan(now.getTime());
          const previous = points[index - 1];
          if (previous) expect(previous.takenAt.getTime()).toBeGreaterThan(point.takenAt.getTime());
          // No gap of these zones crosses midnight, so a backup keeps the date of its night.
          expect(point.kind === 'monthly').toBe(DateTime.fromJSDate(point.takenAt, { zone: opts.timeZone }).day === 1);
          expect(findRestorePoint(now, opts, point.takenAt)).toEqual({ ok: true, point });
        });
        // Between 29 and 31 nights of the last 30 days, plus up to 3 older monthly points.
        const recent = points.filter((point) => now.getTime() - point.takenAt.getTime() < (DAILY_RETENTION_DAYS - 1) * DAY);
        expect(recent.length).toBeGreaterThanOrEqual(DAILY_RETENTION_DAYS - 2);
        expect(points.length - recent.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 150 },
    );
  });

  it('refuse every instant the list does not hold, backup instants of other days included', () => {
    const takenAt = fc.oneof(
      fc.tuple(instant).map(([at]) => ({ at })),
      fc.record({ days: fc.integer({ min: -130, max: 130 }), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(instant, options, takenAt, (now, opts, choice) => {
        let candidate: Date;
        if ('at' in choice) {
          candidate = choice.at;
        } else {
          // A real backup instant, but seen from another day: expired, kept or still to come.
          const elsewhere = availableRestorePoints(new Date(now.getTime() + choice.days * DAY), opts);
          candidate = elsewhere[choice.pick % elsewhere.length]?.takenAt ?? now;
        }
        const listed = availableRestorePoints(now, opts).some((point) => point.takenAt.getTime() === candidate.getTime());
        expect(findRestorePoint(now, opts, candidate).ok).toBe(listed);
      }),
      { numRuns: 150 },
    );
  });

  it('keep a point exactly from takenAt to expiresAt', () => {
    fc.assert(
      fc.property(instant, options, (now, opts) => {
        for (const point of availableRestorePoints(now, opts)) {
          const { takenAt, expiresAt } = point;
          expect(findRestorePoint(new Date(takenAt.getTime() - 1), opts, takenAt)).toMatchObject({ ok: false, code: 'not_yet_taken' });
          expect(findRestorePoint(new Date(expiresAt.getTime() - 1), opts, takenAt).ok).toBe(true);
          expect(findRestorePoint(expiresAt, opts, takenAt)).toMatchObject({ ok: false, code: 'expired' });
        }
      }),
      { numRuns: 20 },
    );
  });
});
