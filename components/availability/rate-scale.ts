import { AVAILABILITY_COMMITMENT } from '@/lib/availability';

// Rates cluster just under 100 %: the chart shows the top of the scale, from the highest of these
// floors that leaves room under the lowest rate and under the commitment line.
const FLOORS = [99.5, 99, 98, 95, 90, 80, 50, 0];

/** Where the chart's scale starts (its end is 100 %), for these monthly rates. */
export function rateScaleFloor(rates: ReadonlyArray<number | null>): number {
  const lowest = Math.min(AVAILABILITY_COMMITMENT, ...rates.filter((rate): rate is number => rate !== null));
  return FLOORS.find((floor) => floor < lowest) ?? 0;
}

/** A rate's position on the scale [floor, 100], in percent of the chart's width. */
export function ratePosition(rate: number, floor: number): number {
  return Math.min(100, Math.max(0, ((rate - floor) / (100 - floor)) * 100));
}
