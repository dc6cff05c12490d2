import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_PATTERNS } from '@/lib/reports/route-patterns';

/** The route pattern of every page of the portal and the console, from app/ itself. */
function pagesUnder(dir: string, prefix: string): string[] {
  const patterns: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') patterns.push(prefix || '/');
    if (entry.isDirectory()) {
      // A route group, "(portal)", is no part of the address.
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
      patterns.push(...pagesUnder(path.join(dir, entry.name), `${prefix}${segment}`));
    }
  }
  return patterns;
}

const APP = path.join(process.cwd(), 'app');

// The pure list is checked against app/ here, where a test may read the disk.
describe('ROUTE_PATTERNS (§17: page views are counted by route pattern)', () => {
  it('names every page of the portal and the console, and no other', () => {
    const pages = [...pagesUnder(path.join(APP, '(portal)'), ''), ...pagesUnder(path.join(APP, 'console'), '/console')].sort();
    expect(Object.keys(ROUTE_PATTERNS).sort(), 'Ajoutez chaque nouvelle page à lib/reports/route-patterns.ts, avec son nom.').toEqual(pages);
  });
});
