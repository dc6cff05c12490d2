import { describe, expect, it } from 'vitest';
import { currentNavHref } from './current-item';

const PORTAL = ['/', '/demandes', '/faq', '/compte', '/compte/utilisateurs'];

describe('currentNavHref', () => {
  it('picks the most specific section', () => {
    expect(currentNavHref('/compte/utilisateurs', PORTAL)).toBe('/compte/utilisateurs');
    expect(currentNavHref('/compte', PORTAL)).toBe('/compte');
    expect(currentNavHref('/demandes/DEM-2026-000001', PORTAL)).toBe('/demandes');
  });

  it('marks an area home only on itself', () => {
    expect(currentNavHref('/', PORTAL)).toBe('/');
    expect(currentNavHref('/notifications', PORTAL)).toBeNull();
    expect(currentNavHref('/console/demandes', ['/console', '/console/demandes'])).toBe('/console/demandes');
  });
});
