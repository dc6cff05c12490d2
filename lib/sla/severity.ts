import type { QualificationClockKind } from './clock-kinds';

/** §1: the three severities of an anomaly. */
export const SEVERITIES = ['blocking', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

const CLOCK_OF_SEVERITY: Readonly<Record<Severity, QualificationClockKind | null>> = {
  // §14: a corrective action plan within 12 business hours.
  blocking: 'actionPlan',
  // §14: a fix or a workaround within 6 business days.
  major: 'remedy',
  // §14: no delay is owed for a minor anomaly.
  minor: null,
};

/** The clock a qualified anomaly starts, or null when none is owed. */
export function clockKindForSeverity(severity: Severity): QualificationClockKind | null {
  return CLOCK_OF_SEVERITY[severity];
}
