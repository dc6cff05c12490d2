import { activeBusinessMs } from '@/lib/reports/clock-durations';
import type { Clock } from '@/lib/sla';

/**
 * A clock of lib/sla as the columns of `sla_clocks` (its id, Demande and sweeper flags aside):
 * one mapping for the server's saves (lib/server/sla/clock-rows.ts) and the demo history.
 */
export function clockColumns(clock: Clock) {
  return {
    kind: clock.kind,
    calendar: clock.calendar,
    budgetMs: clock.budgetMs,
    atRiskRatio: clock.atRiskRatio,
    startedAt: clock.startedAt,
    dueAt: clock.dueAt,
    atRiskAt: clock.atRiskAt,
    pausedAt: clock.pausedAt,
    pauseCauses: [...clock.pauseCauses],
    pausedBusinessMs: clock.pausedBusinessMs,
    stoppedAt: clock.stoppedAt,
    outcome: clock.outcome,
    // Kept with the stop, in the same transaction: the reports aggregate it (lib/reports).
    activeBusinessMs: activeBusinessMs(clock),
  };
}
