import type { BusinessCalendar } from '@/lib/calendar';
import { remedyCalendar } from './remedy-calendar';

export const CLOCK_KINDS = ['pickup', 'actionPlan', 'remedy'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** The clocks a qualification starts (§14), as opposed to the pickup clock of registration (§13). */
export type QualificationClockKind = Exclude<ClockKind, 'pickup'>;

export const CLOCK_KIND_LABELS: Readonly<Record<ClockKind, string>> = {
  pickup: 'Prise en charge',
  actionPlan: 'Plan d’action corrective',
  remedy: 'Correction ou contournement',
};

const HOUR_MS = 3_600_000;

export const CLOCK_BUDGET_MS: Readonly<Record<ClockKind, number>> = {
  // §13: pickup within 8 business hours of registration.
  pickup: 8 * HOUR_MS,
  // §14: 12 business hours to send the corrective action plan of a blocking anomaly.
  actionPlan: 12 * HOUR_MS,
  // §14: 6 business days to deliver a fix or a workaround of a major anomaly; a business
  // day is 24 h of the Monday–Friday calendar (DOMAIN "Time").
  remedy: 6 * 24 * HOUR_MS,
};

/** The calendar a clock counts on: support opening hours, or business days for the remedy. */
export function clockCalendar(kind: ClockKind, supportCalendar: BusinessCalendar): BusinessCalendar {
  return kind === 'remedy' ? remedyCalendar(supportCalendar) : supportCalendar;
}
