import { describe, expect, it } from 'vitest';
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret';

const key = 'a'.repeat(48);

describe('TOTP secret at rest', () => {
  it('round-trips, with a fresh IV each time', () => {
    const one = encryptTotpSecret('JBSWY3DPEHPK3PXP', key);
    const two = encryptTotpSecret('JBSWY3DPEHPK3PXP', key);
    expect(one).not.toBe(two);
    expect(one).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptTotpSecret(one, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptTotpSecret(two, key)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key and a tampered value', () => {
    const stored = encryptTotpSecret('JBSWY3DPEHPK3PXP', key);
    expect(() => decryptTotpSecret(stored, 'b'.repeat(48))).toThrow();
    const parts = stored.split('.');
    const flipped = [...parts.slice(0, 3), `${parts[3]![0] === 'A' ? 'B' : 'A'}${parts[3]!.slice(1)}`].join('.');
    expect(() => decryptTotpSecret(flipped, key)).toThrow();
    expect(() => decryptTotpSecret('garbage', key)).toThrow();
  });
});
