import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'Guichet';
export const RECOVERY_CODE_COUNT = 10;
const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** A 6-digit code of the secret, accepted one 30-second step early or late (clock drift). */
export async function isValidTotpCode(secret: string, code: string, now: Date): Promise<boolean> {
  return (await matchTotpStep(secret, code, now)) !== null;
}

/**
 * The 30-second step a valid code belongs to, or null. Signing in records it, so a code seen
 * once (over a shoulder, in a proxy log) is refused the second time (RFC 6238 §5.2).
 */
export async function matchTotpStep(secret: string, code: string, now: Date, afterTimeStep?: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: 30 });
  if (!result.valid) return null;
  const step = Math.floor(epoch / TOTP_PERIOD_SECONDS) + result.delta;
  return afterTimeStep != null && step <= afterTimeStep ? null : step;
}

/** Whether a typed code looks like a recovery code rather than an authenticator's 6 digits. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 10;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use recovery codes "xxxxx-xxxxx" (about 49 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Recovery codes are random enough that a plain SHA-256 (with sign-in throttling) protects them. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}
