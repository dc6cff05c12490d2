import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { contractPeriod } from '@/lib/sla';
import { contractPeriods } from './contract-periods';

const local = (iso: string, zone = 'Europe/Paris') => DateTime.fromISO(iso, { zone }).toJSDate();

describe('contractPeriods (§13: every 12-month period from the support start date)', () => {
  it('has none before support starts, and the first one from its first instant', () => {
    expect(contractPeriods('2026-01-05', 'Europe/Paris', local('2026-01-04T23:59'))).toEqual([]);
    expect(contractPeriods('2026-01-05', 'Europe/Paris', local('2026-01-05T00:00'))).toEqual([
      { number: 1, current: true, start: local('2026-01-05T00:00'), end: local('2027-01-05T00:00') },
    ]);
  });

  it('opens the second period on the anniversary, at local midnight', () => {
    const justBefore = contractPeriods('2026-01-05', 'Europe/Paris', local('2027-01-04T23:59:59.999'));
    expect(justBefore).toHaveLength(1);
    const onTheDay = contractPeriods('2026-01-05', 'Europe/Paris', local('2027-01-05T00:00'));
    expect(onTheDay.map(({ number, current }) => ({ number, current }))).toEqual([
      { number: 1, current: false },
      { number: 2, current: true },
    ]);
    expect(onTheDay[1]!.start).toEqual(local('2027-01-05T00:00'));
  });

  it('draws the boundaries in the organization’s zone', () => {
    const [first, second] = contractPeriods('2026-01-05', 'Indian/Reunion', local('2027-02-01T00:00', 'Indian/Reunion'));
    expect(first!.end).toEqual(local('2027-01-05T00:00', 'Indian/Reunion'));
    expect(second!.start).toEqual(local('2027-01-04T21:00', 'Europe/Paris'));
  });

  it('lists every past period, oldest first, each as lib/sla draws it', () => {
    const now = local('2040-06-01T12:00');
    const periods = contractPeriods('2024-02-29', 'Europe/Paris', now);
    expect(periods).toHaveLength(17);
    expect(periods.at(-1)).toMatchObject({ ...contractPeriod('2024-02-29', 'Europe/Paris', now), number: 17, current: true });
    for (const [index, period] of periods.entries()) {
      expect(contractPeriod('2024-02-29', 'Europe/Paris', period.start)).toEqual({ start: period.start, end: period.end });
      if (index > 0) expect(period.start).toEqual(periods[index - 1]!.end);
    }
    expect(periods[1]!.start).toEqual(local('2025-02-28T00:00'));
    expect(periods[4]!.start).toEqual(local('2028-02-29T00:00'));
  });
});
