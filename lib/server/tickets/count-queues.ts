import 'server-only';
import { and, countDistinct, eq, sql } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { QUEUE_TABS, type QueueTab } from '@/lib/support/queue-tabs';
import type { QueueFilters } from '@/lib/search-params/queue';
import type { Actor } from '@/lib/server/actor';
import { queueConditions, runningClock } from './list-queue';

/** Counts stop here: a queue longer than this shows "10 000+", which is all a person needs to know. */
export const QUEUE_COUNT_LIMIT = 10_000;

/**
 * How many Demandes each queue holds under the same filters, by listQueue's rules (one definition
 * of each queue), up to `limit` + 1 so a count never scans a million rows every 30 s.
 * The deadline queues count the Demandes with a running clock in a dueAt range; a Demande has one
 * running clock at a time, as the lifecycle stops the pickup clock before a qualification starts one.
 */
export async function countQueues(
  db: Executor,
  { actor, filters = {}, now = new Date(), limit = QUEUE_COUNT_LIMIT }: { actor: Actor; filters?: QueueFilters; now?: Date; limit?: number },
): Promise<Record<QueueTab, number>> {
  const counts = await Promise.all(
    QUEUE_TABS.map(async (tab) => {
      const conditions = queueConditions(actor, tab, filters, now);
      const matching = conditions.needsRunningClock
        ? db
            .select({ id: sql<string>`${slaClocks.ticketId}`.as('id') })
            .from(slaClocks)
            .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
            .where(and(runningClock, conditions.clock, conditions.ticket))
            .limit(limit + 1)
        : db
            .select({ id: sql<string>`${tickets.id}`.as('id') })
            .from(tickets)
            .where(conditions.ticket)
            .limit(limit + 1);
      const [row] = await db.select({ value: countDistinct(sql`capped.id`) }).from(matching.as('capped'));
      return [tab, row?.value ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueTab, number>;
}
