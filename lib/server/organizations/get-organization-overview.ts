import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { contracts, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';

/** An organization, its contract and its active named users; scoped to the one organization asked. */
export async function getOrganizationOverview(db: Executor, { organizationId }: { organizationId: string }) {
  const [row] = await db
    .select({
      name: organizations.name,
      timeZone: organizations.timeZone,
      modules: contracts.modules,
      namedUserLimit: contracts.namedUserLimit,
      supportStartDate: contracts.supportStartDate,
    })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(eq(organizations.id, organizationId));
  if (!row) return null;
  const [active] = await db
    .select({ value: count() })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true)));
  return { ...row, activeUsers: active?.value ?? 0 };
}
