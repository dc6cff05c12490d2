import { describe, expect, it } from 'vitest';
import { incidentPageSearch, organizationRatesSearch, portalAvailabilitySearch } from './availability';

describe('availability addresses', () => {
  it('read a month and a sort in French, and write them back', () => {
    expect(organizationRatesSearch.parse({ mois: '2026-03', tri: 'nom' })).toEqual({ month: '2026-03', sort: 'name' });
    expect(organizationRatesSearch.href('/console/disponibilite', { month: '2026-03', sort: 'name' })).toBe('/console/disponibilite?mois=2026-03&tri=nom');
    expect(organizationRatesSearch.href('/api/disponibilite', { month: '2026-03', sort: 'rate' })).toBe('/api/disponibilite?mois=2026-03');
    expect(portalAvailabilitySearch.parse(new URLSearchParams('mois=2025-12'))).toEqual({ month: '2025-12' });
    expect(incidentPageSearch.parse({ fait: 'ouvert' })).toEqual({ done: 'opened' });
    expect(incidentPageSearch.href('/console/incidents/x', { done: 'corrected' })).toBe('/console/incidents/x?fait=corrige');
  });

  it('fall back on a malformed value, saying why', () => {
    expect(organizationRatesSearch.read({ mois: '2026-13', tri: 'pire' })).toEqual({
      values: { month: undefined, sort: 'rate' },
      ignored: [
        { key: 'month', param: 'mois', input: '2026-13', message: 'Mois invalide : indiquez-le sous la forme aaaa-mm.' },
        { key: 'sort', param: 'tri', input: 'pire', message: 'Valeur inconnue.' },
      ],
    });
    expect(portalAvailabilitySearch.parse({ mois: ['0000-01', '2026-01'] })).toEqual({ month: undefined });
  });
});
