import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRankPercentile, summarizeDurations, type ValueCount } from './percentiles';

const each = (...values: number[]): ValueCount[] => values.map((value) => ({ value, count: 1 }));

describe('nearestRankPercentile: the value at rank ⌈P × N / 100⌉', () => {
  it('gives the known answers of the textbook set 15, 20, 35, 40, 50', () => {
    const set = each(50, 15, 40, 20, 35);
    expect(nearestRankPercentile(set, 5)).toBe(15);
    expect(nearestRankPercentile(set, 30)).toBe(20);
    expect(nearestRankPercentile(set, 40)).toBe(20);
    expect(nearestRankPercentile(set, 50)).toBe(35);
    expect(nearestRankPercentile(set, 100)).toBe(50);
  });

  it('takes the lower middle value as the median of an even count, and the 9th of 10 as the 90th percentile', () => {
    expect(nearestRankPercentile(each(1, 2, 3, 4), 50)).toBe(2);
    expect(nearestRankPercentile(each(1, 2, 3, 4), 90)).toBe(4);
    const tens = each(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    expect(nearestRankPercentile(tens, 50)).toBe(50);
    expect(nearestRankPercentile(tens, 90)).toBe(90);
    expect(nearestRankPercentile(tens, 91)).toBe(100);
  });

  it('reads a histogram as its values repeated', () => {
    const histogram = [
      { value: 30, count: 1 },
      { value: 10, count: 6 },
      { value: 20, count: 3 },
    ];
    expect(nearestRankPercentile(histogram, 50)).toBe(10);
    expect(nearestRankPercentile(histogram, 60)).toBe(10);
    expect(nearestRankPercentile(histogram, 61)).toBe(20);
    expect(nearestRankPercentile(histogram, 90)).toBe(20);
    expect(nearestRankPercentile(histogram, 91)).toBe(30);
  });

  it('has no percentile without values, and refuses a percentile outside 1–100', () => {
    expect(nearestRankPercentile([], 50)).toBeNull();
    expect(nearestRankPercentile([{ value: 5, count: 0 }], 50)).toBeNull();
    expect(() => nearestRankPercentile(each(1), 0)).toThrow(RangeError);
    expect(() => nearestRankPercentile(each(1), 101)).toThrow(RangeError);
    expect(() => nearestRankPercentile(each(1), 0.5)).toThrow(RangeError);
  });

  it('is one of the values, with at least P % of the values at or below it and fewer than P % strictly below', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (values, percent) => {
        const result = nearestRankPercentile(each(...values), percent)!;
        expect(values).toContain(result);
        expect(values.filter((value) => value <= result).length * 100).toBeGreaterThanOrEqual(percent * values.length);
        expect(values.filter((value) => value < result).length * 100).toBeLessThan(percent * values.length);
      }),
    );
  });

  it('never decreases as the percentile grows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 99 }), (values, percent) => {
        expect(nearestRankPercentile(each(...values), percent)!).toBeLessThanOrEqual(nearestRankPercentile(each(...values), percent + 1)!);
      }),
    );
  });
});

describe('summarizeDurations', () => {
  it('counts, takes the median and the 90th percentile, and sums (exact sums when given)', () => {
    expect(summarizeDurations(each(10, 20, 30, 40, 50, 60, 70, 80, 90, 100))).toEqual({ count: 10, median: 50, p90: 90, total: 550 });
    expect(summarizeDurations([{ value: 60_000, count: 2, sum: 121_000 }])).toEqual({ count: 2, median: 60_000, p90: 60_000, total: 121_000 });
    expect(summarizeDurations([])).toEqual({ count: 0, median: null, p90: null, total: 0 });
  });
});
