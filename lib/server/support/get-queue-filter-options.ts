import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { contracts, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { listStaff } from '@/lib/server/users/list-staff';

/** The choices of the queue's filters and of bulk assignment: organizations, modules, active staff. */
export async function getQueueFilterOptions(db: Executor) {
  const [organizationRows, moduleRows, staff] = await Promise.all([
    db.select({ id: organizations.id, name: organizations.name }).from(organizations).orderBy(asc(organizations.name)),
    db.selectDistinct({ module: sql<string>`unnest(${contracts.modules})` }).from(contracts),
    listStaff(db),
  ]);
  return {
    organizations: organizationRows,
    modules: moduleRows.map((row) => row.module).sort((a, b) => a.localeCompare(b, 'fr')),
    staff,
  };
}
