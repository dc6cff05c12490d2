import { describe, expect, it } from 'vitest';
import { addCounts, complianceOf, NO_COUNTS, pickupComplianceOf } from './compliance';

describe('pickupComplianceOf (§13: at least 75 % of decided Demandes within 8 business hours)', () => {
  it('8 met of 10 decided is 80 %, kept; excluded, pending and cancelled ones stay out', () => {
    const compliance = pickupComplianceOf({ ...NO_COUNTS, met: 8, breached: 2, excluded: 3, pending: 4, cancelled: 5 });
    expect(compliance).toMatchObject({ decided: 10, rate: 0.8, compliant: true });
  });

  it('keeps exactly 75 % and misses just under it', () => {
    expect(pickupComplianceOf({ ...NO_COUNTS, met: 3, breached: 1 }).compliant).toBe(true);
    expect(pickupComplianceOf({ ...NO_COUNTS, met: 299, breached: 100 }).compliant).toBe(false);
  });

  it('has no rate nor verdict while nothing is decided', () => {
    expect(pickupComplianceOf({ ...NO_COUNTS, pending: 2, excluded: 1 })).toMatchObject({ decided: 0, rate: null, compliant: null });
    expect(complianceOf(NO_COUNTS).rate).toBeNull();
  });
});

describe('addCounts', () => {
  it('adds status by status', () => {
    expect(addCounts({ ...NO_COUNTS, met: 1, superseded: 2 }, { ...NO_COUNTS, met: 3, excluded: 1 })).toEqual({
      ...NO_COUNTS,
      met: 4,
      superseded: 2,
      excluded: 1,
    });
    expect(addCounts()).toEqual(NO_COUNTS);
  });
});
