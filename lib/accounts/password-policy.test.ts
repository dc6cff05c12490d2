import { describe, expect, it } from 'vitest';
import { checkPassword, passwordProblemMessage, type StrengthEstimate } from './password-policy';
import { estimatePasswordStrength } from './password-strength';

const strong: StrengthEstimate = { score: 4, commonShare: 0, warning: null };
const email = 'claire.martin@mairie-exemple.fr';
const check = (password: string, staff = false, sameAsCurrent = false) =>
  checkPassword(password, { email, staff, strength: estimatePasswordStrength(password, [email]), sameAsCurrent });

describe('checkPassword (rules)', () => {
  it.each([
    ['eleven chars', 11, false, ['too-short']],
    ['twelve chars for a client', 12, false, []],
    ['fifteen chars for staff', 15, true, ['too-short']],
    ['sixteen chars for staff', 16, true, []],
    ['128 chars', 128, false, []],
    ['129 chars', 129, false, ['too-long']],
  ])('%s', (_, length, staff, expected) => {
    expect(checkPassword('x'.repeat(length), { email, staff, strength: strong })).toEqual(expected);
  });

  it('counts characters as people see them', () => {
    expect(checkPassword('é'.repeat(12), { email, staff: false, strength: strong })).toEqual([]);
    expect(checkPassword('😀'.repeat(11), { email, staff: false, strength: strong })).toEqual(['too-short']);
  });

  it('refuses the email or its local part, whatever the case', () => {
    expect(checkPassword('Claire.Martin@Mairie-Exemple.fr!', { email, staff: false, strength: strong })).toContain('contains-email');
    expect(checkPassword('xx-CLAIRE.MARTIN-2026', { email, staff: false, strength: strong })).toContain('contains-email');
    // A local part of three letters is too common a substring to forbid.
    expect(checkPassword('bob-est-ailleurs-loin', { email: 'bob@x.fr', staff: false, strength: strong })).toEqual([]);
  });

  it('refuses a weak score and a password mostly made of a common one', () => {
    expect(checkPassword('x'.repeat(12), { email, staff: false, strength: { score: 2, commonShare: 0, warning: null } })).toEqual(['weak']);
    expect(checkPassword('x'.repeat(12), { email, staff: false, strength: { score: 4, commonShare: 0.5, warning: null } })).toEqual(['common']);
  });

  it('refuses the current password', () => {
    expect(checkPassword('x'.repeat(12), { email, staff: false, strength: strong, sameAsCurrent: true })).toEqual(['unchanged']);
  });

  it('says each problem in French', () => {
    expect(passwordProblemMessage('too-short', true)).toBe('Le mot de passe doit compter au moins 16 caractères.');
    expect(passwordProblemMessage('too-short', false)).toBe('Le mot de passe doit compter au moins 12 caractères.');
  });
});

describe('checkPassword (with the zxcvbn-ts dictionaries)', () => {
  it.each(['motdepasse123', 'azertyuiop123', 'password1234', 'Bonjour123456', 'Motdepasse2024!', 'azertyazerty'])('refuses %s', (password) => {
    expect(check(password).some((problem) => problem === 'common' || problem === 'weak')).toBe(true);
  });

  it.each(['Soleil-Mairie-Vote-42', 'Initial-4fG7-kq9P-xZ2m', 'correct cheval agrafe batterie'])('accepts %s', (password) => {
    expect(check(password, true)).toEqual([]);
  });

  it('refuses a password built on the email', () => {
    expect(check('claire.martin-2026-X')).toContain('contains-email');
  });
});
