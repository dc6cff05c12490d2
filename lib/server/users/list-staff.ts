import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Executor } from '@/db/client';

/** The active technicians and managers, to assign Demandes to. */
export async function listStaff(db: Executor) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['technician', 'support_manager'])))
    .orderBy(asc(users.name));
}
