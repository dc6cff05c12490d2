import 'server-only';
import { eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { announcements, contracts, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { ANNOUNCEMENT_INPUT_ZONE } from '@/lib/announcements/support-time';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

export interface ReaderScope {
  /** The zone the reader's dates are shown in: their organization's (§5), Paris for staff. */
  timeZone: string;
  /** Which announcements the reader sees; none for staff, who see them all. */
  condition: SQL | undefined;
}

/**
 * What an actor may read: staff everything; a client what concerns every organization, and
 * what concerns a module of their own contract (§3).
 */
export async function announcementScope(db: Executor, actor: Actor): Promise<ReaderScope> {
  if (isStaff(actor.role)) return { timeZone: ANNOUNCEMENT_INPUT_ZONE, condition: undefined };
  if (!actor.organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');
  const [organization] = await db
    .select({ timeZone: organizations.timeZone, modules: contracts.modules })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(eq(organizations.id, actor.organizationId));
  if (!organization) throw new ServiceError('forbidden', 'Votre collectivité n’a pas de contrat.');
  const forEveryone = isNull(announcements.module);
  return {
    timeZone: organization.timeZone,
    condition: organization.modules.length > 0 ? or(forEveryone, inArray(announcements.module, organization.modules)) : forEveryone,
  };
}

/** Writing announcements is the support's job (§10.2, §12). */
export function assertStaff(actor: Actor): void {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Seul le support publie des annonces.');
}
