import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { pauseClock, startClock, stopClock } from './clock';
import { clockState } from './clock-state';
import { nextClockTransition } from './present-transition';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const MIDNIGHT = paris('2026-03-10T00:00');
// Pickup started Monday 9 March 2026 08:30: à risque from 15:30, due 17:30.
const pickup = startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'));

describe('nextClockTransition', () => {
  it('says when a clock turns à risque, then when it turns hors délai, in the reader’s zone', () => {
    expect(nextClockTransition(pickup, paris('2026-03-09T10:00'), MIDNIGHT, 'Europe/Paris')).toEqual({
      kind: 'at_risk',
      at: pickup.atRiskAt,
      label: 'À risque dès 15:30',
    });
    expect(nextClockTransition(pickup, paris('2026-03-09T16:00'), MIDNIGHT, 'Europe/Paris')).toEqual({
      kind: 'overdue',
      at: pickup.dueAt,
      label: 'Hors délai après 17:30',
    });
    expect(nextClockTransition(pickup, paris('2026-03-09T10:00'), MIDNIGHT, 'Indian/Reunion')?.label).toBe('À risque dès 18:30');
  });

  it('uses lib/sla’s boundaries: à risque at atRiskAt itself, hors délai only after dueAt', () => {
    expect(nextClockTransition(pickup, pickup.atRiskAt, MIDNIGHT, 'Europe/Paris')?.kind).toBe('overdue');
    expect(nextClockTransition(pickup, pickup.dueAt, MIDNIGHT, 'Europe/Paris')?.kind).toBe('overdue');
    expect(nextClockTransition(pickup, new Date(pickup.dueAt.getTime() + 1), MIDNIGHT, 'Europe/Paris')).toBeNull();
  });

  it('says nothing of what changes after the end of the day, nor of a paused or stopped clock', () => {
    expect(nextClockTransition(pickup, paris('2026-03-09T10:00'), paris('2026-03-09T15:30'), 'Europe/Paris')).toBeNull();
    expect(
      nextClockTransition(pauseClock(pickup, paris('2026-03-09T10:00'), 'support_suspended'), paris('2026-03-09T11:00'), MIDNIGHT, 'Europe/Paris'),
    ).toBeNull();
    expect(nextClockTransition(stopClock(pickup, paris('2026-03-09T10:00')), paris('2026-03-09T11:00'), MIDNIGHT, 'Europe/Paris')).toBeNull();
  });

  it('announces exactly the state the clock takes at that instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 * 60 }), (minutes) => {
        const now = new Date(paris('2026-03-09T08:30').getTime() + minutes * 60_000);
        const transition = nextClockTransition(pickup, now, MIDNIGHT, 'Europe/Paris');
        if (transition === null) return clockState(pickup, now) === 'overdue';
        const after = transition.kind === 'at_risk' ? transition.at : new Date(transition.at.getTime() + 1);
        return clockState(pickup, after) === transition.kind && clockState(pickup, new Date(after.getTime() - 1)) !== transition.kind;
      }),
    );
  });
});
