import type { Role } from '@/db/schema';

/** Who the signed-in session claims to be (from the JWT). */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/** The account as it is in the database now. */
export interface AccountState {
  id: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
  sessionVersion: number;
}

export type AccessDecision<A extends AccountState> =
  | { kind: 'allow'; account: A }
  | { kind: 'sign-in'; reason: 'no-session' | 'deactivated' | 'session-revoked' }
  | { kind: 'forbidden' };

/**
 * Every guard decides here, from the session's claims and the account as stored now, so a
 * deactivation, a role change or a revoked session bites on the very next request (§11).
 */
export function decideAccess<A extends AccountState>(
  claims: SessionClaims | null,
  account: A | null,
  allowedRoles?: readonly Role[],
): AccessDecision<A> {
  if (!claims || !account) return { kind: 'sign-in', reason: 'no-session' };
  if (!account.active) return { kind: 'sign-in', reason: 'deactivated' };
  if (account.sessionVersion !== claims.sessionVersion) return { kind: 'sign-in', reason: 'session-revoked' };
  if (allowedRoles && !allowedRoles.includes(account.role)) return { kind: 'forbidden' };
  return { kind: 'allow', account };
}

export const SIGN_IN_NOTICES: Record<'deactivated' | 'session-revoked', string> = {
  deactivated: 'Votre compte a été désactivé. Adressez-vous à l’administrateur de votre collectivité.',
  'session-revoked': 'Votre session a pris fin. Reconnectez-vous.',
};
