import { formatMonth } from '@/lib/format/french-date';
import type { Compliance } from '@/lib/reports/compliance';
import { TREND_MORE_STATUSES, type KindTrend } from '@/lib/reports/monthly-trend';
import { MonthlyBarChart } from './monthly-bar-chart';
import { TrendTable } from './trend-table';

interface CommitmentTrendProps {
  trend: KindTrend;
  /** "Plans d’action corrective (anomalies bloquantes)". */
  title: string;
}

function countWords({ met, breached }: Compliance): string {
  return `${met} dans le délai, ${breached} hors délai`;
}

/**
 * §14 month by month: the action plans of blocking anomalies, or the remedies of major ones, met
 * and breached (a clock requalified after its deadline counts breached), by the month it started.
 */
export function CommitmentTrend({ trend, title }: CommitmentTrendProps) {
  return (
    <div className="flex flex-col gap-6">
      <MonthlyBarChart
        title={`${title}, par mois de qualification`}
        summary={`Graphique en barres : ${title.toLowerCase()} dans le délai et hors délai, mois par mois. Les chiffres sont dans le tableau qui suit.`}
        scale="count"
        rows={trend.months.map(({ month, compliance }) => ({
          label: formatMonth(month),
          met: compliance.met,
          breached: compliance.breached,
          text: countWords(compliance),
        }))}
      />
      <TrendTable caption={`${title}, mois par mois`} trend={trend} more={TREND_MORE_STATUSES.remedy} />
    </div>
  );
}
