import { describe, expect, it } from 'vitest';
import { fromInputTime, toInputTime } from './support-time';

describe('datetime-local values in Paris time (§5: CET/CEST)', () => {
  it('reads winter and summer times with their offsets', () => {
    expect(fromInputTime('2026-12-15T07:00')).toEqual(new Date('2026-12-15T06:00:00Z'));
    expect(fromInputTime('2026-07-15T07:00')).toEqual(new Date('2026-07-15T05:00:00Z'));
  });

  it('moves a time the spring change skips forward, like the clocks', () => {
    expect(fromInputTime('2026-03-29T02:30')).toEqual(new Date('2026-03-29T01:30:00Z'));
  });

  it('refuses what is not a datetime-local value', () => {
    expect(fromInputTime('')).toBeNull();
    expect(fromInputTime('15/12/2026 07:00')).toBeNull();
    expect(fromInputTime('2026-02-30T07:00')).toBeNull();
  });

  it('writes an instant back as the form shows it', () => {
    expect(toInputTime(new Date('2026-12-15T06:00:00Z'))).toBe('2026-12-15T07:00');
    expect(toInputTime(new Date('2026-07-15T05:00:00Z'))).toBe('2026-07-15T07:00');
  });
});
