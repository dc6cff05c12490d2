import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { contracts, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { CLIENT_ROLES } from '@/lib/accounts/roles';
import { isUuid } from '@/lib/search-params/well-formed';

/**
 * What a technician recording a call chooses from (§16): the organization's contract modules and
 * its active client accounts (a deactivated account files nothing). Null for an unknown organization.
 */
export async function getPhoneIntakeOptions(db: Executor, organizationId: string) {
  // An id from a URL: anything but a UUID names no organization, and never meets the uuid column.
  if (!isUuid(organizationId)) return null;
  const [organization] = await db
    .select({ id: organizations.id, name: organizations.name, timeZone: organizations.timeZone, modules: contracts.modules })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(eq(organizations.id, organizationId));
  if (!organization) return null;
  const requesters = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), inArray(users.role, [...CLIENT_ROLES])))
    .orderBy(asc(users.name));
  return { organization, requesters };
}
