import 'server-only';
import { and, asc, gte, lte } from 'drizzle-orm';
import { usageCounters } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { UsageCounter } from '@/lib/reports/usage-figures';
import type { UsageMetric } from '@/lib/reports/usage';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from '@/lib/server/support/require-manager';

/** §17: the usage counters of the days from `from` to `to` ('YYYY-MM-DD', included), as stored; managers only. */
export async function listUsageCounters(db: Executor, { actor, from, to }: { actor: Actor; from: string; to: string }): Promise<UsageCounter[]> {
  requireManager(actor);
  const rows = await db
    .select()
    .from(usageCounters)
    .where(and(gte(usageCounters.day, from), lte(usageCounters.day, to)))
    .orderBy(asc(usageCounters.day), asc(usageCounters.metric), asc(usageCounters.key));
  return rows.map((row) => ({ ...row, metric: row.metric as UsageMetric }));
}
