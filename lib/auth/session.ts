import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/lib/accounts/roles';
import { getAccount, type Account } from '@/lib/server/auth/get-account';
import { signInSearch } from '@/lib/search-params/sign-in';
import { getDb } from '@/lib/server/db';
import { decideAccess, GATE_PATHS, type AccessDecision, type AccessGate } from './access';
import { authOptions } from './options';
import { CLIENT_ROLES, STAFF_ROLES } from '@/lib/accounts/roles';

export type CurrentUser = NonNullable<Account>;

/** The session's claims and the account as stored now, read once per request however many guards ask. */
const currentSession = cache(async () => {
  const session = await getServerSession(authOptions());
  const claims = session?.user ? { userId: session.user.id, sessionVersion: session.user.sessionVersion } : null;
  const account = claims ? await getAccount(await getDb(), claims.userId) : null;
  return { claims, account };
});

/** The access decision for this request; `gate` names the pending-step page asking, if any. */
export async function currentAccess(gate?: AccessGate): Promise<AccessDecision<CurrentUser>> {
  const { claims, account } = await currentSession();
  return decideAccess(claims, account, undefined, gate);
}

/** Where a refused decision sends the browser: the sign-in page (with the reason) or a pending step. */
export function redirectPathOf(decision: Exclude<AccessDecision<CurrentUser>, { kind: 'allow' } | { kind: 'forbidden' }>): string {
  if (decision.kind === 'must-change-password') return GATE_PATHS['password-change'];
  if (decision.kind === 'totp-enrolment-required') return GATE_PATHS['totp-enrolment'];
  return signInSearch.href('/connexion', { reason: decision.reason === 'no-session' ? undefined : decision.reason });
}

/**
 * The signed-in user, or a redirect: to the sign-in page (with the reason when there is one), or
 * to the password change (§11, initial password) or two-factor enrolment page it must go through first.
 */
export async function requireUser(gate?: AccessGate): Promise<CurrentUser> {
  const decision = await currentAccess(gate);
  if (decision.kind === 'allow') return decision.account;
  if (decision.kind === 'forbidden') forbidden();
  redirect(redirectPathOf(decision));
}

/** The signed-in user if their role is one of `roles`; otherwise a 403 page. */
export async function requireRole(...roles: readonly Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export type ClientUser = CurrentUser & { organizationId: string; organizationName: string };

/** A client user, with the organization every one of their queries is scoped to. */
export async function requireClient(): Promise<ClientUser> {
  const user = await requireRole(...CLIENT_ROLES);
  const { organizationId, organizationName } = user;
  if (!organizationId || !organizationName) forbidden();
  return { ...user, organizationId, organizationName };
}

export function requireStaff(): Promise<CurrentUser> {
  return requireRole(...STAFF_ROLES);
}

/** The signed-in user or null, for pages that also serve anonymous visitors (the sign-in page). */
export async function optionalUser(): Promise<CurrentUser | null> {
  const decision = await currentAccess();
  return decision.kind === 'allow' ? decision.account : null;
}
