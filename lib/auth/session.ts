import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/db/schema';
import { getAccount, type Account } from '@/lib/server/auth/get-account';
import { getDb } from '@/lib/server/db';
import { decideAccess, type AccessDecision } from './access';
import { authOptions } from './options';
import { CLIENT_ROLES, STAFF_ROLES } from './roles';

export type CurrentUser = NonNullable<Account>;

/** The access decision for this request, computed once per request however many guards ask. */
export const currentAccess = cache(async (): Promise<AccessDecision<CurrentUser>> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user ? { userId: session.user.id, sessionVersion: session.user.sessionVersion } : null;
  const account = claims ? await getAccount(await getDb(), claims.userId) : null;
  return decideAccess(claims, account);
});

/** The signed-in user, or a redirect to the sign-in page (with the reason when there is one). */
export async function requireUser(): Promise<CurrentUser> {
  const decision = await currentAccess();
  if (decision.kind === 'allow') return decision.account;
  const notice = decision.kind === 'sign-in' && decision.reason !== 'no-session' ? `?motif=${decision.reason}` : '';
  redirect(`/connexion${notice}`);
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
