import { DateTime } from 'luxon';
import { formatDate } from '@/lib/format/french-date';
import { formatPercentNumber } from '@/lib/format/percent';
import type { PickupCompliance } from './compliance';
import type { ReportPeriod } from './contract-periods';

export { formatShare } from '@/lib/format/percent';

/** "du lundi 5 janvier 2026 au lundi 4 janvier 2027": the days of a contract period, in its zone. */
export function periodWords(period: Pick<ReportPeriod, 'start' | 'end'>, timeZone: string): string {
  const first = DateTime.fromJSDate(period.start, { zone: timeZone }).toISODate()!;
  const last = DateTime.fromJSDate(new Date(period.end.getTime() - 1), { zone: timeZone }).toISODate()!;
  return `du ${formatDate(first)} au ${formatDate(last)}`;
}

/** §13's verdict on a period: kept or not (so far, for the current one), or nothing to judge yet. */
export function pickupVerdict(compliance: PickupCompliance, current: boolean): string {
  if (compliance.compliant === null) return 'Aucune demande décidée';
  if (current) return compliance.compliant ? 'Tenu à ce jour' : 'Non tenu à ce jour';
  return compliance.compliant ? 'Tenu' : 'Non tenu';
}

const TWO_DECIMALS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** A duration in hours for a spreadsheet: "2,50" (a French Excel reads the comma). */
export function hoursForSpreadsheet(ms: number): string {
  return TWO_DECIMALS.format(ms / 3_600_000);
}

/** A share for a spreadsheet, in percent: "87,5"; empty when there is none. */
export function shareForSpreadsheet(share: number | null): string {
  return share === null ? '' : formatPercentNumber(share * 100, 1);
}
