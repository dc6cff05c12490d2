import 'server-only';
import { randomInt } from 'node:crypto';

// No look-alike characters (0/O, 1/l/I), as it is read from a screen or an email and typed once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * An initial password "xxxx-xxxx-xxxx-xxxx" (about 92 bits, 19 characters: long enough for
 * staff too), to be changed at the first sign-in (§11).
 */
export function generateInitialPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}
