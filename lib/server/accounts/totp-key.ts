import 'server-only';
import { authSecret } from '@/lib/env';

/** The secret the TOTP secrets' encryption key is derived from (lib/auth/totp-secret.ts). */
export function totpKey(): string {
  return authSecret();
}
