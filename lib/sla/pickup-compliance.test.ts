import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { cancelClock, startClock, stopClock, type Clock } from './clock';
import { contractPeriod } from './contract-period';
import { pickupCompliance } from './pickup-compliance';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const period = contractPeriod('2025-09-01', 'Europe/Paris', paris('2026-03-10T12:00'));
const now = paris('2026-03-10T12:00');

/** A pickup clock registered Monday 2 March 09:00, due Tuesday 3 March 09:00. */
const registered = (local = '2026-03-02T09:00'): Clock => startClock('pickup', DEFAULT_SUPPORT_CALENDAR, paris(local));
const pickedUpAt = (local: string) => stopClock(registered(), paris(local));

describe('pickupCompliance (§13: at least 75 % within 8 business hours)', () => {
  it('classifies met, breached, pending and cancelled Demandes', () => {
    const clocks = [
      pickedUpAt('2026-03-03T09:00'),
      pickedUpAt('2026-03-03T09:01'),
      registered(),
      registered('2026-03-10T11:00'),
      cancelClock(registered('2026-03-10T09:00'), paris('2026-03-10T10:00')),
      cancelClock(registered(), paris('2026-03-04T10:00')),
    ];
    expect(pickupCompliance(clocks, period, now)).toEqual({
      met: 1,
      breached: 3,
      pending: 1,
      cancelled: 1,
      excluded: 0,
      rate: 0.25,
      compliant: false,
    });
  });

  it('keeps to the Demandes registered in the period', () => {
    const before = stopClock(registered('2025-08-29T09:00'), paris('2025-09-05T09:00'));
    const after = stopClock(registered('2026-09-01T09:00'), paris('2026-09-10T09:00'));
    const first = stopClock(registered('2025-09-01T00:00'), paris('2025-09-01T10:00'));
    expect(pickupCompliance([before, after, first], period, now)).toMatchObject({ met: 1, breached: 0, rate: 1 });
  });

  it('complies at exactly 75 %, not below', () => {
    const met = pickedUpAt('2026-03-02T10:00');
    const breached = pickedUpAt('2026-03-04T10:00');
    expect(pickupCompliance([met, met, met, breached], period, now)).toMatchObject({ rate: 0.75, compliant: true });
    expect(pickupCompliance([met, met, breached], period, now).compliant).toBe(false);
  });

  it('has no rate while nothing is decided', () => {
    expect(pickupCompliance([registered('2026-03-10T11:00')], period, now)).toEqual({
      met: 0,
      breached: 0,
      pending: 1,
      cancelled: 0,
      excluded: 0,
      rate: null,
      compliant: null,
    });
  });
});
