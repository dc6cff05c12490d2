import type { Role } from '@/lib/accounts/roles';

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
  /** §11: an initial or reset password must be changed before anything else. */
  mustChangePassword?: boolean;
  /** Two-factor sign-in is set up on the account. */
  totpEnabled?: boolean;
  /** Managers require two-factor sign-in of every staff account (support_settings). */
  staffTotpRequired?: boolean;
}

/**
 * The pages a pending account may reach: the password change page (and nothing else) while an
 * initial password is kept; the two-factor enrolment page while staff must set it up.
 */
export type AccessGate = 'password-change' | 'totp-enrolment';

export const GATE_PATHS: Record<AccessGate, string> = {
  'password-change': '/compte/mot-de-passe',
  'totp-enrolment': '/compte/double-authentification',
};

export type AccessDecision<A extends AccountState> =
  | { kind: 'allow'; account: A }
  | { kind: 'sign-in'; reason: 'no-session' | 'deactivated' | 'session-revoked' }
  | { kind: 'forbidden' }
  | { kind: 'must-change-password' }
  | { kind: 'totp-enrolment-required' };

/**
 * Every guard decides here, from the session's claims and the account as stored now, so a
 * deactivation, a role change or a revoked session bites on the very next request (§11).
 */
export function decideAccess<A extends AccountState>(
  claims: SessionClaims | null,
  account: A | null,
  allowedRoles?: readonly Role[],
  gate?: AccessGate,
): AccessDecision<A> {
  if (!claims || !account) return { kind: 'sign-in', reason: 'no-session' };
  if (!account.active) return { kind: 'sign-in', reason: 'deactivated' };
  if (account.sessionVersion !== claims.sessionVersion) return { kind: 'sign-in', reason: 'session-revoked' };
  // The password first (the enrolment page is no way around it), then two-factor enrolment.
  if (account.mustChangePassword && gate !== 'password-change') return { kind: 'must-change-password' };
  if (needsTotpEnrolment(account) && !account.mustChangePassword && gate !== 'totp-enrolment' && gate !== 'password-change') {
    return { kind: 'totp-enrolment-required' };
  }
  if (allowedRoles && !allowedRoles.includes(account.role)) return { kind: 'forbidden' };
  return { kind: 'allow', account };
}

/** Staff must set up two-factor sign-in when managers require it of them all. */
export function needsTotpEnrolment(account: Pick<AccountState, 'role' | 'totpEnabled' | 'staffTotpRequired'>): boolean {
  const staff = account.role === 'technician' || account.role === 'support_manager';
  return staff && !!account.staffTotpRequired && !account.totpEnabled;
}

export const SIGN_IN_NOTICES: Record<'deactivated' | 'session-revoked', string> = {
  deactivated: 'Votre compte a été désactivé. Adressez-vous à l’administrateur de votre collectivité.',
  'session-revoked': 'Votre session a pris fin. Reconnectez-vous.',
};
