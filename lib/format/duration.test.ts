import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [20 * SECOND, '20 s'],
    [400, '1 s'],
    [MINUTE, '1 min'],
    [45 * MINUTE, '45 min'],
    [44 * MINUTE + 40 * SECOND, '45 min'],
    [2 * HOUR, '2 h'],
    [2 * HOUR + 5 * MINUTE, '2 h 05'],
    [DAY, '24 h'],
    [3 * DAY + 2 * HOUR + 5 * MINUTE, '74 h 05'],
    [286 * HOUR, '286 h'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('refuses what is not a duration', () => {
    for (const ms of [-1, NaN, Infinity]) expect(() => formatDuration(ms)).toThrow(RangeError);
  });

  it('reads back the whole minutes it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 * 24 * 400 }), (minutes) => {
        const match = /^(?:(\d+) h)? ?(?:(\d+)(?: min)?)?$/.exec(formatDuration(minutes * MINUTE));
        expect(match).not.toBeNull();
        const [hours = '0', rest = '0'] = match!.slice(1).map((part) => part ?? '0');
        expect(Number(hours) * 60 + Number(rest)).toBe(minutes);
      }),
    );
  });
});
