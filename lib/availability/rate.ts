import { formatPercent } from '@/lib/format/percent';

// §6: "un taux de disponibilité […] d'au moins 99.85%".
export const AVAILABILITY_COMMITMENT = 99.85;

// A month's PRT is at most 23 days × 13 h, so one ms of downtime moves its rate by more than
// 9e-8 %; floating-point error is far below 1e-9 % (0.29 × 100 is 28.999999999999996). This
// slack absorbs that error and nothing else, the same in both functions, so a rate is judged
// as it is shown.
const SLACK = 1e-9;

/** Whether a monthly rate (percent) meets the commitment: at least 99.85 %, exactly 99.85 % included. */
export function meetsCommitment(rate: number): boolean {
  return rate >= AVAILABILITY_COMMITMENT - SLACK;
}

/**
 * A rate (percent) as people read it: "99,85 %" — the one percentage format, with two decimals:
 * truncated, so a rate shown as 99,85 % always meets the commitment and 99,849 % reads 99,84 %.
 */
export function formatRate(rate: number): string {
  return formatPercent(rate, 2);
}
