import { EXCLUSION_REASON_LABELS, INCIDENT_CAUSE_LABELS, INCIDENT_ENVIRONMENT_LABELS, type IncidentBreakdown } from '@/lib/availability';
import { formatDuration } from '@/lib/format/duration';
import { formatDateTime } from '@/lib/format/french-date';
import type { PublicIncidentWithUpdates } from '@/lib/server/availability/incident-views';
import { isOverseas } from '@/lib/time-zones';
import { IncidentTimeline } from './incident-timeline';

interface IncidentBreakdownListProps {
  rows: readonly IncidentBreakdown<PublicIncidentWithUpdates>[];
  timeZone: string;
  /** "en mars 2026". */
  monthLabel: string;
}

/**
 * Each incident of the month (§6): its time in the month, what was counted as downtime, and why
 * the rest was not, in the words of lib/availability.
 */
export function IncidentBreakdownList({ rows, timeZone, monthLabel }: IncidentBreakdownListProps) {
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Aucun incident {monthLabel}.</p>;
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  const titleOf = new Map(rows.map((row) => [row.incident.id, row.incident.title]));
  return (
    <ul className="flex flex-col gap-4">
      {rows.map(({ incident, durationMs, downtimeMs, excluded }) => {
        const titleId = `incident-${incident.id}`;
        return (
          <li key={incident.id}>
            <article aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 id={titleId} className="text-lg font-semibold">
                {incident.title}
              </h3>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold text-slate-700">Cause</dt>
                <dd>
                  {INCIDENT_CAUSE_LABELS[incident.cause]}
                  {incident.causeDetail && ` : ${incident.causeDetail}`}
                </dd>
                <dt className="font-semibold text-slate-700">Environnement</dt>
                <dd>{INCIDENT_ENVIRONMENT_LABELS[incident.environment]}</dd>
                <dt className="font-semibold text-slate-700">Début</dt>
                <dd>
                  <time dateTime={incident.start.toISOString()}>{format(incident.start)}</time>
                </dd>
                <dt className="font-semibold text-slate-700">Fin</dt>
                <dd>{incident.end ? <time dateTime={incident.end.toISOString()}>{format(incident.end)}</time> : 'En cours'}</dd>
                <dt className="font-semibold text-slate-700">Durée {monthLabel}</dt>
                <dd>{formatDuration(durationMs)}</dd>
                <dt className="font-semibold text-slate-700">Compté comme indisponibilité</dt>
                <dd className="font-semibold">{formatDuration(downtimeMs)}</dd>
              </dl>
              {excluded.length > 0 && (
                <div className="mt-3 text-sm">
                  <p className="font-semibold text-slate-700">Non compté :</p>
                  <ul className="mt-1 list-disc pl-5">
                    {excluded.map((part) => (
                      <li key={part.reason}>
                        {formatDuration(part.ms)} —{' '}
                        {part.reason === 'excluded_cause' ? `${EXCLUSION_REASON_LABELS.excluded_cause} : ${part.label}` : part.label}
                        {part.reason === 'already_counted' &&
                          part.countedBy.length > 0 &&
                          ` (${part.countedBy.map((id) => `« ${titleOf.get(id) ?? 'autre incident'} »`).join(', ')})`}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <p className="mt-3 whitespace-pre-line text-sm">{incident.description}</p>
              <IncidentTimeline updates={incident.updates} timeZone={timeZone} showZone={isOverseas(timeZone)} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
