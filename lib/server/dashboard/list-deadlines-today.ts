import 'server-only';
import { and, asc, eq, gt, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { organizations, slaClocks, tickets, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { isStaff } from '@/lib/accounts/roles';
import { nextClockTransition, type ClockTransition } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { toClock } from '@/lib/server/sla/clock-rows';
import { rowColumns, runningClock, type QueueRow } from '@/lib/server/tickets/list-queue';

export interface DeadlineToday extends QueueRow {
  transition: ClockTransition;
}

/**
 * The Demandes whose running clock turns à risque or hors délai between `now` and `until` (the
 * end of the reader's day), the nearest change first, at most `limit`; `more` when others follow.
 * Two walks of the sweeper's partial indexes, each stopping after `limit` + 1 rows: the running
 * clocks by dueAt from now (sla_clocks_running_due_idx), and those not yet flagged à risque by
 * atRiskAt (sla_clocks_at_risk_queue_idx). A clock whose next change is à risque comes first in
 * the second walk at an earlier instant, so the merge of both heads is the true head.
 */
export async function listDeadlinesToday(
  db: Executor,
  { actor, now, until, timeZone, limit = 6 }: { actor: Actor; now: Date; until: Date; timeZone: string; limit?: number },
): Promise<{ rows: DeadlineToday[]; more: boolean }> {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Le tableau de bord est réservé au support.');
  const walk = (range: SQL | undefined, order: typeof slaClocks.dueAt | typeof slaClocks.atRiskAt) =>
    db
      .select({ ...rowColumns, clock: slaClocks })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
      .leftJoin(users, eq(users.id, tickets.assigneeId))
      .where(and(runningClock, range))
      .orderBy(asc(order), asc(slaClocks.id))
      .limit(limit + 1);
  const [turningOverdue, turningAtRisk] = await Promise.all([
    walk(and(gte(slaClocks.dueAt, now), lt(slaClocks.dueAt, until)), slaClocks.dueAt),
    walk(
      and(isNull(slaClocks.atRiskFlaggedAt), gt(slaClocks.atRiskAt, now), lt(slaClocks.atRiskAt, until), sql`${slaClocks.atRiskAt} < ${slaClocks.dueAt}`),
      slaClocks.atRiskAt,
    ),
  ]);

  const byTicket = new Map<string, DeadlineToday>();
  for (const { clock: stored, ...row } of [...turningOverdue, ...turningAtRisk]) {
    const clock = toClock(stored);
    const transition = nextClockTransition(clock, now, until, timeZone);
    const known = byTicket.get(row.id);
    if (transition && (!known || transition.at < known.transition.at)) byTicket.set(row.id, { ...row, clock, transition });
  }
  const sorted = [...byTicket.values()].sort((a, b) => a.transition.at.getTime() - b.transition.at.getTime() || a.id.localeCompare(b.id));
  return { rows: sorted.slice(0, limit), more: sorted.length > limit };
}
