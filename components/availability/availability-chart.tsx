import { AVAILABILITY_COMMITMENT, formatRate, meetsCommitment, type MonthAvailability } from '@/lib/availability';
import { formatMonth } from '@/lib/format/french-date';
import { ratePosition, rateScaleFloor } from './rate-scale';

// A month under the commitment is hatched and marked ✗: it reads without colour.
const UNDER = { backgroundImage: 'repeating-linear-gradient(135deg, #991b1b 0 3px, #fecaca 3px 7px)' };

/**
 * The rate of each month as a bar against the 99.85 % line (§6), drawn in HTML on the server: it
 * scales to any width and needs no script. Its figures are the table's, which assistive
 * technologies read instead.
 */
export function AvailabilityChart({ history, current }: { history: readonly MonthAvailability[]; current: string }) {
  const floor = rateScaleFloor(history.map((month) => month.rate));
  const line = `${ratePosition(AVAILABILITY_COMMITMENT, floor)}%`;
  const grid = 'grid grid-cols-[5.5rem_minmax(0,1fr)_4.75rem] items-center gap-x-2 sm:grid-cols-[8rem_minmax(0,1fr)_6rem]';
  return (
    <figure className="flex flex-col gap-3">
      <figcaption className="text-sm text-slate-700">
        Taux de chaque mois sur une échelle de {formatRate(floor)} à 100 %, comparé à l’engagement de {formatRate(AVAILABILITY_COMMITMENT)} (trait pointillé).
        Les mêmes chiffres figurent dans le tableau ci-dessous.
      </figcaption>
      <div aria-hidden="true" className="flex flex-col gap-1.5 text-sm">
        <div className={`${grid} text-xs text-slate-700`}>
          <span />
          <div className="flex justify-between">
            <span>{formatRate(floor)}</span>
            <span>100 %</span>
          </div>
          <span />
        </div>
        {history.map((month) => {
          const under = month.rate !== null && !meetsCommitment(month.rate);
          return (
            <div key={month.month} className={grid}>
              <span className="whitespace-nowrap">
                <span className="sm:hidden">{formatMonth(month.month, { short: true })}</span>
                <span className="hidden sm:inline">{formatMonth(month.month)}</span>
                {month.month === current && <span className="text-slate-700"> *</span>}
              </span>
              <div className="relative h-5 rounded-sm border border-slate-400 bg-slate-50">
                {month.rate !== null && (
                  <div
                    className={`absolute inset-y-0 left-0 ${under ? '' : 'bg-brand-700'}`}
                    style={{ width: `${ratePosition(month.rate, floor)}%`, ...(under ? UNDER : {}) }}
                  />
                )}
                <div className="absolute -inset-y-1 border-l-2 border-dashed border-slate-950" style={{ left: line }} />
              </div>
              <span className={`text-right tabular-nums ${under ? 'font-semibold text-red-900' : ''}`}>
                {month.rate === null ? '—' : `${under ? '✗ ' : ''}${formatRate(month.rate)}`}
              </span>
            </div>
          );
        })}
        <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          <span>
            <span className="inline-block h-3 w-0 border-l-2 border-dashed border-slate-950 align-middle" /> engagement {formatRate(AVAILABILITY_COMMITMENT)}
          </span>
          <span>
            <span className="inline-block h-3 w-4 align-middle" style={UNDER} /> ✗ sous l’engagement
          </span>
          <span>* mois en cours, mesuré jusqu’à maintenant</span>
        </p>
      </div>
    </figure>
  );
}
