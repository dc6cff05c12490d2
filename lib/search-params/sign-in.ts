import { oneOf, text } from './param-codecs';
import { defineSearchParams } from './search-params';

/**
 * Why the sign-in page is shown: the session ended (lib/auth/access's decisions, whose notices the
 * page types by this list), or the password was just reset.
 */
export const SIGN_IN_REASONS = ['deactivated', 'session-revoked', 'mot-de-passe-reinitialise'] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

/** `/connexion?motif=…`. No return address is read: after sign-in each role goes to its own home. */
export const signInSearch = defineSearchParams({ reason: oneOf(SIGN_IN_REASONS).named('motif') });

/** `/connexion/reinitialiser?jeton=…`, the emailed link (the token is checked against its hash). */
export const passwordResetSearch = defineSearchParams({ token: text({ max: 200 }).named('jeton') });
