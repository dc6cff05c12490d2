import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slugify';

describe('slugify', () => {
  it.each([
    ['Renforcer la sécurité de votre mot de passe', 'renforcer-la-securite-de-votre-mot-de-passe'],
    ['Sécurité des échanges COMEDEC', 'securite-des-echanges-comedec'],
    ['Cimetières : gérer une concession échue', 'cimetieres-gerer-une-concession-echue'],
    ['L’acte a-t-il été transmis ?', 'l-acte-a-t-il-ete-transmis'],
    ['Œuvre, cœur et Æther', 'oeuvre-coeur-et-aether'],
    ['  --Élections 2026--  ', 'elections-2026'],
    ['???', 'article'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary, 80 characters at most', () => {
    const slug = slugify('Comment '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^comment(-comment)*$/);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
  });

  it('always gives a URL-safe name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        expect(slugify(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slugify(title).length).toBeLessThanOrEqual(80);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('keeps a free name', () => {
    expect(uniqueSlug('mot-de-passe', ['autre'])).toBe('mot-de-passe');
  });

  it('suffixes -2, -3… the first free number', () => {
    expect(uniqueSlug('mot-de-passe', ['mot-de-passe'])).toBe('mot-de-passe-2');
    expect(uniqueSlug('mot-de-passe', ['mot-de-passe', 'mot-de-passe-2', 'mot-de-passe-4'])).toBe('mot-de-passe-3');
  });
});
