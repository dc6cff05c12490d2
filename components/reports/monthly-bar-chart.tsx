import { useId } from 'react';
import { BAR_COLOURS, BarSwatch, HatchPattern } from './bar-swatch';

export interface ChartRow {
  /** The month, in words. */
  label: string;
  met: number;
  breached: number;
  /** The row's figures in words, shown under its bar. */
  text: string;
}

interface MonthlyBarChartProps {
  title: string;
  /** What the chart shows, for those who do not see it (its table follows). */
  summary: string;
  rows: ChartRow[];
  /**
   * `share`: each bar is a month's decided clocks, split into met and breached, with the target
   * marked across; `count`: bars in numbers, on the scale of the busiest month.
   */
  scale: 'share' | 'count';
  /** The share to reach (0.75 for §13), drawn as a dashed line. */
  target?: number;
}

/**
 * A month-by-month bar chart rendered on the server: one horizontal bar per month (readable at
 * 390 px), solid for "dans le délai", hatched for "hors délai", each bar followed by its figures in
 * words and the chart by its table — so it reads without colour, and without the chart at all.
 */
export function MonthlyBarChart({ title, summary, rows, scale, target }: MonthlyBarChartProps) {
  const id = useId();
  const hatch = `${id}-hachures`;
  const max = Math.max(1, ...rows.map((row) => row.met + row.breached));
  const percent = (value: number, row: ChartRow) => (100 * value) / (scale === 'share' ? Math.max(1, row.met + row.breached) : max);
  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="font-semibold text-slate-800">{title}</figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label="Légende">
        <li className="flex items-center gap-2">
          <BarSwatch fill="met" id={`${id}-legende-tenu`} />
          Dans le délai
        </li>
        <li className="flex items-center gap-2">
          <BarSwatch fill="breached" id={`${id}-legende-depasse`} />
          Hors délai
        </li>
        {target !== undefined && (
          <li className="flex items-center gap-2">
            <svg width="16" height="16" aria-hidden="true" className="shrink-0">
              <line x1="8" y1="0" x2="8" y2="16" stroke="#0f172a" strokeWidth="2" strokeDasharray="3 2" />
            </svg>
            Objectif {Math.round(target * 100)} %
          </li>
        )}
      </ul>
      <div role="img" aria-label={summary} className="flex flex-col gap-2">
        <svg width="0" height="0" aria-hidden="true" className="absolute">
          <defs>
            <HatchPattern id={hatch} />
          </defs>
        </svg>
        {rows.map((row) => {
          const met = percent(row.met, row);
          const breached = percent(row.breached, row);
          return (
            <div key={row.label} className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-center gap-x-3" aria-hidden="true">
              <span className="text-sm text-slate-800">{row.label}</span>
              <div className="flex min-w-0 flex-col gap-0.5">
                <svg width="100%" height="18" className="block overflow-visible">
                  <rect x="0" y="1" width="100%" height="16" fill="#f1f5f9" />
                  {met > 0 && <rect x="0" y="1" width={`${met}%`} height="16" fill={BAR_COLOURS.met} />}
                  {breached > 0 && (
                    <rect x={`${met}%`} y="1" width={`${breached}%`} height="16" fill={`url(#${hatch})`} stroke={BAR_COLOURS.breached} strokeWidth="1" />
                  )}
                  {target !== undefined && (
                    <>
                      {/* A white edge, so the dashes stand out on the solid bar too. */}
                      <line x1={`${target * 100}%`} x2={`${target * 100}%`} y1="0" y2="18" stroke="#ffffff" strokeWidth="4" />
                      <line x1={`${target * 100}%`} x2={`${target * 100}%`} y1="0" y2="18" stroke="#0f172a" strokeWidth="2" strokeDasharray="3 2" />
                    </>
                  )}
                </svg>
                <span className="text-xs text-slate-700">{row.text}</span>
              </div>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
