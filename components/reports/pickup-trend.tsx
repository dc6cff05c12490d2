import { formatMonth } from '@/lib/format/french-date';
import type { PickupCompliance } from '@/lib/reports/compliance';
import { TREND_MORE_STATUSES, type KindTrend } from '@/lib/reports/monthly-trend';
import { formatShare } from '@/lib/reports/report-words';
import { PICKUP_COMPLIANCE_TARGET } from '@/lib/sla';
import { MonthlyBarChart } from './monthly-bar-chart';
import { TrendTable } from './trend-table';

function rateWords(compliance: PickupCompliance): string {
  if (compliance.rate === null) return 'aucune demande décidée';
  return `${formatShare(compliance.rate)} dans le délai (${compliance.met} sur ${compliance.decided})`;
}

/** §13 month by month: the share of Demandes taken in charge within 8 business hours, against 75 %. */
export function PickupTrend({ trend }: { trend: KindTrend<PickupCompliance> }) {
  return (
    <div className="flex flex-col gap-6">
      <MonthlyBarChart
        title="Part des demandes prises en charge dans le délai, par mois d’enregistrement"
        summary="Graphique en barres : part des demandes prises en charge dans le délai et hors délai, mois par mois, avec l’objectif de 75 %. Les chiffres sont dans le tableau qui suit."
        scale="share"
        target={PICKUP_COMPLIANCE_TARGET}
        rows={trend.months.map(({ month, compliance }) => ({
          label: formatMonth(month),
          met: compliance.met,
          breached: compliance.breached,
          text: rateWords(compliance),
        }))}
      />
      <TrendTable caption="Prise en charge, mois par mois" trend={trend} more={TREND_MORE_STATUSES.pickup} />
    </div>
  );
}
