import type { Clock } from './clock';

/**
 * What a history event records of a clock change: enough to explain it later. One shape for
 * every writer of the history (the server's commands, the suspension, the demo history).
 */
export function describeClock(clock: Clock) {
  return {
    kind: clock.kind,
    dueAt: clock.dueAt.toISOString(),
    atRiskAt: clock.atRiskAt.toISOString(),
    pausedAt: clock.pausedAt?.toISOString() ?? null,
    pauseCauses: [...clock.pauseCauses],
    stoppedAt: clock.stoppedAt?.toISOString() ?? null,
    outcome: clock.outcome,
  };
}
