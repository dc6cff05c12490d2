import Link from 'next/link';
import { SERVICE_STATE_LABELS, type ServiceState } from '@/lib/availability';
import { formatDateTime } from '@/lib/format/french-date';
import { isOverseas } from '@/lib/time-zones';

interface IncidentBannerProps {
  state: Exclude<ServiceState, 'operational'>;
  incidents: ReadonlyArray<{ id: string; title: string; start: Date }>;
  /** The organization's zone (§5), named when overseas. */
  timeZone: string;
}

/** On every portal page while an incident or a maintenance affecting the organization lasts. */
export function IncidentBanner({ state, incidents, timeZone }: IncidentBannerProps) {
  const tone = state === 'incident' ? 'border-red-800 bg-red-50 text-red-950' : 'border-amber-800 bg-amber-50 text-amber-950';
  return (
    <section aria-labelledby="bandeau-incident" className={`mb-6 rounded-md border-l-4 px-4 py-3 text-sm ${tone}`}>
      <p id="bandeau-incident" className="font-semibold">
        <span aria-hidden="true">{state === 'incident' ? '⚠ ' : '⚙ '}</span>
        {SERVICE_STATE_LABELS[state]}
      </p>
      <ul className="mt-1">
        {incidents.map((incident) => (
          <li key={incident.id}>
            {incident.title}, depuis {formatDateTime(incident.start, timeZone, { showZone: isOverseas(timeZone) })}.
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <Link href="/disponibilite" className="font-semibold underline">
          Suivre son évolution sur la page Disponibilité
        </Link>
      </p>
    </section>
  );
}
