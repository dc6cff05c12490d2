import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRoutePattern, routePatternOf } from './route-patterns';

describe('routePatternOf', () => {
  it('names an address by its page, variable parts named', () => {
    expect(routePatternOf('/')).toBe('/');
    expect(routePatternOf('/demandes/DEM-2026-000123')).toBe('/demandes/[reference]');
    expect(routePatternOf('/demandes/DEM-2026-000123/confirmation')).toBe('/demandes/[reference]/confirmation');
    expect(routePatternOf('/console/organisations/0b9f7c2e-8d4a-4f4e-9a52-1f1f2a3b4c5d')).toBe('/console/organisations/[id]');
    expect(routePatternOf('/faq/mot-de-passe-oublie/')).toBe('/faq/[slug]');
  });

  it('prefers a page’s own name to a variable part', () => {
    expect(routePatternOf('/demandes/nouvelle')).toBe('/demandes/nouvelle');
    expect(routePatternOf('/console/faq/nouvelle')).toBe('/console/faq/nouvelle');
  });

  it('knows no page for a mistyped address', () => {
    expect(routePatternOf('/jean.dupont@mairie.fr')).toBeNull();
    expect(routePatternOf('/demandes/DEM-2026-000123/autre')).toBeNull();
    expect(routePatternOf('/console/inconnue')).toBeNull();
  });

  it('only ever answers with a pattern of the list, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('demandes', 'faq', 'console', 'nouvelle', 'rapports'), fc.string()), { maxLength: 5 }), (segments) => {
        const pattern = routePatternOf(`/${segments.join('/')}`);
        expect(pattern === null || isRoutePattern(pattern)).toBe(true);
      }),
    );
  });
});
