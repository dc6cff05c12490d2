import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { startClock, stopClock } from './clock';
import { applyClockEffects } from './clock-effects';
import { SlaError } from './sla-error';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const options = (local: string) => ({ supportCalendar: DEFAULT_SUPPORT_CALENDAR, now: paris(local) });

describe('applyClockEffects', () => {
  const registered = applyClockEffects([], [{ type: 'start', kind: 'pickup' }], options('2026-03-09T09:00'));
  const pickedUp = applyClockEffects(registered, [{ type: 'stop', kind: 'pickup' }], options('2026-03-09T10:00'));

  it('starts and stops clocks, keeping the index of each clock and appending new ones', () => {
    expect(registered).toHaveLength(1);
    expect(pickedUp[0]).toMatchObject({ kind: 'pickup', outcome: 'met', stoppedAt: paris('2026-03-09T10:00') });
    const qualified = applyClockEffects(pickedUp, [{ type: 'start', kind: 'remedy' }], options('2026-03-09T11:00'));
    expect(qualified[0]).toBe(pickedUp[0]);
    expect(qualified[1]).toMatchObject({ kind: 'remedy', startedAt: paris('2026-03-09T11:00') });
  });

  it('pauses, resumes and requalifies the running clock of the kind named', () => {
    const qualified = applyClockEffects(pickedUp, [{ type: 'start', kind: 'remedy' }], options('2026-03-09T11:00'));
    const waiting = applyClockEffects(qualified, [{ type: 'pause', kind: 'remedy' }], options('2026-03-09T12:00'));
    expect(waiting[1]?.pausedAt).toEqual(paris('2026-03-09T12:00'));
    const requalified = applyClockEffects(waiting, [{ type: 'requalify', severity: 'blocking', paused: true }], options('2026-03-10T09:00'));
    expect(requalified.map((clock) => [clock.kind, clock.outcome, clock.pausedAt !== null])).toEqual([
      ['pickup', 'met', false],
      ['remedy', 'superseded', false],
      ['actionPlan', null, true],
    ]);
    const answered = applyClockEffects(requalified, [{ type: 'resume', kind: 'actionPlan' }], options('2026-03-10T10:00'));
    expect(answered[2]).toMatchObject({ pausedAt: null, pausedBusinessMs: 3_600_000 });
  });

  it('cancels the pickup clock of a Demande cancelled before pickup', () => {
    const cancelled = applyClockEffects(registered, [{ type: 'cancel', kind: 'pickup' }], options('2026-03-09T09:30'));
    expect(cancelled[0]?.outcome).toBe('cancelled');
  });

  it('applies several effects in order at the same instant', () => {
    const clocks = [stopClock(startClock('actionPlan', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T11:00')), paris('2026-03-09T12:00'))];
    const next = applyClockEffects(
      clocks,
      [
        { type: 'start', kind: 'remedy' },
        { type: 'stop', kind: 'remedy' },
      ],
      options('2026-03-09T13:00'),
    );
    expect(next.map((clock) => clock.outcome)).toEqual(['met', 'met']);
  });

  it('refuses an effect on a clock that is not running, or a second running clock of a kind', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof SlaError ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(() => applyClockEffects(pickedUp, [{ type: 'stop', kind: 'pickup' }], options('2026-03-09T11:00')))).toBe('no_running_clock');
    expect(code(() => applyClockEffects(registered, [{ type: 'start', kind: 'pickup' }], options('2026-03-09T11:00')))).toBe('already_running');
    expect(() => applyClockEffects(pickedUp, [{ type: 'resume', kind: 'remedy' }], options('2026-03-09T11:00'))).toThrow(
      "Aucun délai « Correction ou contournement » n'est en cours.",
    );
  });
});
