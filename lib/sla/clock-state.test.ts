import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { cancelClock, pauseClock, startClock, stopClock, supersedeClock } from './clock';
import { clockState, remainingBusinessMs } from './clock-state';

const HOUR = 3_600_000;
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const at = (date: Date, deltaMs: number) => new Date(date.getTime() + deltaMs);

describe('clockState', () => {
  // Monday 08:30: due Monday 17:30, à risque from 15:30 (6 of 8 business hours).
  const pickup = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));

  it('turns à risque at 75 % of the budget and hors délai once dueAt has passed', () => {
    expect(pickup.atRiskAt).toEqual(paris('2026-03-09T15:30'));
    expect(clockState(pickup, paris('2026-03-09T08:30'))).toBe('on_time');
    expect(clockState(pickup, at(pickup.atRiskAt, -1))).toBe('on_time');
    expect(clockState(pickup, pickup.atRiskAt)).toBe('at_risk');
    expect(clockState(pickup, pickup.dueAt)).toBe('at_risk');
    expect(clockState(pickup, at(pickup.dueAt, 1))).toBe('overdue');
  });

  it('is paused while paused, and the outcome once stopped', () => {
    const blocking = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));
    const paused = pauseClock(blocking, paris('2026-03-09T09:00'));
    expect(clockState(paused, paris('2026-04-01T09:00'))).toBe('paused');
    expect(clockState(stopClock(pickup, paris('2026-03-09T10:00')), paris('2026-04-01T09:00'))).toBe('met');
    expect(clockState(stopClock(pickup, paris('2026-03-10T10:00')), paris('2026-03-10T10:00'))).toBe('breached');
    expect(clockState(supersedeClock(blocking, paris('2026-03-09T10:00')), paris('2026-03-09T10:00'))).toBe('superseded');
    expect(clockState(cancelClock(pickup, paris('2026-03-09T10:00')), paris('2026-03-09T10:00'))).toBe('cancelled');
  });
});

describe('remainingBusinessMs', () => {
  const pickup = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));

  it('counts business time left, skipping the lunch break', () => {
    expect(remainingBusinessMs(pickup, paris('2026-03-09T08:30'))).toBe(8 * HOUR);
    expect(remainingBusinessMs(pickup, paris('2026-03-09T12:45'))).toBe(4 * HOUR);
  });

  it('is negative when late: "3 h ouvrées de retard"', () => {
    expect(remainingBusinessMs(pickup, paris('2026-03-10T11:30'))).toBe(-3 * HOUR);
  });

  it('stands still while paused and once stopped', () => {
    const blocking = startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));
    const paused = pauseClock(blocking, paris('2026-03-09T10:30'));
    expect(remainingBusinessMs(paused, paris('2026-03-12T10:00'))).toBe(10 * HOUR);
    const stopped = stopClock(pickup, paris('2026-03-09T16:30'));
    expect(remainingBusinessMs(stopped, paris('2026-03-20T10:00'))).toBe(HOUR);
  });
});
