import type { ClockKind } from '@/lib/sla';
import { addCounts, pickupComplianceOf, type PickupCompliance } from './compliance';
import type { ReportPeriod } from './contract-periods';
import type { MonthlyTrend } from './monthly-trend';
import type { DurationSummary } from './percentiles';
import type { ExcludedPickupRow, PickupRow } from './pickup-rows';
import type { ReportRange } from './report-range';

/** §13: one organization's pickup ratio over one of its 12-month periods. */
export interface PeriodComplianceRow {
  organizationId: string;
  organizationName: string;
  /** The organization's zone, in which its periods start at midnight. */
  timeZone: string;
  period: ReportPeriod;
  compliance: PickupCompliance;
}

/** The business time it took to deliver what a clock owed, and the time it stood paused, apart. */
export interface DelayRow {
  kind: ClockKind;
  /** Start to delivery, pauses left out, over the clocks that ended with their deliverable. */
  delivered: DurationSummary;
  /** The business time paused (waiting for the client, support suspended), over those of them that paused. */
  paused: DurationSummary;
}

export interface Listing<T> {
  /** How many there are; `rows` holds the most recent of them. */
  total: number;
  rows: T[];
}

export interface SlaReport {
  range: ReportRange;
  periods: PeriodComplianceRow[];
  /** Every organization's current period together; null with a single organization. */
  currentOverall: PickupCompliance | null;
  trend: MonthlyTrend;
  delays: DelayRow[];
  late: Listing<PickupRow>;
  excluded: Listing<ExcludedPickupRow>;
}

/**
 * "Overall" against the 75 %: the current period of every organization listed, together; null
 * when a single organization is listed (its own row says it all).
 */
export function currentOverallOf(rows: readonly PeriodComplianceRow[]): PickupCompliance | null {
  const current = rows.filter((row) => row.period.current);
  if (new Set(rows.map((row) => row.organizationId)).size < 2) return null;
  return pickupComplianceOf(addCounts(...current.map((row) => row.compliance)));
}
