import { describe, expect, it } from 'vitest';
import { businessDurationWords } from './clock-words';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('businessDurationWords', () => {
  it.each([
    ['pickup', 3 * HOUR + 20 * MINUTE, '3 h 20 ouvrées'],
    ['pickup', 8 * HOUR, '8 h ouvrées'],
    ['pickup', HOUR, '1 h ouvrée'],
    ['pickup', HOUR + 5 * MINUTE, '1 h 05 ouvrée'],
    ['pickup', 45 * MINUTE, '45 min ouvrées'],
    ['pickup', MINUTE, '1 min ouvrée'],
    ['actionPlan', -2 * HOUR, '2 h ouvrées'],
    ['actionPlan', 12 * HOUR, '12 h ouvrées'],
    // A pause of a few seconds is what a person reads: never "36 s".
    ['pickup', 20 * SECOND, 'moins d’une minute ouvrée'],
    ['pickup', 36 * SECOND, '1 min ouvrée'],
    ['pickup', 7 * HOUR + 59 * MINUTE + 50 * SECOND, '8 h ouvrées'],
    // The remedy in business days (§14), never "144 h".
    ['remedy', 6 * DAY, '6 jours ouvrés'],
    ['remedy', 5 * DAY + 3 * HOUR + 40 * MINUTE, '5 jours ouvrés et 3 h'],
    ['remedy', DAY, '1 jour ouvré'],
    ['remedy', DAY + HOUR, '1 jour ouvré et 1 h'],
    ['remedy', 6 * DAY - 10 * SECOND, '6 jours ouvrés'],
    ['remedy', 20 * HOUR + 15 * MINUTE, '20 h 15'],
    ['remedy', 36 * SECOND, '1 min'],
    ['remedy', 12 * SECOND, 'moins d’une minute'],
  ] as const)('%s, %i ms: %s', (kind, ms, words) => {
    expect(businessDurationWords(kind, ms)).toBe(words);
  });
});
