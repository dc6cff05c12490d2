/**
 * Password rules, after ANSSI (recommandations relatives à l'authentification multifacteur et
 * aux mots de passe, 2021) and OWASP ASVS 4 §2.1:
 * - at least 12 characters, 16 for support staff (their accounts see every organization);
 * - at most 128 (argon2 takes any length; the cap only stops abuse);
 * - any character allowed, no composition rule (ASVS 2.1.9), spaces kept as typed;
 * - not containing the account's email, nor its local part when it has 4 characters or more;
 * - not guessable: zxcvbn-ts score ≥ 3 (about 10^8 guesses and more), and a known common
 *   password may not make up half of it or more ("Motdepasse2024!" scores 3 but is refused);
 * - different from the current one.
 */
export const MIN_LENGTH_CLIENT = 12;
export const MIN_LENGTH_STAFF = 16;
export const MAX_LENGTH = 128;
export const MIN_SCORE = 3;
export const MAX_COMMON_SHARE = 0.5;

export interface StrengthEstimate {
  /** zxcvbn's 0–4 score. */
  score: number;
  /** Share (0–1) of the password's characters that belong to a common-password match. */
  commonShare: number;
  /** zxcvbn's own French advice, if any. */
  warning: string | null;
}

export type PasswordProblem = 'too-short' | 'too-long' | 'contains-email' | 'common' | 'weak' | 'unchanged';

export interface PasswordContext {
  email: string;
  staff: boolean;
  strength: StrengthEstimate;
  /** Whether the password is the account's current one (verified against its hash by the caller). */
  sameAsCurrent?: boolean;
}

export function minLength(staff: boolean): number {
  return staff ? MIN_LENGTH_STAFF : MIN_LENGTH_CLIENT;
}

/** What is wrong with a new password, most important first; empty when it is accepted. */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Length counts characters as people see them (code points), not UTF-16 units.
  const length = [...password].length;
  if (length < minLength(context.staff)) problems.push('too-short');
  if (length > MAX_LENGTH) problems.push('too-long');
  if (containsEmail(password, context.email)) problems.push('contains-email');
  if (context.strength.commonShare >= MAX_COMMON_SHARE) problems.push('common');
  else if (context.strength.score < MIN_SCORE) problems.push('weak');
  if (context.sameAsCurrent) problems.push('unchanged');
  return problems;
}

function containsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (!address) return false;
  const local = address.split('@')[0] ?? '';
  return lower.includes(address) || (local.length >= 4 && lower.includes(local));
}

export function passwordProblemMessage(problem: PasswordProblem, staff: boolean): string {
  switch (problem) {
    case 'too-short':
      return `Le mot de passe doit compter au moins ${minLength(staff)} caractères.`;
    case 'too-long':
      return `Le mot de passe doit compter au plus ${MAX_LENGTH} caractères.`;
    case 'contains-email':
      return 'Le mot de passe ne doit pas contenir votre adresse e-mail.';
    case 'common':
      return 'Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.';
    case 'weak':
      return 'Ce mot de passe est trop facile à deviner : allongez-le, par exemple avec plusieurs mots sans rapport entre eux.';
    case 'unchanged':
      return 'Le nouveau mot de passe doit être différent de l’actuel.';
  }
}

/** The meter's level, in words, for the strength score (0–4). */
export const STRENGTH_LABELS = ['Très faible', 'Faible', 'Moyen', 'Fort', 'Très fort'] as const;
