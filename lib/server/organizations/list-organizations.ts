import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { contracts, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';

/** Every organization with its contract and active account count, for support staff. */
export async function listOrganizations(db: Executor) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      timeZone: organizations.timeZone,
      modules: contracts.modules,
      namedUserLimit: contracts.namedUserLimit,
      supportStartDate: contracts.supportStartDate,
      supportSuspendedAt: organizations.supportSuspendedAt,
      activeUsers: count(sql`case when ${users.active} then 1 end`),
    })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .leftJoin(users, eq(users.organizationId, organizations.id))
    .groupBy(organizations.id, contracts.id)
    .orderBy(asc(organizations.name));
}
