import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { isLate, pauseClock, resumeClock, startClock, stopClock, type Clock } from './clock';
import { applyClockEffects, liftSuspension, suspendClocks } from './clock-effects';
import { SlaError } from './sla-error';

// DOMAIN "Support clocks": waiting for the client pauses the action plan and the remedy; a
// suspended support (§13) pauses every clock, the pickup included; both may hold at once.
const HOUR = 3_600_000;
const support = DEFAULT_SUPPORT_CALENDAR;
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

describe('pause causes', () => {
  it('the pickup pauses only for a suspended support', () => {
    const pickup = startClock('pickup', support, paris('2026-03-10T09:00'));
    expect(() => pauseClock(pickup, paris('2026-03-10T10:00'), 'waiting_client')).toThrow(SlaError);
    const suspended = pauseClock(pickup, paris('2026-03-10T10:00'), 'support_suspended');
    expect(suspended).toMatchObject({ pausedAt: paris('2026-03-10T10:00'), pauseCauses: ['support_suspended'] });
  });

  it('keeps the first pause instant when a second cause arrives, and runs again only when both are lifted', () => {
    const remedy = startClock('remedy', support, paris('2026-03-10T09:00'));
    const waiting = pauseClock(remedy, paris('2026-03-10T10:00'), 'waiting_client');
    const both = pauseClock(waiting, paris('2026-03-11T10:00'), 'support_suspended');
    expect(both).toMatchObject({ pausedAt: paris('2026-03-10T10:00'), pauseCauses: ['waiting_client', 'support_suspended'] });

    const stillWaiting = resumeClock(both, paris('2026-03-12T10:00'), 'support_suspended');
    expect(stillWaiting).toMatchObject({ pausedAt: paris('2026-03-10T10:00'), pauseCauses: ['waiting_client'], dueAt: remedy.dueAt });

    const running = resumeClock(stillWaiting, paris('2026-03-13T10:00'), 'waiting_client');
    // Tuesday 10:00 → Friday 10:00: three business days paused, the deadline pushed by as much.
    expect(running).toMatchObject({ pausedAt: null, pauseCauses: [], pausedBusinessMs: 72 * HOUR });
    expect(running.dueAt).toEqual(addBusinessTime(running.calendar, remedy.dueAt, 72 * HOUR));
  });

  it('refuses a cause given twice and a cause that is not holding', () => {
    const plan = startClock('actionPlan', support, paris('2026-03-10T09:00'));
    const paused = pauseClock(plan, paris('2026-03-10T10:00'), 'support_suspended');
    expect(() => pauseClock(paused, paris('2026-03-10T11:00'), 'support_suspended')).toThrow(SlaError);
    expect(() => resumeClock(paused, paris('2026-03-10T11:00'), 'waiting_client')).toThrow(SlaError);
  });

  it('a clock stopped while suspended is judged at the instant it paused', () => {
    const pickup = startClock('pickup', support, paris('2026-03-10T09:00'));
    const suspended = pauseClock(pickup, paris('2026-03-10T10:00'), 'support_suspended');
    expect(stopClock(suspended, paris('2026-04-30T10:00')).outcome).toBe('met');
  });
});

describe('suspendClocks and liftSuspension (§13)', () => {
  const at = paris('2026-03-10T14:00');
  const clocks = (): Clock[] => [
    stopClock(startClock('pickup', support, paris('2026-03-09T09:00')), paris('2026-03-09T10:00')),
    pauseClock(startClock('remedy', support, paris('2026-03-09T11:00')), paris('2026-03-09T12:00'), 'waiting_client'),
    startClock('pickup', support, paris('2026-03-10T09:00')),
  ];

  it('pauses every running clock, leaves stopped ones alone', () => {
    const input = clocks();
    const suspended = suspendClocks(input, at);
    expect(suspended.map((clock) => clock.pauseCauses)).toEqual([[], ['waiting_client', 'support_suspended'], ['support_suspended']]);
    expect(suspended[0]).toBe(input[0]);
    expect(suspendClocks(suspended, at)).toEqual(suspended);
  });

  it('lifting resumes those paused for it only', () => {
    const lifted = liftSuspension(suspendClocks(clocks(), at), paris('2026-03-11T14:00'));
    expect(lifted.map((clock) => clock.pauseCauses)).toEqual([[], ['waiting_client'], []]);
    expect(lifted[2]).toMatchObject({ pausedAt: null, pausedBusinessMs: 8 * HOUR });
  });

  it('a clock started while suspended starts paused', () => {
    const [started] = applyClockEffects([], [{ type: 'start', kind: 'pickup' }], { supportCalendar: support, now: at, suspended: true });
    expect(started).toMatchObject({ pausedAt: at, pauseCauses: ['support_suspended'] });
  });

  it('property: suspended for any span, the deadline moves by exactly the business time suspended', () => {
    const start = paris('2026-03-02T08:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 0, max: 30 * 24 * 60 }), (fromMinutes, spanMinutes) => {
        const pickup = startClock('pickup', support, new Date(start));
        const from = new Date(start + fromMinutes * 60_000);
        const to = new Date(from.getTime() + spanMinutes * 60_000);
        const [resumed] = liftSuspension(suspendClocks([pickup], from), to);
        expect(resumed!.dueAt).toEqual(addBusinessTime(support, pickup.dueAt, resumed!.pausedBusinessMs));
        expect(resumed!.pauseCauses).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isLate: the one boundary', () => {
  it('on time at dueAt itself, late one millisecond after', () => {
    const pickup = startClock('pickup', support, paris('2026-03-10T09:00'));
    expect(isLate(pickup, pickup.dueAt)).toBe(false);
    expect(isLate(pickup, new Date(pickup.dueAt.getTime() + 1))).toBe(true);
    expect(stopClock(pickup, pickup.dueAt).outcome).toBe('met');
    expect(stopClock(pickup, new Date(pickup.dueAt.getTime() + 1)).outcome).toBe('breached');
  });
});
