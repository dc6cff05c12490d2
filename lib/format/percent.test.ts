import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPercentNumber, formatShare } from './percent';

describe('formatPercent: the one way a rate is written', () => {
  it.each([
    [87.5, 1, '87,5\u202f%'],
    [80, 1, '80\u202f%'],
    [74.96, 1, '74,9\u202f%'],
    [99.849, 2, '99,84\u202f%'],
    [99.85, 2, '99,85\u202f%'],
    [100, 2, '100,00\u202f%'],
  ] as const)('%s with %s decimals reads %s', (value, decimals, text) => {
    expect(formatPercent(value, decimals)).toBe(text);
  });

  it('absorbs floating-point error only: 0.29 reads 29 %, not 28,9 %', () => {
    expect(formatShare(0.29)).toBe('29\u202f%');
    expect(formatPercentNumber(28.99999, 1)).toBe('28,9');
  });

  it('never rounds up past the figure', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const shown = Number(formatPercentNumber(value, 1).replace(',', '.'));
        expect(shown).toBeLessThanOrEqual(value + 1e-9);
        expect(value - shown).toBeLessThan(0.1 + 1e-9);
      }),
    );
  });

  it('refuses what is not a percentage', () => {
    expect(() => formatPercent(101)).toThrow(RangeError);
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
  });
});
