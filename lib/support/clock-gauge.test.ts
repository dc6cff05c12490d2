import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { pauseClock, resumeClock, startClock } from '@/lib/sla';
import { clockGauge } from './clock-gauge';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const HOUR = 3_600_000;

describe('clockGauge', () => {
  // Monday 08:30: due Monday 17:30, à risque from 15:30.
  const pickup = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));

  it('is on time, then at risk, then late by business time', () => {
    expect(clockGauge(pickup, paris('2026-03-09T08:30'))).toEqual({ state: 'on_time', remainingMs: 8 * HOUR, used: 0 });
    expect(clockGauge(pickup, paris('2026-03-09T15:30'))).toEqual({ state: 'at_risk', remainingMs: 2 * HOUR, used: 0.75 });
    // Tuesday 09:30: one business hour late (the night does not count).
    expect(clockGauge(pickup, paris('2026-03-10T09:30'))).toEqual({ state: 'overdue', remainingMs: -HOUR, used: 1 });
  });

  it('stands still while paused, and a resumed clock measures against its longer span', () => {
    const plan = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));
    const paused = pauseClock(plan, paris('2026-03-09T10:30'));
    expect(clockGauge(paused, paris('2026-03-20T10:00'))).toMatchObject({ state: 'paused', remainingMs: 10 * HOUR });
    expect(clockGauge(paused, paris('2026-03-20T10:00')).used).toBeCloseTo(2 / 12);
    const resumed = resumeClock(paused, paris('2026-03-09T14:30'));
    expect(clockGauge(resumed, paris('2026-03-09T14:30'))).toMatchObject({ state: 'on_time', remainingMs: 10 * HOUR });
    expect(clockGauge(resumed, paris('2026-03-09T14:30')).used).toBeCloseTo(5 / 15);
  });
});
