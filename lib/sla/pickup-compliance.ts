import { isLate, type Clock } from './clock';
import type { ContractPeriod } from './contract-period';

/** §13: at least 75 % of Demandes picked up within 8 business hours. */
export const PICKUP_COMPLIANCE_TARGET = 0.75;

export type PickupClockRecord = Pick<Clock, 'startedAt' | 'dueAt' | 'pausedAt' | 'stoppedAt' | 'outcome'> & {
  /** A manager took the Demande out of the ratio, with a reason (§13: the client's obligations unmet). */
  excluded?: boolean;
};

export interface PickupCompliance {
  met: number;
  breached: number;
  /** Still running and not yet due: undecided, left out of the rate. */
  pending: number;
  /** Cancelled before their deadline: nothing was owed, left out of the rate. */
  cancelled: number;
  /** Taken out of the ratio by a manager, with a reason shown to the client: left out of the rate. */
  excluded: number;
  /** met / (met + breached), null while no Demande of the period is decided. */
  rate: number | null;
  compliant: boolean | null;
}

/**
 * The pickup rate of the period, over the pickup clocks started in it. A stopped clock counts
 * as it was judged (met at or before its deadline, breached strictly after); a running clock
 * already past its deadline can only end breached, so it counts as breached now; a running
 * clock not yet due (or paused while the support is suspended, before its deadline) is pending.
 */
export function pickupCompliance(clocks: readonly PickupClockRecord[], period: ContractPeriod, now: Date): PickupCompliance {
  const tally = { met: 0, breached: 0, pending: 0, cancelled: 0, excluded: 0 };
  for (const clock of clocks) {
    const started = clock.startedAt.getTime();
    if (started < period.start.getTime() || started >= period.end.getTime()) continue;
    tally[classify(clock, now)]++;
  }
  const decided = tally.met + tally.breached;
  return {
    ...tally,
    rate: decided === 0 ? null : tally.met / decided,
    compliant: decided === 0 ? null : tally.met >= PICKUP_COMPLIANCE_TARGET * decided,
  };
}

function classify(clock: PickupClockRecord, now: Date): keyof Omit<PickupCompliance, 'rate' | 'compliant'> {
  if (clock.excluded) return 'excluded';
  switch (clock.outcome) {
    case 'met':
      return 'met';
    case 'breached':
      return 'breached';
    case 'cancelled':
    case 'superseded':
      return 'cancelled';
    case null:
      return isLate(clock, clock.pausedAt ?? now) ? 'breached' : 'pending';
  }
}
