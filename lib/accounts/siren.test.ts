import { describe, expect, it } from 'vitest';
import { isValidSiren, normalizeSiren } from './siren';

describe('isValidSiren', () => {
  it.each([
    ['217500016', true], // Ville de Paris
    ['123456782', true], // built to pass the checksum
    ['217 500 016', true],
    ['217500017', false],
    ['21750001', false],
    ['2175000160', false],
    ['21750001A', false],
    ['', false],
    ['356000000', true], // La Poste, the exception
  ])('%s → %s', (siren, valid) => {
    expect(isValidSiren(siren)).toBe(valid);
  });

  it('normalizes spaces', () => {
    expect(normalizeSiren(' 217 500 016 ')).toBe('217500016');
  });
});
