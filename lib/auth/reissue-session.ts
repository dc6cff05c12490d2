import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from '@/lib/env';
import { SESSION_MAX_AGE } from './options';

const COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/**
 * After a password change bumped session_version (ending every other session), the session that
 * made the change gets its JWT re-issued with the new version, server-side, in the same action:
 * no second sign-in round-trip (which two-factor sign-in would complicate) and nothing the browser
 * could replay from an older session — only a request already carrying a valid current session
 * reaches this, and it signs only the version the database just returned.
 */
export async function reissueSession(sessionVersion: number): Promise<void> {
  const store = await cookies();
  const name = COOKIES.find((candidate) => store.has(candidate));
  const raw = name && store.get(name)?.value;
  if (!name || !raw) return;
  const secret = authSecret();
  const token = await decode({ token: raw, secret });
  if (!token) return;
  const fresh = await encode({ token: { ...token, sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  store.set(name, fresh, { httpOnly: true, sameSite: 'lax', path: '/', secure: name.startsWith('__Secure-'), maxAge: SESSION_MAX_AGE });
}
