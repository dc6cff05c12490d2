import { describe, expect, it } from 'vitest';
import { NO_COUNTS } from './compliance';
import { monthlyTrend } from './monthly-trend';

describe('monthlyTrend', () => {
  const months = ['2026-01', '2026-02', '2026-03'];
  const trend = monthlyTrend(months, [
    { month: '2026-01', kind: 'pickup', counts: { ...NO_COUNTS, met: 3, breached: 1 } },
    { month: '2026-03', kind: 'pickup', counts: { ...NO_COUNTS, met: 1, breached: 1, excluded: 2 } },
    { month: '2026-02', kind: 'actionPlan', counts: { ...NO_COUNTS, met: 1, breached: 1, superseded: 1 } },
    // Outside the range asked for: ignored.
    { month: '2025-12', kind: 'remedy', counts: { ...NO_COUNTS, breached: 5 } },
  ]);

  it('gives every month of the range, at zero when nothing started in it', () => {
    expect(trend.pickup.months.map(({ month }) => month)).toEqual(months);
    expect(trend.pickup.months[1]!.compliance).toMatchObject({ met: 0, breached: 0, rate: null, compliant: null });
    expect(trend.remedy.total).toMatchObject({ breached: 0, rate: null });
  });

  it('rates each month and the range against §13’s 75 % for pickup', () => {
    expect(trend.pickup.months[0]!.compliance).toMatchObject({ rate: 0.75, compliant: true });
    expect(trend.pickup.months[2]!.compliance).toMatchObject({ rate: 0.5, compliant: false, excluded: 2 });
    expect(trend.pickup.total).toMatchObject({ met: 4, breached: 2, excluded: 2, decided: 6 });
  });

  it('counts §14’s clocks met and breached, requalified before their deadline apart', () => {
    expect(trend.actionPlan.total).toMatchObject({ met: 1, breached: 1, superseded: 1, rate: 0.5 });
    expect(trend.actionPlan.total).not.toHaveProperty('compliant');
  });
});
