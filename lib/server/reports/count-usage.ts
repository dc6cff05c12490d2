import 'server-only';
import { sql } from 'drizzle-orm';
import { usageCounters } from '@/db/schema';
import type { Executor } from '@/db/client';
import { usageDay, type UsageEvent } from '@/lib/reports/usage';

/**
 * §17: one more of a usage figure today — a day, a metric, a key from a closed list (the type
 * admits nothing else) and a count; no user, no address, no text. One upsert; a failure is logged
 * and never spoils what the person was doing.
 */
export async function countUsage(db: Executor, event: UsageEvent, now: Date = new Date()): Promise<void> {
  try {
    await db
      .insert(usageCounters)
      .values({ day: usageDay(now), metric: event.metric, key: event.key, count: 1 })
      .onConflictDoUpdate({ target: [usageCounters.day, usageCounters.metric, usageCounters.key], set: { count: sql`${usageCounters.count} + 1` } });
  } catch (error) {
    console.error('Compteur d’usage non mis à jour', event.metric, error);
  }
}
