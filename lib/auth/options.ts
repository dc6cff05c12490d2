import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret, env } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { signInSchema } from '@/lib/validation/auth';
import { clientAddress } from './client-address';

/** Error codes the sign-in form turns into French messages (never whether an account exists). */
export const SIGN_IN_ERRORS = {
  invalid: 'CredentialsSignin',
  throttled: 'throttled',
  totpRequired: 'totp-required',
  totpInvalid: 'totp-invalid',
} as const;

export const SESSION_MAX_AGE = 12 * 60 * 60;

let options: NextAuthOptions | undefined;

// Built on first use, not at import, so `next build` never touches the secret or the database.
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    // next-auth 4 only supports Credentials with JWT sessions; the guards re-read the account
    // from the database on every request, so a deactivation still bites at once.
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    // Secure (and __Secure-/__Host- prefixed) cookies whenever the public address is https.
    useSecureCookies: env().publicUrl.startsWith('https://'),
    pages: { signIn: '/connexion' },
    providers: [
      CredentialsProvider({
        name: 'Adresse e-mail',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const forwardedFor = req.headers?.['x-forwarded-for'] as string | undefined;
          const result = await verifyCredentials(await getDb(), {
            ...parsed.data,
            clientAddress: clientAddress(forwardedFor, env().TRUST_PROXY),
          });
          if (!result.ok) {
            if (result.reason === 'throttled') throw new Error(`${SIGN_IN_ERRORS.throttled}:${result.retryInMinutes}`);
            // The form shows the code field: the password was right, the account has two-factor sign-in.
            if (result.reason === 'totp-required') throw new Error(SIGN_IN_ERRORS.totpRequired);
            if (result.reason === 'totp-invalid') throw new Error(SIGN_IN_ERRORS.totpInvalid);
            return null;
          }
          const { user } = result;
          return {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            organizationId: user.organizationId,
            sessionVersion: user.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.role = user.role;
          token.organizationId = user.organizationId;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? '',
          name: token.name ?? '',
          email: token.email ?? '',
          role: token.role,
          organizationId: token.organizationId,
          sessionVersion: token.sessionVersion,
        };
        return session;
      },
    },
  };
  return options;
}
