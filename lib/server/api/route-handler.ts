import 'server-only';
import type { Database } from '@/db/client';
import { currentAccess, type CurrentUser } from '@/lib/auth/session';
import { rolesOfArea, type Area } from '@/lib/accounts/roles';
import { getDb } from '@/lib/server/db';
import { ServiceError, type ServiceErrorKind } from '@/lib/server/service-error';

const STATUS: Record<ServiceErrorKind, number> = { invalid: 422, forbidden: 403, not_found: 404, conflict: 409 };

type Context<P> = { user: CurrentUser; db: Database; params: P };

/**
 * A route handler behind the session: no session 401, wrong area 403, invalid input 422,
 * another organization's object 404 (as the operations report it), in French JSON.
 */
export function withSession<P>(area: Area | 'any', handler: (request: Request, context: Context<P>) => Promise<Response>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const decision = await currentAccess();
    if (decision.kind === 'must-change-password' || decision.kind === 'totp-enrolment-required') {
      const error =
        decision.kind === 'must-change-password' ? 'Changez votre mot de passe avant de continuer.' : 'Activez la double authentification avant de continuer.';
      return Response.json({ error }, { status: 403 });
    }
    if (decision.kind !== 'allow') return Response.json({ error: 'Connectez-vous pour continuer.' }, { status: 401 });
    const user = decision.account;
    if (area !== 'any' && !rolesOfArea(area).includes(user.role)) {
      return Response.json({ error: 'Accès refusé.' }, { status: 403 });
    }
    try {
      return await handler(request, { user, db: await getDb(), params: await params });
    } catch (error) {
      if (error instanceof ServiceError) {
        return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: STATUS[error.kind] });
      }
      throw error;
    }
  };
}
