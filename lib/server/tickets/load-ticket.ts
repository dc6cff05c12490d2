import 'server-only';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { organizations, slaClocks, tickets, type Ticket } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { toClock, type StoredClock } from '@/lib/server/sla/clock-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LoadedTicket {
  ticket: Ticket;
  clocks: StoredClock[];
  organizationTimeZone: string;
  /** §13: the organization's support is suspended; a clock started now starts paused. */
  supportSuspended: boolean;
}

/** The WHERE that limits a client to their own organization's Demandes; staff see all. */
export function ticketScope(actor: Actor): SQL | undefined {
  if (isStaff(actor.role)) return undefined;
  if (!actor.organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');
  return eq(tickets.organizationId, actor.organizationId);
}

/**
 * A Demande the actor may see, locked for the rest of the transaction, with its clocks.
 * Another organization's Demande is "not found", exactly like one that does not exist.
 */
export async function loadTicketForUpdate(tx: Executor, actor: Actor, ticketId: string): Promise<LoadedTicket> {
  if (!UUID.test(ticketId)) throw notFound();
  const [owner] = await tx
    .select({ organizationId: tickets.organizationId })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), ticketScope(actor)));
  if (!owner) throw notFound();
  // The organization first, shared, then the Demande: the order a suspension takes them in
  // (organization, then its Demandes), so a suspension and a change never cross.
  const [organization] = await tx
    .select({ timeZone: organizations.timeZone, suspendedAt: organizations.supportSuspendedAt })
    .from(organizations)
    .where(eq(organizations.id, owner.organizationId))
    .for('share');
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
  if (!organization || !ticket) throw notFound();
  const clockRows = await tx.select().from(slaClocks).where(eq(slaClocks.ticketId, ticketId)).orderBy(asc(slaClocks.startedAt), asc(slaClocks.id));
  return { ticket, clocks: clockRows.map(toClock), organizationTimeZone: organization.timeZone, supportSuspended: organization.suspendedAt !== null };
}

export function notFound(): ServiceError {
  return new ServiceError('not_found', 'Cette demande est introuvable.');
}
