import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { slaClocks, tickets, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { STAFF_ROLES } from '@/lib/accounts/roles';
import { OPEN_STATUSES } from '@/lib/support/queue-tabs';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { runningClock } from '@/lib/server/tickets/list-queue';

export interface TeamMemberWorkload {
  id: string;
  name: string;
  /** Open Demandes assigned to them (registered to in correction, waiting for the client included). */
  open: number;
  /** Of those, with a running clock à risque (from atRiskAt up to dueAt included) or hors délai (after dueAt) now. */
  atRisk: number;
  overdue: number;
}

/**
 * For a support manager: each active member of the support with their open Demandes and, of
 * those, the ones à risque or hors délai now, the most urgent load first. Two aggregates over
 * the open work only — the open Demandes, and the running clocks already past atRiskAt — never
 * the history.
 */
export async function getTeamWorkload(db: Executor, { actor, now }: { actor: Actor; now: Date }): Promise<TeamMemberWorkload[]> {
  if (actor.role !== 'support_manager') throw new ServiceError('forbidden', 'La charge de l’équipe est réservée aux responsables du support.');
  const [staff, open, clocks] = await Promise.all([
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(inArray(users.role, [...STAFF_ROLES]), eq(users.active, true)))
      .orderBy(asc(users.name)),
    db
      .select({ assigneeId: sql<string>`${tickets.assigneeId}`, value: count() })
      .from(tickets)
      .where(and(inArray(tickets.status, [...OPEN_STATUSES]), isNotNull(tickets.assigneeId)))
      .groupBy(tickets.assigneeId),
    db
      .select({
        assigneeId: sql<string>`${tickets.assigneeId}`,
        overdue: sql<number>`count(distinct ${tickets.id}) filter (where ${slaClocks.dueAt} < ${now.toISOString()}::timestamptz)`.mapWith(Number),
        atRisk: sql<number>`count(distinct ${tickets.id}) filter (where ${slaClocks.dueAt} >= ${now.toISOString()}::timestamptz)`.mapWith(Number),
      })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .where(and(runningClock, lte(slaClocks.atRiskAt, now), isNotNull(tickets.assigneeId)))
      .groupBy(tickets.assigneeId),
  ]);
  const openOf = new Map(open.map((row) => [row.assigneeId, row.value]));
  const clocksOf = new Map(clocks.map((row) => [row.assigneeId, row]));
  return staff
    .map((member) => ({
      ...member,
      open: openOf.get(member.id) ?? 0,
      atRisk: clocksOf.get(member.id)?.atRisk ?? 0,
      overdue: clocksOf.get(member.id)?.overdue ?? 0,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || b.open - a.open || a.name.localeCompare(b.name, 'fr'));
}
