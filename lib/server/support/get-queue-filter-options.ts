import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { contracts, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { STAFF_ROLES } from '@/lib/auth/roles';

/** The choices of the queue's filters and of bulk assignment: organizations, modules, active staff. */
export async function getQueueFilterOptions(db: Executor) {
  const [organizationRows, moduleRows, staff] = await Promise.all([
    db.select({ id: organizations.id, name: organizations.name }).from(organizations).orderBy(asc(organizations.name)),
    db.selectDistinct({ module: sql<string>`unnest(${contracts.modules})` }).from(contracts),
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, [...STAFF_ROLES])))
      .orderBy(asc(users.name)),
  ]);
  return {
    organizations: organizationRows,
    modules: moduleRows.map((row) => row.module).sort((a, b) => a.localeCompare(b, 'fr')),
    staff,
  };
}
