import { contractPeriod, SlaError, type ContractPeriod } from '@/lib/sla';

export interface ReportPeriod extends ContractPeriod {
  /** 1 for the first 12 months of support, 2 for the next… */
  number: number;
  /** The period `now` is in: assessed so far, not yet over. */
  current: boolean;
}

/**
 * §13: every 12-month assessment period of a contract, from the support start date up to the one
 * `now` is in, oldest first; none before support starts. Each is lib/sla's `contractPeriod` of an
 * instant in it, so the report and the portal's home page draw the same boundaries.
 */
export function contractPeriods(supportStartDate: string, timeZone: string, now: Date): ReportPeriod[] {
  let period: ContractPeriod;
  try {
    period = contractPeriod(supportStartDate, timeZone, now);
  } catch (error) {
    if (error instanceof SlaError && error.code === 'support_not_started') return [];
    throw error;
  }
  const periods: ContractPeriod[] = [period];
  for (;;) {
    const before = new Date(period.start.getTime() - 1);
    try {
      period = contractPeriod(supportStartDate, timeZone, before);
    } catch (error) {
      if (error instanceof SlaError && error.code === 'support_not_started') break;
      throw error;
    }
    periods.unshift(period);
  }
  return periods.map((each, index) => ({ ...each, number: index + 1, current: index === periods.length - 1 }));
}
