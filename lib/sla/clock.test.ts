import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { cancelClock, pauseClock, resumeClock, startClock, stopClock, supersedeClock } from './clock';
import { SlaError } from './sla-error';

const HOUR = 3_600_000;
const support = DEFAULT_SUPPORT_CALENDAR;
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

function slaErrorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SlaError) return error.code;
    throw error;
  }
  return undefined;
}

describe('startClock: acceptance examples on the default support calendar', () => {
  it.each([
    ['Friday 17:00 → Monday 17:00', '2026-03-06T17:00', '2026-03-09T17:00'],
    ['Saturday → Monday 17:30', '2026-03-07T10:00', '2026-03-09T17:30'],
    ['Sunday night → Monday 17:30', '2026-03-08T23:59', '2026-03-09T17:30'],
    ['Monday 07:00, before opening → Monday 17:30', '2026-03-09T07:00', '2026-03-09T17:30'],
    ['during the lunch break → next day 12:30, a closing', '2026-03-10T12:45', '2026-03-11T12:30'],
    ['the day before 1 May skips it', '2026-04-30T14:00', '2026-05-04T14:00'],
    ['the day before 14 July skips it', '2026-07-13T10:00', '2026-07-15T10:00'],
    ['the day before Christmas skips it', '2026-12-24T16:00', '2026-12-28T16:00'],
    ['across a year end and 1 January', '2026-12-31T16:00', '2027-01-04T16:00'],
  ])('pickup registered %s', (_, registered, due) => {
    const clock = startClock('pickup', support, paris(registered));
    expect(clock.dueAt).toEqual(paris(due));
    expect(clock.startedAt).toEqual(paris(registered));
    expect(clock.budgetMs).toBe(8 * HOUR);
  });

  it('actionPlan of a blocking anomaly qualified at t is due 12 business hours later (§14)', () => {
    const qualifiedAt = paris('2026-03-10T10:00');
    const clock = startClock('actionPlan', support, qualifiedAt);
    expect(clock.dueAt).toEqual(addBusinessTime(support, qualifiedAt, 12 * HOUR));
    expect(clock.dueAt).toEqual(paris('2026-03-11T15:00'));
  });

  it.each([
    ['6 business days later', '2026-03-10T10:00', '2026-03-18T10:00'],
    ['skipping 1 May and 8 May', '2026-04-29T10:00', '2026-05-11T10:00'],
    ['across the spring clock change and Easter Monday', '2026-03-27T10:00', '2026-04-07T10:00'],
    ['from a Saturday, counted from Monday 00:00', '2026-03-07T15:00', '2026-03-17T00:00'],
  ])('remedy of a major anomaly is due %s (§14)', (_, qualifiedAt, due) => {
    const clock = startClock('remedy', support, paris(qualifiedAt));
    expect(clock.dueAt).toEqual(paris(due));
    expect(clock.budgetMs).toBe(6 * 24 * HOUR);
  });

  it('counts remedy days on Monday–Friday minus French holidays, not on the support hours or closed days (§1)', () => {
    const overseas: BusinessCalendar = {
      timeZone: 'Indian/Reunion',
      hours: { '1': [['09:00', '12:00']] },
      holidays: 'none',
      closedDays: ['2026-03-11'],
    };
    const start = DateTime.fromISO('2026-03-10T10:00', { zone: 'Indian/Reunion' });
    const clock = startClock('remedy', overseas, start.toJSDate());
    expect(clock.calendar).toEqual({
      timeZone: 'Indian/Reunion',
      hours: { '1': [['00:00', '24:00']], '2': [['00:00', '24:00']], '3': [['00:00', '24:00']], '4': [['00:00', '24:00']], '5': [['00:00', '24:00']] },
      holidays: 'FR',
    });
    expect(clock.dueAt).toEqual(start.plus({ days: 8 }).toJSDate());
  });

  it('puts atRiskAt at 75 % of the budget, or at the configured ratio', () => {
    const monday = paris('2026-03-09T08:30');
    expect(startClock('pickup', support, monday).atRiskAt).toEqual(paris('2026-03-09T15:30'));
    const half = startClock('pickup', support, monday, { atRiskRatio: 0.5 });
    expect(half.atRiskAt).toEqual(paris('2026-03-09T12:30'));
    expect(half.atRiskRatio).toBe(0.5);
  });

  it.each([0, -0.1, 1.01, Number.NaN])('refuses an at-risk ratio of %s', (atRiskRatio) => {
    expect(slaErrorCode(() => startClock('pickup', support, paris('2026-03-09T09:00'), { atRiskRatio }))).toBe('invalid_at_risk_ratio');
  });

  it('keeps its calendar snapshot when the support calendar changes', () => {
    const hours: BusinessCalendar['hours'] = { '1': [['08:30', '17:30']], '2': [['08:30', '17:30']] };
    const before: BusinessCalendar = { timeZone: 'Europe/Paris', hours, holidays: 'FR' };
    const clock = pauseClock(startClock('actionPlan', before, paris('2026-03-09T09:30')), paris('2026-03-09T10:30'));
    expect(clock.dueAt).toEqual(paris('2026-03-10T12:30'));

    // A manager shortens Tuesdays: the new calendar is a new value; the clock keeps its own,
    // so resuming still pushes dueAt on the hours it started with.
    const after: BusinessCalendar = { ...before, hours: { ...hours, '2': [['08:30', '12:30']] } };
    const resumed = resumeClock(clock, paris('2026-03-09T12:30'));
    expect(resumed.calendar).toBe(before);
    expect(resumed.dueAt).toEqual(paris('2026-03-10T14:30'));
    expect(resumeClock({ ...clock, calendar: after }, paris('2026-03-09T12:30')).dueAt).toEqual(paris('2026-03-16T10:30'));
  });
});

describe('pauseClock and resumeClock', () => {
  const qualifiedAt = paris('2026-03-10T10:00');
  const blocking = startClock('actionPlan', support, qualifiedAt);

  it('moves dueAt and atRiskAt by exactly the 2 business hours spent paused', () => {
    const resumed = resumeClock(pauseClock(blocking, paris('2026-03-10T14:00')), paris('2026-03-10T16:00'));
    expect(resumed.dueAt).toEqual(paris('2026-03-11T17:00'));
    expect(businessTimeBetween(support, blocking.dueAt, resumed.dueAt)).toBe(2 * HOUR);
    expect(businessTimeBetween(support, blocking.atRiskAt, resumed.atRiskAt)).toBe(2 * HOUR);
    expect(resumed.pausedBusinessMs).toBe(2 * HOUR);
    expect(resumed.pausedAt).toBeNull();
  });

  it('counts only the business time of a pause over a night and a weekend', () => {
    const paused = pauseClock(blocking, paris('2026-03-13T16:30'));
    const resumed = resumeClock(paused, paris('2026-03-16T09:30'));
    expect(resumed.pausedBusinessMs).toBe(2 * HOUR);
    expect(businessTimeBetween(support, blocking.dueAt, resumed.dueAt)).toBe(2 * HOUR);
  });

  it('accumulates successive pauses', () => {
    let clock = resumeClock(pauseClock(blocking, paris('2026-03-10T11:00')), paris('2026-03-10T11:30'));
    clock = resumeClock(pauseClock(clock, paris('2026-03-10T14:00')), paris('2026-03-10T15:00'));
    expect(clock.pausedBusinessMs).toBe(1.5 * HOUR);
    expect(businessTimeBetween(support, blocking.dueAt, clock.dueAt)).toBe(1.5 * HOUR);
  });

  it('leaves the deadlines alone after a pause in closed hours', () => {
    const resumed = resumeClock(pauseClock(blocking, paris('2026-03-10T18:00')), paris('2026-03-11T08:00'));
    expect(resumed.dueAt).toEqual(blocking.dueAt);
    expect(resumed.pausedBusinessMs).toBe(0);
  });

  it('moves a remedy deadline by the business-day time spent paused', () => {
    const remedy = startClock('remedy', support, qualifiedAt);
    const resumed = resumeClock(pauseClock(remedy, paris('2026-03-13T12:00')), paris('2026-03-16T12:00'));
    expect(resumed.pausedBusinessMs).toBe(24 * HOUR);
    expect(resumed.dueAt).toEqual(paris('2026-03-19T10:00'));
  });

  it('never pauses the pickup clock (DOMAIN "Support clocks")', () => {
    const pickup = startClock('pickup', support, qualifiedAt);
    expect(slaErrorCode(() => pauseClock(pickup, paris('2026-03-10T11:00')))).toBe('pickup_never_pauses');
  });

  it('refuses to pause twice, to resume a running clock, or to change a stopped one', () => {
    const paused = pauseClock(blocking, paris('2026-03-10T11:00'));
    expect(slaErrorCode(() => pauseClock(paused, paris('2026-03-10T12:00')))).toBe('already_paused');
    expect(slaErrorCode(() => resumeClock(blocking, paris('2026-03-10T12:00')))).toBe('not_paused');
    const stopped = stopClock(blocking, paris('2026-03-10T12:00'));
    expect(slaErrorCode(() => pauseClock(stopped, paris('2026-03-10T13:00')))).toBe('already_stopped');
    expect(slaErrorCode(() => resumeClock(stopped, paris('2026-03-10T13:00')))).toBe('already_stopped');
    expect(slaErrorCode(() => stopClock(stopped, paris('2026-03-10T13:00')))).toBe('already_stopped');
    expect(slaErrorCode(() => supersedeClock(stopped, paris('2026-03-10T13:00')))).toBe('already_stopped');
  });

  it('refuses a change dated before the clock started or paused', () => {
    expect(slaErrorCode(() => pauseClock(blocking, paris('2026-03-10T09:59')))).toBe('before_clock_event');
    const paused = pauseClock(blocking, paris('2026-03-10T11:00'));
    expect(slaErrorCode(() => resumeClock(paused, paris('2026-03-10T10:30')))).toBe('before_clock_event');
  });

  it('gives French messages', () => {
    const pickup = startClock('pickup', support, qualifiedAt);
    expect(() => pauseClock(pickup, qualifiedAt)).toThrow('Le délai de prise en charge ne se met pas en pause pendant l’attente du client.');
  });

  it('never mutates the clock it is given', () => {
    const copy = structuredClone(blocking);
    resumeClock(pauseClock(blocking, paris('2026-03-10T11:00')), paris('2026-03-10T12:00'));
    stopClock(blocking, paris('2026-03-10T12:00'));
    expect(blocking).toEqual(copy);
  });
});

describe('stopClock, supersedeClock, cancelClock', () => {
  const pickup = startClock('pickup', support, paris('2026-03-06T17:00'));

  it('is met at the deadline itself and breached just after', () => {
    expect(stopClock(pickup, pickup.dueAt)).toMatchObject({ outcome: 'met', stoppedAt: pickup.dueAt });
    expect(stopClock(pickup, new Date(pickup.dueAt.getTime() + 1)).outcome).toBe('breached');
  });

  it('judges a clock stopped while paused at the instant it paused, and closes the pause', () => {
    const blocking = startClock('actionPlan', support, paris('2026-03-10T10:00'));
    const pausedInTime = pauseClock(blocking, paris('2026-03-11T14:00'));
    const stopped = stopClock(pausedInTime, paris('2026-03-13T10:00'));
    expect(stopped.outcome).toBe('met');
    expect(stopped.pausedAt).toBeNull();
    expect(stopped.pausedBusinessMs).toBe(businessTimeBetween(support, paris('2026-03-11T14:00'), paris('2026-03-13T10:00')));
    expect(stopped.stoppedAt?.getTime()).toBeLessThanOrEqual(stopped.dueAt.getTime());

    const pausedLate = pauseClock(blocking, paris('2026-03-11T16:00'));
    expect(stopClock(pausedLate, paris('2026-03-11T16:30')).outcome).toBe('breached');
  });

  it('supersedes a running or paused clock on time; past its deadline it is breached, never erased', () => {
    const remedy = startClock('remedy', support, paris('2026-03-10T10:00'));
    expect(supersedeClock(remedy, paris('2026-04-30T10:00'))).toMatchObject({ outcome: 'breached', pausedAt: null });
    expect(supersedeClock(remedy, remedy.dueAt)).toMatchObject({ outcome: 'superseded' });
    expect(supersedeClock(remedy, new Date(remedy.dueAt.getTime() + 1))).toMatchObject({ outcome: 'breached' });
    const paused = pauseClock(remedy, paris('2026-03-11T10:00'));
    expect(supersedeClock(paused, paris('2026-03-12T10:00'))).toMatchObject({
      outcome: 'superseded',
      pausedAt: null,
      pausedBusinessMs: 24 * HOUR,
    });
  });

  it('cancels a clock not yet due, and counts a cancellation after the deadline as breached', () => {
    expect(cancelClock(pickup, paris('2026-03-09T09:00')).outcome).toBe('cancelled');
    expect(cancelClock(pickup, paris('2026-03-09T17:01')).outcome).toBe('breached');
  });
});
