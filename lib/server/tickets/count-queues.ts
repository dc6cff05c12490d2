import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { QUEUE_TABS, type QueueTab } from '@/lib/support/queue-tabs';
import type { QueueFilters } from '@/lib/validation/support';
import type { Actor } from '@/lib/server/actor';
import { firstRunningClock, queueConditions, runningClock } from './list-queue';

/**
 * How many Demandes each queue holds under the same filters, by the same rules as listQueue
 * (one definition of each queue). The deadline queues count running clocks in a dueAt range.
 */
export async function countQueues(db: Executor, { actor, filters = {}, now = new Date() }: { actor: Actor; filters?: QueueFilters; now?: Date }): Promise<Record<QueueTab, number>> {
  const counts = await Promise.all(
    QUEUE_TABS.map(async (tab) => {
      const conditions = queueConditions(actor, tab, filters, now);
      const [row] = conditions.needsRunningClock
        ? await db
            .select({ value: count() })
            .from(slaClocks)
            .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
            .where(and(runningClock, conditions.clock, conditions.ticket, firstRunningClock))
        : await db.select({ value: count() }).from(tickets).where(conditions.ticket);
      return [tab, row?.value ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueTab, number>;
}
