import { CLOCK_BUDGET_MS, CLOCK_KIND_LABELS, clockKindForSeverity, SEVERITIES, type Severity } from '@/lib/sla';
import { SEVERITY_LABELS } from './qualification';

const HOUR_MS = 3_600_000;

export interface SeverityExplanation {
  severity: Severity;
  label: string;
  /** §1: what makes an anomaly of this level, in the booklet's words. */
  definition: string;
  /** §14: what the support owes once the anomaly is qualified so, or that nothing is owed. */
  commitment: string;
  /** The same, short, for a tooltip or a table cell. */
  deadline: string;
}

// §1 of the booklet, word for word but for the vendor's name ("le support").
const DEFINITIONS: Readonly<Record<Severity, string>> = {
  blocking:
    'Anomalie reproductible par le support qui rend impossible l’accès ou l’utilisation d’une ou plusieurs fonctionnalités essentielles du service, et pour laquelle il ne peut exister de solution de contournement technique ou organisationnelle.',
  major:
    'Anomalie reproductible par le support qui rend inopérant l’accès ou l’utilisation d’une ou plusieurs fonctionnalités du service, et pour laquelle il peut exister une solution de contournement technique ou organisationnelle.',
  minor: 'Anomalie reproductible par le support qui ne présente pas les caractéristiques d’une anomalie d’un autre niveau de criticité.',
};

function deadlineOf(severity: Severity): string {
  const kind = clockKindForSeverity(severity);
  if (!kind) return 'Aucun délai';
  const budget = CLOCK_BUDGET_MS[kind];
  // §14 counts the action plan in business hours, the remedy in business days (§1: Monday to Friday, public holidays excepted).
  return kind === 'remedy' ? `${budget / (24 * HOUR_MS)} jours ouvrés` : `${budget / HOUR_MS} heures ouvrées`;
}

function commitmentOf(severity: Severity): string {
  const kind = clockKindForSeverity(severity);
  if (!kind) return 'Le support n’est tenu à aucun délai de correction ni de solution de contournement.';
  return `${CLOCK_KIND_LABELS[kind]} fourni au client dans les ${deadlineOf(severity)} qui suivent la qualification.`;
}

/**
 * The three levels of criticité (§1) with what each commits the support to (§14): one text for the
 * help page, the tooltips of the forms and wherever a criticité is shown.
 */
export const SEVERITY_GUIDE: readonly SeverityExplanation[] = SEVERITIES.map((severity) => ({
  severity,
  label: SEVERITY_LABELS[severity],
  definition: DEFINITIONS[severity],
  commitment: commitmentOf(severity),
  deadline: deadlineOf(severity),
}));

export function severityExplanation(severity: Severity): SeverityExplanation {
  return SEVERITY_GUIDE.find((entry) => entry.severity === severity)!;
}

/** Where the criticité levels are explained: a page in each area, the same text. */
export function severityHelpPath(area: 'portal' | 'console'): string {
  return area === 'portal' ? '/aide/criticite' : '/console/aide/criticite';
}
