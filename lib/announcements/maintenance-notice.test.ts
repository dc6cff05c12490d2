import { describe, expect, it } from 'vitest';
import { maintenanceNotice, plannedMaintenanceNotice } from './maintenance-notice';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const now = new Date('2026-03-27T10:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms);

describe('maintenanceNotice (§5: planned at least 48 h ahead)', () => {
  it.each([
    ['exactly 48 h', 48 * HOUR, true],
    ['48 h and one minute', 48 * HOUR + MINUTE, true],
    ['three days', 72 * HOUR, true],
    ['47 h 59', 48 * HOUR - MINUTE, false],
    ['one millisecond short of 48 h', 48 * HOUR - 1, false],
    ['tomorrow', 24 * HOUR, false],
    ['already started', -HOUR, false],
  ])('%s ahead → planned allowed: %s', (_label, ahead, ok) => {
    expect(maintenanceNotice(after(ahead), now).ok).toBe(ok);
  });

  it('names the earliest start a planned maintenance could have', () => {
    expect(maintenanceNotice(after(HOUR), now)).toEqual({ ok: false, earliestStart: after(48 * HOUR) });
  });

  it('counts elapsed hours across the spring clock change (29 March 2026 in Paris)', () => {
    // Friday 27 March 11:00 Paris (UTC+1) + 48 h = Sunday 29 March 12:00 Paris (UTC+2).
    expect(maintenanceNotice(new Date('2026-03-29T10:00:00Z'), now).ok).toBe(true);
    expect(maintenanceNotice(new Date('2026-03-29T09:59:00Z'), now).ok).toBe(false);
  });
});

describe('plannedMaintenanceNotice (publishing or changing a window)', () => {
  const window = { kind: 'planned_maintenance' as const, startsAt: after(24 * HOUR), endsAt: after(27 * HOUR) };

  it('other kinds need no notice: emergency maintenance may happen at any time (§5)', () => {
    expect(plannedMaintenanceNotice({ ...window, kind: 'emergency_maintenance' }, null, now).ok).toBe(true);
    expect(plannedMaintenanceNotice({ ...window, kind: 'patch' }, null, now).ok).toBe(true);
  });

  it('a new planned maintenance within 48 h is refused', () => {
    expect(plannedMaintenanceNotice(window, null, now).ok).toBe(false);
  });

  it('an already announced window may be kept or shortened as its start nears', () => {
    expect(plannedMaintenanceNotice(window, window, now).ok).toBe(true);
    expect(plannedMaintenanceNotice({ ...window, endsAt: after(26 * HOUR) }, window, now).ok).toBe(true);
  });

  it('but not moved, lengthened, or turned from emergency into planned within 48 h', () => {
    expect(plannedMaintenanceNotice({ ...window, startsAt: after(25 * HOUR) }, window, now).ok).toBe(false);
    expect(plannedMaintenanceNotice({ ...window, endsAt: after(28 * HOUR) }, window, now).ok).toBe(false);
    expect(plannedMaintenanceNotice(window, { ...window, kind: 'emergency_maintenance' }, now).ok).toBe(false);
  });

  it('moved to 48 h or more from now, it is announced again in time', () => {
    expect(plannedMaintenanceNotice({ ...window, startsAt: after(48 * HOUR), endsAt: after(50 * HOUR) }, window, now).ok).toBe(true);
  });
});
