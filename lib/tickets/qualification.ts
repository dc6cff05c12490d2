import type { Severity } from '@/lib/sla';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  blocking: 'Bloquante',
  major: 'Majeure',
  minor: 'Mineure',
};

/** §14: staff qualify and reproduce what the client reported. */
export const QUALIFICATION_OUTCOMES = ['anomaly', 'not_anomaly', 'not_reproducible'] as const;
export type QualificationOutcome = (typeof QUALIFICATION_OUTCOMES)[number];

export const QUALIFICATION_OUTCOME_LABELS: Readonly<Record<QualificationOutcome, string>> = {
  anomaly: 'Anomalie',
  not_anomaly: 'Pas une anomalie',
  not_reproducible: 'Non reproductible',
};

export type Qualification = { outcome: 'anomaly'; severity: Severity } | { outcome: Exclude<QualificationOutcome, 'anomaly'> };
