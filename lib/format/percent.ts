// Floating-point error in a ratio (0.29 × 1000 is 289.99999999999994) is far below this slack;
// a real difference of one Demande or one millisecond of downtime is far above it.
const SLACK = 1e-9;

const FORMATS = {
  1: new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 1, useGrouping: false }),
  2: new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
} as const;

/**
 * A percentage as people read it — "87,5 %", "99,85 %", a narrow no-break space before the sign —
 * truncated, never rounded up: a figure shown as meeting a commitment (75 %, 99,85 %) always
 * does, and 74,96 % reads 74,9 %. The one way a rate is written, on every page and in every report.
 */
export function formatPercent(percent: number, decimals: 1 | 2 = 1): string {
  return `${formatPercentNumber(percent, decimals)}\u202f%`;
}

/** The same figure without its sign, for a spreadsheet cell ("87,5"). */
export function formatPercentNumber(percent: number, decimals: 1 | 2 = 1): string {
  if (!(percent >= 0 && percent <= 100)) throw new RangeError(`A percentage is from 0 to 100, got ${percent}`);
  const scale = 10 ** decimals;
  return FORMATS[decimals].format(Math.floor(percent * scale + SLACK) / scale);
}

/** A share (0 to 1) as a percentage with one decimal: "87,5 %". */
export function formatShare(share: number): string {
  return formatPercent(share * 100, 1);
}
