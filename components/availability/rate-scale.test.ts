import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVAILABILITY_COMMITMENT } from '@/lib/availability';
import { ratePosition, rateScaleFloor } from './rate-scale';

describe('the scale of the 12-month chart', () => {
  it('shows the top of the scale when every month is near 100 %, the commitment line inside it', () => {
    expect(rateScaleFloor([100, 99.97, null, 99.9])).toBe(99.5);
    expect(ratePosition(AVAILABILITY_COMMITMENT, 99.5)).toBeCloseTo(70);
    expect(ratePosition(100, 99.5)).toBe(100);
  });

  it('opens wider for a bad month, and never below zero', () => {
    expect(rateScaleFloor([99.2])).toBe(99);
    expect(rateScaleFloor([96.4, 100])).toBe(95);
    expect(rateScaleFloor([0])).toBe(0);
    expect(rateScaleFloor([])).toBe(99.5);
  });

  it('places every rate and the commitment inside the chart, higher rates further right', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), { maxLength: 12 }), (rates) => {
        const floor = rateScaleFloor(rates);
        const shown = [...rates.filter((rate): rate is number => rate !== null), AVAILABILITY_COMMITMENT].sort((a, b) => a - b);
        const positions = shown.map((rate) => ratePosition(rate, floor));
        for (const [index, position] of positions.entries()) {
          expect(position).toBeGreaterThanOrEqual(index === 0 ? 0 : positions[index - 1]!);
          expect(position).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
