import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { AVAILABILITY_COMMITMENT, formatRate, meetsCommitment } from './index';

const HOUR = 3_600_000;

describe('the commitment, 99.85 % (§6)', () => {
  it('is 99.85 percent', () => {
    expect(AVAILABILITY_COMMITMENT).toBe(99.85);
  });

  it.each([
    [100, true],
    [99.85, true],
    [99.86, true],
    [99.8499, false],
    [0, false],
  ])('%s % meets it: %s', (rate, met) => {
    expect(meetsCommitment(rate)).toBe(met);
  });

  it('a rate a floating-point hair under 99.85 reads 99,85 % and meets it: what is shown is what is judged', () => {
    const hair = 99.85 - 1e-13;
    expect(formatRate(hair)).toBe('99,85\u202f%');
    expect(meetsCommitment(hair)).toBe(true);
  });

  it('exactly 0.15 % of a 22-day month down is met, one ms more is not, despite floating point', () => {
    const reference = 22 * 13 * HOUR;
    const allowed = reference * 0.0015;
    expect(Number.isInteger(allowed)).toBe(true);
    const rate = (down: number) => (100 * (reference - down)) / reference;
    expect(meetsCommitment(rate(allowed))).toBe(true);
    expect(formatRate(rate(allowed))).toBe('99,85\u202f%');
    expect(meetsCommitment(rate(allowed + 1))).toBe(false);
    expect(formatRate(rate(allowed + 1))).toBe('99,84\u202f%');
  });
});

describe('formatRate: French, two decimals, narrow no-break space before %', () => {
  it.each([
    [100, '100,00\u202f%'],
    [99.85, '99,85\u202f%'],
    [99.9, '99,90\u202f%'],
    [99.849, '99,84\u202f%'],
    [99.8499999, '99,84\u202f%'],
    [12.5, '12,50\u202f%'],
    [0, '0,00\u202f%'],
    // 0.29 × 100 is 28.999999999999996 in floating point.
    [0.29, '0,29\u202f%'],
    [1.13, '1,13\u202f%'],
  ])('%s → %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });

  it.each([NaN, -1, 100.5, Infinity])('refuses %s', (rate) => {
    expect(() => formatRate(rate)).toThrow(RangeError);
  });

  it('property: what is shown as at least 99,85 % meets the commitment, and the reverse', () => {
    const reference = fc.integer({ min: 13 * HOUR, max: 23 * 13 * HOUR });
    fc.assert(
      fc.property(reference, fc.integer({ min: 0, max: 3 * HOUR }), (referenceMs, downtimeMs) => {
        fc.pre(downtimeMs <= referenceMs);
        const rate = (100 * (referenceMs - downtimeMs)) / referenceMs;
        const shown = Number(formatRate(rate).replace('\u202f%', '').replace(',', '.'));
        expect(shown >= 99.85).toBe(meetsCommitment(rate));
        expect(meetsCommitment(rate)).toBe((referenceMs - downtimeMs) * 10_000 >= 9_985 * referenceMs);
        expect(shown).toBeLessThanOrEqual(rate + 1e-9);
        expect(rate - shown).toBeLessThan(0.01);
      }),
      { numRuns: 2_000 },
    );
  });
});
