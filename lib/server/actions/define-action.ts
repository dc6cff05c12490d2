import 'server-only';
import type { z } from 'zod';
import type { Database } from '@/db/client';
import type { Role } from '@/db/schema';
import { requireClient, requireRole, requireUser, type ClientUser, type CurrentUser } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/roles';
import type { AccessGate } from '@/lib/auth/access';
import { getDb } from '@/lib/server/db';
import { ServiceError } from '@/lib/server/service-error';
import type { ActionState } from './action-state';

/** A form's fields as an object: repeated names become arrays; files stay File objects. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    object[key] = values.length > 1 || key.endsWith('[]') ? values : values[0];
  }
  return object;
}

type Handler<S extends z.ZodType, U, R> = (input: z.output<S>, context: { user: U; db: Database }) => Promise<ActionState<R> | void>;

function defineAction<S extends z.ZodType, U, R>(guard: () => Promise<U>, schema: S, handler: Handler<S, U, R>) {
  // Session → validation → the operation (which checks its own permission); errors become form state.
  return async (_previous: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const user = await guard();
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.') || '_'] ??= issue.message;
      return { status: 'error', message: 'Certains champs sont à corriger.', fieldErrors };
    }
    try {
      return (await handler(parsed.data, { user, db: await getDb() })) ?? { status: 'success' };
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
