import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { activeBusinessMs } from '@/lib/reports/clock-durations';
import type { Database } from './client';
import { slaClocks } from './schema';

const BATCH = 500;

/**
 * The clocks stopped before `active_business_ms` existed (migration 0012) get it, computed as a
 * stop computes it now (lib/reports): SQL alone cannot walk a business calendar. Run at start-up
 * after the migrations; once done, it is one query that finds nothing. Returns how many it filled.
 */
export async function backfillActiveBusinessTime(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({
        id: slaClocks.id,
        calendar: slaClocks.calendar,
        startedAt: slaClocks.startedAt,
        stoppedAt: slaClocks.stoppedAt,
        pausedBusinessMs: slaClocks.pausedBusinessMs,
      })
      .from(slaClocks)
      .where(and(isNotNull(slaClocks.stoppedAt), isNull(slaClocks.activeBusinessMs)))
      .limit(BATCH);
    if (rows.length === 0) return filled;
    await db.transaction(async (tx) => {
      for (const row of rows)
        await tx
          .update(slaClocks)
          .set({ activeBusinessMs: activeBusinessMs(row) })
          .where(eq(slaClocks.id, row.id));
    });
    filled += rows.length;
  }
}
