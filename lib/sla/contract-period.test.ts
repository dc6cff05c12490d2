import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { contractPeriod } from './contract-period';
import { SlaError } from './sla-error';

const local = (iso: string, zone = 'Europe/Paris') => DateTime.fromISO(iso, { zone }).toJSDate();

describe('contractPeriod (§13: 12 consecutive months from the support start date)', () => {
  it('gives the first period from the start date, at local midnight', () => {
    expect(contractPeriod('2025-03-15', 'Europe/Paris', local('2025-03-15T00:00'))).toEqual({
      start: local('2025-03-15T00:00'),
      end: local('2026-03-15T00:00'),
    });
  });

  it('moves to the next period at its first instant', () => {
    const boundary = local('2026-03-15T00:00');
    expect(contractPeriod('2025-03-15', 'Europe/Paris', new Date(boundary.getTime() - 1)).end).toEqual(boundary);
    expect(contractPeriod('2025-03-15', 'Europe/Paris', boundary)).toEqual({
      start: boundary,
      end: local('2027-03-15T00:00'),
    });
  });

  it('finds the period many years on', () => {
    expect(contractPeriod('2025-03-15', 'Europe/Paris', local('2040-01-10T12:00'))).toEqual({
      start: local('2039-03-15T00:00'),
      end: local('2040-03-15T00:00'),
    });
  });

  it('counts each period from the start date, so a 29 February start comes back in leap years', () => {
    expect(contractPeriod('2024-02-29', 'Europe/Paris', local('2025-06-01T00:00'))).toEqual({
      start: local('2025-02-28T00:00'),
      end: local('2026-02-28T00:00'),
    });
    expect(contractPeriod('2024-02-29', 'Europe/Paris', local('2028-03-01T00:00'))).toEqual({
      start: local('2028-02-29T00:00'),
      end: local('2029-02-28T00:00'),
    });
  });

  it("uses midnight in the contract's zone", () => {
    const period = contractPeriod('2025-01-01', 'Pacific/Noumea', new Date('2025-06-01T00:00:00Z'));
    expect(period.start).toEqual(new Date('2024-12-31T13:00:00Z'));
    expect(contractPeriod('2025-01-01', 'Pacific/Noumea', new Date('2024-12-31T13:00:00Z')).start).toEqual(period.start);
  });

  it('refuses a date before the support started, in French', () => {
    expect(() => contractPeriod('2025-03-15', 'Europe/Paris', local('2025-03-14T23:59'))).toThrow(
      new SlaError('support_not_started', 'Le support de ce contrat commence le 15 mars 2025.'),
    );
  });

  it.each([
    ['2025-02-30', 'Europe/Paris'],
    ['2025-3-1', 'Europe/Paris'],
    ['2025-03', 'Europe/Paris'],
    ['2025-03-01', 'Mars/Olympus'],
  ])('refuses the start date %s in %s', (date, zone) => {
    expect(() => contractPeriod(date, zone, new Date('2026-01-01T00:00:00Z'))).toThrow(SlaError);
  });
});
