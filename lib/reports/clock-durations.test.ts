import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { pauseClock, resumeClock, startClock, stopClock, supersedeClock } from '@/lib/sla';
import { activeBusinessMs, latenessMs } from './clock-durations';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('activeBusinessMs: start to stop, pauses left out', () => {
  it('counts a Demande registered at 17:25 and taken at 09:00 the next business day as 35 minutes (5 + 30)', () => {
    const clock = stopClock(startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-06T17:25')), paris('2026-03-09T09:00'));
    expect(clock.outcome).toBe('met');
    expect(activeBusinessMs(clock)).toBe(35 * MINUTE);
  });

  it('leaves out the business time spent waiting for the client', () => {
    let clock = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-03T09:00'));
    clock = pauseClock(clock, paris('2026-03-03T10:00'));
    clock = resumeClock(clock, paris('2026-03-03T14:30'));
    clock = stopClock(clock, paris('2026-03-03T16:30'));
    expect(clock.pausedBusinessMs).toBe(3.5 * HOUR);
    expect(activeBusinessMs(clock)).toBe(3 * HOUR);
  });

  it('judges a clock stopped while paused at its pause', () => {
    let clock = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-03T09:00'));
    clock = pauseClock(clock, paris('2026-03-03T11:00'));
    clock = supersedeClock(clock, paris('2026-03-04T11:00'));
    expect(activeBusinessMs(clock)).toBe(2 * HOUR);
  });

  it('is null while the clock runs', () => {
    expect(activeBusinessMs(startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-03T09:00')))).toBeNull();
  });

  it('exceeds the budget by the lateness exactly, whatever the pauses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * HOUR }),
        fc.integer({ min: 0, max: 10 * HOUR }),
        fc.integer({ min: 0, max: 20 * HOUR }),
        (beforePause, pause, after) => {
          const start = paris('2026-03-02T09:00');
          let clock = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, start);
          const pausedAt = addBusinessTime(DEFAULT_SUPPORT_CALENDAR, start, beforePause);
          clock = pauseClock(clock, pausedAt);
          const resumedAt = addBusinessTime(DEFAULT_SUPPORT_CALENDAR, pausedAt, pause);
          clock = resumeClock(clock, resumedAt);
          clock = stopClock(clock, addBusinessTime(DEFAULT_SUPPORT_CALENDAR, resumedAt, after));
          const active = activeBusinessMs(clock)!;
          expect(active).toBe(beforePause + after);
          if (clock.outcome === 'breached') expect(active - clock.budgetMs).toBe(latenessMs(clock, clock.stoppedAt!));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('latenessMs: business time past dueAt, on the clock’s calendar', () => {
  const registered = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-02T09:00'));

  it('is 0 up to the deadline itself', () => {
    expect(registered.dueAt).toEqual(paris('2026-03-03T09:00'));
    expect(latenessMs(stopClock(registered, paris('2026-03-03T09:00')), paris('2026-03-10T00:00'))).toBe(0);
    expect(latenessMs(registered, paris('2026-03-03T09:00'))).toBe(0);
  });

  it('counts opening hours only after it', () => {
    expect(latenessMs(stopClock(registered, paris('2026-03-03T11:00')), paris('2026-03-20T00:00'))).toBe(2 * HOUR);
    // Tuesday 09:00 → Wednesday 09:00: 8 business hours; the night does not count.
    expect(latenessMs(registered, paris('2026-03-04T09:00'))).toBe(8 * HOUR);
    // Due at 12:30, taken at 13:00 during lunch: late (strictly after dueAt), by no business time at all.
    const beforeLunch = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-02T13:30'));
    expect(beforeLunch.dueAt).toEqual(paris('2026-03-03T12:30'));
    const taken = stopClock(beforeLunch, paris('2026-03-03T13:00'));
    expect(taken.outcome).toBe('breached');
    expect(latenessMs(taken, paris('2026-03-20T00:00'))).toBe(0);
  });

  it('stands still while the clock is paused (support suspended)', () => {
    const paused = pauseClock(registered, paris('2026-03-03T10:00'), 'support_suspended');
    expect(latenessMs(paused, paris('2026-03-05T10:00'))).toBe(HOUR);
  });
});
