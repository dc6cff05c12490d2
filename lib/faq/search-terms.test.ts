import { describe, expect, it } from 'vitest';
import { prefixQuery } from './search-terms';

describe('prefixQuery', () => {
  it('makes every word a prefix, all required', () => {
    expect(prefixQuery('secu mot')).toBe('secu:* & mot:*');
    expect(prefixQuery('Sécurité')).toBe('Sécurité:*');
  });

  it('drops tsquery operators and punctuation, so the syntax is always valid', () => {
    expect(prefixQuery(`"a" | !b & (c) <-> d:* 'e'`)).toBe('a:* & b:* & c:* & d:* & e:*');
    expect(prefixQuery('l’acte n°2')).toBe('l:* & acte:* & n:* & 2:*');
  });

  it('gives null when no word is left', () => {
    expect(prefixQuery('')).toBeNull();
    expect(prefixQuery(' !?& ')).toBeNull();
  });

  it('keeps twelve words at most', () => {
    expect(prefixQuery('a '.repeat(30))?.split(' & ')).toHaveLength(12);
  });
});
