import 'server-only';
import type { z } from 'zod';
import type { Database } from '@/db/client';
import type { Role } from '@/lib/accounts/roles';
import { requireClient, requireRole, requireUser, type ClientUser, type CurrentUser } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/accounts/roles';
import type { AccessGate } from '@/lib/auth/access';
import { getDb } from '@/lib/server/db';
import { ServiceError } from '@/lib/server/service-error';
import type { ActionState } from '@/lib/forms/action-state';
import { FIELDS_TO_CORRECT, fieldErrorsOf } from '@/lib/forms/field-errors';
import { requestAddress } from '@/lib/server/audit/request-address';
import { formDataToObject } from '@/lib/forms/form-data';

/** What every action's operation receives besides its typed input. */
export interface ActionContext<U> {
  user: U;
  db: Database;
  /** The client address of the request, for the audit log. */
  clientAddress: string;
}

type Handler<S extends z.ZodType, U, R> = (input: z.output<S>, context: ActionContext<U>) => Promise<ActionState<R> | void>;

function defineAction<S extends z.ZodType, U, R>(guard: () => Promise<U>, schema: S, handler: Handler<S, U, R>) {
  // Session → validation, once, by the form's shared schema → the operation (which checks its own
  // permission and the invariants that need the database); errors become form state.
  return async (_previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const user = await guard();
    const parsed = await schema.safeParseAsync(formDataToObject(formData));
    if (!parsed.success) return { status: 'error', message: FIELDS_TO_CORRECT, fieldErrors: fieldErrorsOf(parsed.error.issues) };
    try {
      return (await handler(parsed.data, { user, db: await getDb(), clientAddress: await requestAddress() })) ?? { status: 'success' };
    } catch (error) {
      if (error instanceof ServiceError) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors };
      throw error;
    }
  };
}

/** A server action of the client portal. */
export function portalAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, ClientUser, R>) {
  return defineAction(requireClient, schema, handler);
}

/** A server action of the staff console; `roles` narrows it (e.g. managers only). */
export function consoleAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, CurrentUser, R>, roles: readonly Role[] = STAFF_ROLES) {
  return defineAction(() => requireRole(...roles), schema, handler);
}

/**
 * A server action any signed-in user may run on their own account (notifications, profile);
 * `gate` lets the pending-step pages' own actions run (the initial password change, enrolment).
 */
export function accountAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, CurrentUser, R>, gate?: AccessGate) {
  return defineAction(() => requireUser(gate), schema, handler);
}

/** One of the few actions without a session (asking for a password reset link, using it). */
export function publicAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, null, R>) {
  return defineAction(() => Promise.resolve(null), schema, handler);
}
