import type { ClockKind } from '@/lib/sla';
import {
  addCounts,
  complianceOf,
  NO_COUNTS,
  pickupComplianceOf,
  type Compliance,
  type PickupCompliance,
  type ReportStatus,
  type StatusCounts,
} from './compliance';

/** What the database counts: a kind's clocks started in a month, by status. */
export interface MonthlyCounts {
  month: string;
  kind: ClockKind;
  counts: StatusCounts;
}

export interface TrendMonth<C extends Compliance = Compliance> {
  /** 'YYYY-MM' */
  month: string;
  compliance: C;
}

export interface KindTrend<C extends Compliance = Compliance> {
  months: Array<TrendMonth<C>>;
  /** The whole range. */
  total: C;
}

export interface MonthlyTrend {
  pickup: KindTrend<PickupCompliance>;
  actionPlan: KindTrend;
  remedy: KindTrend;
}

/**
 * Each clock kind month by month over `months` (every month present, at zero when nothing
 * started in it), with the range's total: pickup against its 75 % (§13), action plans and
 * remedies each owed on time (§14).
 */
export function monthlyTrend(months: readonly string[], rows: readonly MonthlyCounts[]): MonthlyTrend {
  const countsOf = (kind: ClockKind, month: string) => rows.find((row) => row.kind === kind && row.month === month)?.counts ?? NO_COUNTS;
  const trendOf = <C extends Compliance>(kind: ClockKind, rate: (counts: StatusCounts) => C): KindTrend<C> => {
    const perMonth = months.map((month) => countsOf(kind, month));
    return {
      months: months.map((month, index) => ({ month, compliance: rate(perMonth[index]!) })),
      total: rate(addCounts(...perMonth)),
    };
  };
  return { pickup: trendOf('pickup', pickupComplianceOf), actionPlan: trendOf('actionPlan', complianceOf), remedy: trendOf('remedy', complianceOf) };
}

/**
 * What a trend's table and CSV show of a kind beyond met, breached and the rate: the pickup's
 * pending, excluded and cancelled Demandes; the §14 clocks' pending and requalified-in-time ones.
 */
export const TREND_MORE_STATUSES: Readonly<Record<ClockKind, readonly ReportStatus[]>> = {
  pickup: ['pending', 'excluded', 'cancelled'],
  actionPlan: ['pending', 'superseded'],
  remedy: ['pending', 'superseded'],
};
