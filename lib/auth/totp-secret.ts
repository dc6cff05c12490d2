import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The TOTP secret is encrypted at rest (AES-256-GCM) with a key derived from the auth secret, so a
// database dump alone does not let anyone generate codes. Format: v1.<iv>.<tag>.<ciphertext>, base64url.
const INFO = 'guichet/totp-secret/v1';

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), INFO, 32));
}

export function encryptTotpSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** The secret, or an error when the value was tampered with or another key encrypted it. */
export function decryptTotpSecret(stored: string, authSecret: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('Secret TOTP illisible.');
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
