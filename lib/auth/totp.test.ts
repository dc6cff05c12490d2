import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { hashRecoveryCode, isValidTotpCode, looksLikeRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpUri } from './totp';

describe('TOTP', () => {
  it('accepts the current code and one step of drift, not more', async () => {
    const secret = newTotpSecret();
    const now = new Date('2026-03-02T09:00:10Z');
    const at = (seconds: number) => generate({ secret, epoch: Math.floor(now.getTime() / 1000) + seconds });
    expect(await isValidTotpCode(secret, await at(0), now)).toBe(true);
    expect(await isValidTotpCode(secret, await at(-30), now)).toBe(true);
    expect(await isValidTotpCode(secret, await at(-90), now)).toBe(false);
    expect(await isValidTotpCode(secret, 'abcdef', now)).toBe(false);
  });

  it('gives the step of a code, and refuses a step already used', async () => {
    const secret = newTotpSecret();
    const now = new Date('2026-03-02T09:00:10Z');
    const step = Math.floor(now.getTime() / 1000 / 30);
    const current = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
    const previous = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) - 30 });
    expect(await matchTotpStep(secret, current, now)).toBe(step);
    expect(await matchTotpStep(secret, previous, now)).toBe(step - 1);
    expect(await matchTotpStep(secret, current, now, step)).toBeNull();
    expect(await matchTotpStep(secret, previous, now, step - 1)).toBeNull();
    expect(await matchTotpStep(secret, current, now, step - 1)).toBe(step);
  });

  it('names Guichet as issuer in the URI', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'a@b.fr')).toMatch(/^otpauth:\/\/totp\/Guichet:a%40b\.fr\?.*issuer=Guichet/);
  });

  it('makes ten distinct recovery codes, hashed whatever the typing', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const first = codes[0]!;
    expect(looksLikeRecoveryCode(first)).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(first));
  });
});
