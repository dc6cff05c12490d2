/** How many times a value occurs: a histogram row, as a GROUP BY returns it. */
export interface ValueCount {
  value: number;
  count: number;
  /** The exact sum of the values counted here, when `value` rounds them (to the minute…). */
  sum?: number;
}

/**
 * The nearest-rank percentile: of N values sorted ascending, the one at rank ⌈P × N / 100⌉ (ranks
 * from 1), for a whole P from 1 to 100; null without values. It is always one of the values, never
 * an interpolation: the median (P = 50) of 1, 2, 3, 4 is 2, their 90th percentile 4. PostgreSQL's
 * `percentile_disc(P / 100)` computes the same. Values come as a histogram, in any order.
 */
export function nearestRankPercentile(values: readonly ValueCount[], percent: number): number | null {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) throw new RangeError(`A percentile is a whole number from 1 to 100, got ${percent}`);
  const sorted = values.filter((entry) => entry.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  // Whole numbers: P × N / 100 is exact, or at least 1/100 away from the next whole rank.
  const rank = Math.ceil((percent * total) / 100);
  let seen = 0;
  for (const entry of sorted) {
    seen += entry.count;
    if (seen >= rank) return entry.value;
  }
  return sorted[sorted.length - 1]!.value;
}

export interface DurationSummary {
  /** How many durations. */
  count: number;
  /** Nearest-rank median and 90th percentile, null without durations. */
  median: number | null;
  p90: number | null;
  /** Their sum. */
  total: number;
}

/** The figures the reports give of a set of durations. */
export function summarizeDurations(values: readonly ValueCount[]): DurationSummary {
  return {
    count: values.reduce((sum, entry) => sum + entry.count, 0),
    median: nearestRankPercentile(values, 50),
    p90: nearestRankPercentile(values, 90),
    total: values.reduce((sum, entry) => sum + (entry.sum ?? entry.value * entry.count), 0),
  };
}
