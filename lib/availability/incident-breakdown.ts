import { INCIDENT_CAUSE_LABELS, countsAsDowntime, type Incident } from './incident';
import { monthBounds, type Month } from './month';
import { outsideMaintenanceWindowCalendar, referenceCalendar } from './reference-calendars';
import { incidentSpan, instantOf, intersect, openTimeIn, type Span } from './spans';

/**
 * Why part of an incident is not downtime (§6), in the order they are applied: the incident
 * as a whole (environment, then cause), then its time outside the PRT, then time another
 * incident already counted, and what has not happened yet.
 */
export const EXCLUSION_REASONS = [
  'not_production',
  'excluded_cause',
  'maintenance_window',
  'outside_reference_period',
  'already_counted',
  'not_elapsed',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, string>> = {
  not_production: 'Hors environnement de production',
  excluded_cause: 'Cause exclue du calcul',
  maintenance_window: 'Fenêtre de maintenance (nuit de 00:00 à 07:00, dimanche, jour férié)',
  outside_reference_period: 'Hors période de référence (samedi, soirée après 20:00, jour de fermeture)',
  already_counted: 'Déjà compté dans un autre incident',
  not_elapsed: 'Pas encore écoulé',
};

export type Exclusion =
  | { reason: Exclude<ExclusionReason, 'already_counted'>; label: string; ms: number }
  /** `countedBy`: the ids of the earlier incidents that counted this time. */
  | { reason: 'already_counted'; label: string; ms: number; countedBy: string[] };

export interface IncidentBreakdown<T> {
  incident: T;
  /** The incident's time within the month (an ongoing one until now): downtimeMs + Σ excluded. */
  durationMs: number;
  /** Its share of the month's TI. */
  downtimeMs: number;
  /** Non-empty parts only, in the order of EXCLUSION_REASONS. */
  excluded: Exclusion[];
}

interface Entry<T> {
  incident: T;
  /** Within the month, up to now. */
  elapsed: Span | null;
  notElapsedMs: number;
}

/** Time a counted fault already covers, kept disjoint, with the fault that covered it first. */
interface Counted extends Span {
  by: string;
}

/**
 * How each incident of `month` (those that overlap it, in their given order) adds to its TI,
 * and why the rest of its time does not count. Σ downtimeMs is monthlyAvailability's
 * downtimeMs. Where production faults overlap, the one that started first counts the shared
 * time (ties: the smaller id), and the others show it as already counted.
 */
export function incidentBreakdown<T extends Incident & { id: string }>(
  timeZone: string,
  month: Month,
  incidents: readonly T[],
  now: Date,
  closedDays?: readonly string[],
): IncidentBreakdown<T>[] {
  const bounds = monthBounds(timeZone, month);
  const monthSpan = { start: bounds.start.getTime(), end: bounds.end.getTime() };
  const nowMs = instantOf(now, 'now');
  const reference = referenceCalendar(timeZone, closedDays);
  const outsideWindow = outsideMaintenanceWindowCalendar(timeZone);

  const entries: Entry<T>[] = [];
  for (const incident of incidents) {
    const span = incidentSpan(incident);
    // An ongoing incident has lasted until now; a known end after now has not come yet.
    const inMonth = intersect({ start: span.start, end: incident.end === null ? nowMs : span.end }, monthSpan);
    if (inMonth === null) continue;
    const elapsed = intersect(inMonth, { start: -Infinity, end: nowMs });
    const elapsedMs = elapsed === null ? 0 : elapsed.end - elapsed.start;
    entries.push({ incident, elapsed, notElapsedMs: inMonth.end - inMonth.start - elapsedMs });
  }

  const countedTime: Counted[] = [];
  const rows = new Map<Entry<T>, IncidentBreakdown<T>>();
  for (const entry of [...entries].sort(byStartThenId)) {
    const { incident, elapsed } = entry;
    const split: ElapsedSplit = elapsed === null ? { downtimeMs: 0, parts: new Map(), countedBy: [] } : splitElapsed(incident, elapsed);
    split.parts.set('not_elapsed', entry.notElapsedMs);
    const excluded = EXCLUSION_REASONS.flatMap((reason): Exclusion[] => {
      const ms = split.parts.get(reason) ?? 0;
      if (ms <= 0) return [];
      if (reason === 'already_counted') return [{ reason, label: EXCLUSION_REASON_LABELS[reason], ms, countedBy: split.countedBy }];
      const label = reason === 'excluded_cause' ? INCIDENT_CAUSE_LABELS[incident.cause] : EXCLUSION_REASON_LABELS[reason];
      return [{ reason, label, ms }];
    });
    const durationMs = split.downtimeMs + excluded.reduce((total, part) => total + part.ms, 0);
    rows.set(entry, { incident, durationMs, downtimeMs: split.downtimeMs, excluded });
  }
  return entries.flatMap((entry) => rows.get(entry) ?? []);

  /** The elapsed part of an incident: its downtime and why the rest is not. */
  function splitElapsed(incident: T, elapsed: Span): ElapsedSplit {
    const totalMs = elapsed.end - elapsed.start;
    if (incident.environment !== 'production') return { downtimeMs: 0, parts: new Map([['not_production', totalMs]]), countedBy: [] };
    if (!countsAsDowntime(incident)) return { downtimeMs: 0, parts: new Map([['excluded_cause', totalMs]]), countedBy: [] };
    const referenceMs = openTimeIn(reference, elapsed);
    const beyondWindowMs = openTimeIn(outsideWindow, elapsed);
    const sharedBy = new Map<string, number>();
    for (const counted of countedTime) {
      const shared = intersect(counted, elapsed);
      const sharedMs = shared === null ? 0 : openTimeIn(reference, shared);
      if (sharedMs > 0) sharedBy.set(counted.by, (sharedBy.get(counted.by) ?? 0) + sharedMs);
    }
    countedTime.push(...uncovered(elapsed, countedTime).map((span) => ({ ...span, by: incident.id })));
    const alreadyMs = [...sharedBy.values()].reduce((total, ms) => total + ms, 0);
    return {
      downtimeMs: referenceMs - alreadyMs,
      parts: new Map([
        // §6 (i), §5: the standing maintenance windows are never downtime; nor is time outside the PRT.
        ['maintenance_window', totalMs - beyondWindowMs],
        ['outside_reference_period', beyondWindowMs - referenceMs],
        ['already_counted', alreadyMs],
      ]),
      countedBy: [...sharedBy.keys()],
    };
  }
}

interface ElapsedSplit {
  downtimeMs: number;
  parts: Map<ExclusionReason, number>;
  countedBy: string[];
}

function byStartThenId<T extends Incident & { id: string }>(a: Entry<T>, b: Entry<T>): number {
  const byStart = a.incident.start.getTime() - b.incident.start.getTime();
  if (byStart !== 0) return byStart;
  return a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0;
}

/** The parts of `span` that no span of `covered` (disjoint) holds. */
function uncovered(span: Span, covered: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const cover of covered) {
    pieces = pieces.flatMap((piece) => {
      if (cover.end <= piece.start || cover.start >= piece.end) return [piece];
      const left = cover.start > piece.start ? [{ start: piece.start, end: cover.start }] : [];
      const right = cover.end < piece.end ? [{ start: cover.end, end: piece.end }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}
