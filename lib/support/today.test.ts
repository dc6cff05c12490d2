import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from './today';

const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toJSDate();

describe('endOfLocalDay', () => {
  it('is the next local midnight in the reader’s zone, not the server’s', () => {
    expect(endOfLocalDay(at('2026-03-09T14:05', 'Europe/Paris'), 'Europe/Paris')).toEqual(at('2026-03-10T00:00', 'Europe/Paris'));
    // 23:30 in Paris is already the next day in La Réunion.
    expect(endOfLocalDay(at('2026-03-09T23:30', 'Europe/Paris'), 'Indian/Reunion')).toEqual(at('2026-03-11T00:00', 'Indian/Reunion'));
  });

  it('spans 23 hours on the day the clocks go forward and 25 on the day they go back', () => {
    const spring = at('2026-03-29T00:00', 'Europe/Paris');
    expect(endOfLocalDay(spring, 'Europe/Paris').getTime() - spring.getTime()).toBe(23 * 3_600_000);
    const autumn = at('2026-10-25T00:00', 'Europe/Paris');
    expect(endOfLocalDay(autumn, 'Europe/Paris').getTime() - autumn.getTime()).toBe(25 * 3_600_000);
  });

  it('counts midnight itself as the start of a new day', () => {
    expect(endOfLocalDay(at('2026-03-10T00:00', 'Europe/Paris'), 'Europe/Paris')).toEqual(at('2026-03-11T00:00', 'Europe/Paris'));
  });
});
