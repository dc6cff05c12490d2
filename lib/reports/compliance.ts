import { PICKUP_COMPLIANCE_TARGET } from '@/lib/sla';

/**
 * Where a clock stands in a report (lib/sla's rules, DOMAIN "Support clocks"): met at or before
 * its deadline; breached strictly after — a clock still running past its deadline can only end
 * breached, so it counts as such at once; pending while running within its deadline; superseded
 * by a requalification, or cancelled with its Demande, before the deadline (nothing was owed);
 * excluded from the pickup ratio by a manager, with a reason (§13).
 */
export const REPORT_STATUSES = ['met', 'breached', 'pending', 'superseded', 'cancelled', 'excluded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  met: 'Dans le délai',
  breached: 'Hors délai',
  pending: 'En cours, dans le délai',
  superseded: 'Requalification avant l’échéance',
  cancelled: 'Annulation avant l’échéance',
  excluded: 'Retrait du calcul',
};

export type StatusCounts = Readonly<Record<ReportStatus, number>>;

export const NO_COUNTS: StatusCounts = { met: 0, breached: 0, pending: 0, superseded: 0, cancelled: 0, excluded: 0 };

export interface Compliance extends StatusCounts {
  /** Met and breached: the clocks whose outcome is known, the rate's denominator. */
  decided: number;
  /** met / decided, null while none is decided. */
  rate: number | null;
}

export interface PickupCompliance extends Compliance {
  /** §13: at least 75 % within 8 business hours; null while none is decided. */
  compliant: boolean | null;
}

export function complianceOf(counts: StatusCounts): Compliance {
  const decided = counts.met + counts.breached;
  return { ...counts, decided, rate: decided === 0 ? null : counts.met / decided };
}

/** §13: the pickup ratio against its 75 %, excluded, pending and cancelled Demandes left out. */
export function pickupComplianceOf(counts: StatusCounts): PickupCompliance {
  const compliance = complianceOf(counts);
  return { ...compliance, compliant: compliance.decided === 0 ? null : counts.met >= PICKUP_COMPLIANCE_TARGET * compliance.decided };
}

export function addCounts(...all: readonly StatusCounts[]): StatusCounts {
  const sum = { ...NO_COUNTS };
  for (const counts of all) for (const status of REPORT_STATUSES) sum[status] += counts[status];
  return sum;
}
