import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { pauseClock, startClock, stopClock } from './clock';
import { requalify } from './requalify';

const HOUR = 3_600_000;
const support = DEFAULT_SUPPORT_CALENDAR;
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

describe('requalify', () => {
  const registeredAt = paris('2026-03-09T09:00');
  const qualifiedAt = paris('2026-03-09T11:00');
  const now = paris('2026-03-10T15:00');
  const pickup = stopClock(startClock('pickup', support, registeredAt), paris('2026-03-09T10:00'));
  const remedy = startClock('remedy', support, qualifiedAt);

  it('major → blocking supersedes the remedy clock and starts the actionPlan clock at that moment', () => {
    const [keptPickup, superseded, actionPlan, ...rest] = requalify([pickup, remedy], 'blocking', now, support);
    expect(rest).toEqual([]);
    expect(keptPickup).toBe(pickup);
    expect(superseded).toMatchObject({ kind: 'remedy', outcome: 'superseded', stoppedAt: now, dueAt: remedy.dueAt });
    expect(actionPlan).toMatchObject({ kind: 'actionPlan', startedAt: now, stoppedAt: null, pausedAt: null });
    expect(actionPlan?.dueAt).toEqual(addBusinessTime(support, now, 12 * HOUR));
  });

  it('blocking → major supersedes the action plan and starts the remedy clock', () => {
    const actionPlan = startClock('actionPlan', support, qualifiedAt);
    const [, superseded, started] = requalify([pickup, actionPlan], 'major', now, support);
    expect(superseded).toMatchObject({ kind: 'actionPlan', outcome: 'superseded' });
    expect(started).toMatchObject({ kind: 'remedy', startedAt: now });
  });

  it('→ minor supersedes the running clock and starts none (§14)', () => {
    const next = requalify([pickup, remedy], 'minor', now, support);
    expect(next.map((clock) => [clock.kind, clock.outcome])).toEqual([
      ['pickup', 'met'],
      ['remedy', 'superseded'],
    ]);
  });

  it('minor → major starts the remedy clock; a clock already stopped stays as it was', () => {
    const delivered = stopClock(startClock('actionPlan', support, qualifiedAt), paris('2026-03-09T15:00'));
    const next = requalify([pickup, delivered], 'major', now, support);
    expect(next[1]).toBe(delivered);
    expect(next[2]).toMatchObject({ kind: 'remedy', outcome: null });
  });

  it('starts the new clock paused while the Demande waits for the client', () => {
    const waiting = pauseClock(remedy, paris('2026-03-10T09:00'));
    const next = requalify([pickup, waiting], 'blocking', now, support, { paused: true });
    expect(next[1]).toMatchObject({ outcome: 'superseded', pausedAt: null });
    expect(next[2]).toMatchObject({ kind: 'actionPlan', pausedAt: now });
  });

  it('applies the configured at-risk ratio to the new clock', () => {
    const next = requalify([pickup, remedy], 'blocking', now, support, { atRiskRatio: 0.5 });
    expect(next[2]?.atRiskAt).toEqual(addBusinessTime(support, now, 6 * HOUR));
  });
});
