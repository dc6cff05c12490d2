import 'server-only';
import { eq } from 'drizzle-orm';
import { slaClocks, type SlaClockRow } from '@/db/schema';
import { clockColumns } from '@/db/clock-columns';
import type { Executor } from '@/db/client';
import type { Clock } from '@/lib/sla';

export type StoredClock = Clock & { id: string };

export function toClock(row: SlaClockRow): StoredClock {
  return {
    id: row.id,
    kind: row.kind,
    calendar: row.calendar,
    budgetMs: row.budgetMs,
    atRiskRatio: row.atRiskRatio,
    startedAt: row.startedAt,
    dueAt: row.dueAt,
    atRiskAt: row.atRiskAt,
    pausedAt: row.pausedAt,
    pauseCauses: row.pauseCauses,
    pausedBusinessMs: row.pausedBusinessMs,
    stoppedAt: row.stoppedAt,
    outcome: row.outcome,
  };
}

/**
 * Writes what lib/sla changed: a clock changed keeps its index (updated in place), a clock
 * started is appended (inserted). Returns the clocks as stored.
 */
export async function saveClocks(
  db: Executor,
  ticketId: string,
  before: readonly StoredClock[],
  after: ReadonlyArray<StoredClock | Clock>,
): Promise<StoredClock[]> {
  const saved: StoredClock[] = [];
  for (const [index, clock] of after.entries()) {
    const previous = before[index];
    if (previous && clock === previous) {
      saved.push(previous);
    } else if (previous) {
      await db.update(slaClocks).set(clockColumns(clock)).where(eq(slaClocks.id, previous.id));
      saved.push({ ...clock, id: previous.id });
    } else {
      const [row] = await db
        .insert(slaClocks)
        .values({ ticketId, ...clockColumns(clock) })
        .returning({ id: slaClocks.id });
      if (!row) throw new Error('Délai non enregistré.');
      saved.push({ ...clock, id: row.id });
    }
  }
  return saved;
}

/** What an event records of a clock change (lib/sla, shared with the demo history). */
export { describeClock } from '@/lib/sla';
