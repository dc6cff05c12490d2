import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  affectsOrganization,
  availabilityByOrganization,
  monthBounds,
  monthSpanAcrossZones,
  monthlyAvailability,
  sortOrganizationRates,
  type OrganizationCalendar,
  type ScopedIncident,
} from './index';

const LATER = new Date('2027-01-01T00:00:00Z');
const MINUTE = 60_000;

const at = (text: string, zone = 'Europe/Paris') => DateTime.fromISO(text, { zone }).toJSDate();

const paris: OrganizationCalendar & { name: string } = { id: 'paris', name: 'Mairie de Saint-Exemple', timeZone: 'Europe/Paris', closedDays: [] };
const reunion: OrganizationCalendar & { name: string } = { id: 'reunion', name: 'Mairie de Saint-Denis', timeZone: 'Indian/Reunion', closedDays: [] };
const lyon: OrganizationCalendar & { name: string } = { id: 'lyon', name: 'Mairie d’Écully', timeZone: 'Europe/Paris', closedDays: ['2026-03-10'] };

function fault(start: string, end: string, scope: string[] | 'all', zone = 'Europe/Paris'): ScopedIncident {
  return {
    start: at(start, zone),
    end: at(end, zone),
    cause: 'fault',
    environment: 'production',
    allOrganizations: scope === 'all',
    organizationIds: scope === 'all' ? [] : scope,
  };
}

const downtimeMinutes = (rows: ReturnType<typeof availabilityByOrganization>) =>
  Object.fromEntries(rows.map((row) => [row.organization.id, (row.availability?.downtimeMs ?? NaN) / MINUTE]));

describe('every organization’s rate for a month (§6), from one list of incidents', () => {
  it('an incident for some organizations counts only for them; one for all counts for each, in its own zone', () => {
    const incidents = [fault('2026-03-10T10:00', '2026-03-10T10:30', ['paris']), fault('2026-03-11T10:00', '2026-03-11T10:20', 'all')];
    const rows = availabilityByOrganization([paris, reunion, lyon], incidents, '2026-03', LATER);
    // 10:00 in Paris is 13:00 in La Réunion: inside its PRT too.
    expect(downtimeMinutes(rows)).toEqual({ paris: 50, reunion: 20, lyon: 20 });
    expect(rows.map((row) => row.organization.id)).toEqual(['paris', 'reunion', 'lyon']);
  });

  it('a closed day of the organization is outside its PRT', () => {
    const rows = availabilityByOrganization([paris, lyon], [fault('2026-03-10T10:00', '2026-03-10T11:00', 'all')], '2026-03', LATER);
    expect(downtimeMinutes(rows)).toEqual({ paris: 60, lyon: 0 });
  });

  it('judges each rate against the 99.85 % commitment, and has none before the month has reference time', () => {
    const long = fault('2026-03-02T07:00', '2026-03-02T20:00', ['paris']);
    const [hit, spared] = availabilityByOrganization([paris, reunion], [long], '2026-03', LATER);
    expect(hit).toMatchObject({ meetsCommitment: false });
    expect(spared).toMatchObject({ meetsCommitment: true, availability: { rate: 100 } });
    const [early] = availabilityByOrganization([paris], [], '2026-03', at('2026-03-01T12:00'));
    expect(early).toMatchObject({ availability: null, meetsCommitment: null });
  });

  it('gives each organization what monthlyAvailability gives it with the incidents that affect it', () => {
    const organizations = [paris, reunion, lyon];
    const arbitraryIncident = fc.record({
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minutes: fc.integer({ min: 1, max: 600 }),
      scope: fc.oneof(fc.constant<'all'>('all'), fc.subarray(['paris', 'reunion', 'lyon'])),
    });
    fc.assert(
      fc.property(fc.array(arbitraryIncident, { maxLength: 6 }), (specs) => {
        const incidents = specs.map(({ day, hour, minutes, scope }) => {
          const start = DateTime.fromObject({ year: 2026, month: 3, day, hour }, { zone: 'Europe/Paris' });
          return fault(start.toISO()!, start.plus({ minutes }).toISO()!, scope);
        });
        const rows = availabilityByOrganization(organizations, incidents, '2026-03', LATER);
        for (const row of rows) {
          const own = incidents.filter((incident) => affectsOrganization(incident, row.organization.id));
          expect(row.availability).toEqual(monthlyAvailability(row.organization.timeZone, '2026-03', own, LATER, row.organization.closedDays));
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('the span one query must cover', () => {
  it('holds the month in every zone asked', () => {
    const span = monthSpanAcrossZones(['Europe/Paris', 'Pacific/Tahiti', 'Indian/Reunion', 'Europe/Paris'], '2026-03');
    expect(span).toEqual({ start: monthBounds('Indian/Reunion', '2026-03').start, end: monthBounds('Pacific/Tahiti', '2026-03').end });
    expect(monthSpanAcrossZones([], '2026-03')).toBeNull();
  });
});

describe('sorting the rates', () => {
  const rows = availabilityByOrganization(
    [paris, reunion, lyon, { id: 'late', name: 'Abbeville', timeZone: 'Pacific/Tahiti', closedDays: [] }],
    [fault('2026-03-02T08:00', '2026-03-02T09:00', ['reunion']), fault('2026-03-02T08:00', '2026-03-02T08:10', ['paris'])],
    '2026-03',
    // Monday 2 March 09:00 in Paris (12:00 in La Réunion: 1 h down in 5 h; Paris 10 min in 2 h), still
    // Sunday night in Tahiti, whose month has no reference time yet.
    at('2026-03-02T09:00'),
  );

  it('by rate: the lowest first, those without a rate last, ties by name', () => {
    expect(sortOrganizationRates(rows, 'rate').map((row) => row.organization.id)).toEqual(['reunion', 'paris', 'lyon', 'late']);
  });

  it('by name, in French order (accents and case aside)', () => {
    expect(sortOrganizationRates(rows, 'name').map((row) => row.organization.name)).toEqual([
      'Abbeville',
      'Mairie d’Écully',
      'Mairie de Saint-Denis',
      'Mairie de Saint-Exemple',
    ]);
  });
});
