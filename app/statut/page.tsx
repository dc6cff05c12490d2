import type { Metadata } from 'next';
import { IncidentTimeline } from '@/components/availability/incident-timeline';
import { ServiceStateBadge } from '@/components/availability/service-state-badge';
import { INCIDENT_CAUSE_LABELS, MAINTENANCE_WINDOWS } from '@/lib/availability';
import { formatDateTime } from '@/lib/format/french-date';
import { getPublicStatus } from '@/lib/server/availability/get-public-status';
import { getDb } from '@/lib/server/db';
import { METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';

export const metadata: Metadata = { title: 'État du service' };

// Read at each visit, never built once: the state is the one of the moment.
export const dynamic = 'force-dynamic';

// §5 sets the windows in Central European Time; visitors may be anywhere, so the zone is named.
const ZONE = METROPOLITAN_TIME_ZONE;

/**
 * Readable without signing in: the state of production and the public messages of the incidents
 * that affect every organization. An incident of some organizations is told in their portal only.
 */
export default async function StatusPage() {
  const now = new Date();
  const { state, incidents } = await getPublicStatus(await getDb(), { now });
  const format = (instant: Date) => formatDateTime(instant, ZONE, { showZone: true });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">État du service</h1>
        <div>
          <ServiceStateBadge state={state} size="large" />
        </div>
        <p className="text-sm text-slate-700">Situation au {format(now)}. Actualisez la page pour suivre l’évolution.</p>
      </div>
      {incidents.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">Aucun incident général en cours.</p>
      ) : (
        <section aria-labelledby="en-cours" className="flex flex-col gap-4">
          <h2 id="en-cours" className="text-xl font-semibold">
            En cours
          </h2>
          {incidents.map((incident) => (
            <article key={incident.id} aria-labelledby={`incident-${incident.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 id={`incident-${incident.id}`} className="text-lg font-semibold">
                {incident.title}
              </h3>
              <p className="text-sm text-slate-700">
                {INCIDENT_CAUSE_LABELS[incident.cause]}
                {incident.causeDetail && ` : ${incident.causeDetail}`} — depuis {format(incident.start)}
              </p>
              <p className="mt-2 whitespace-pre-line">{incident.description}</p>
              <IncidentTimeline updates={incident.updates} timeZone={ZONE} showZone />
            </article>
          ))}
        </section>
      )}
      <div className="flex flex-col gap-2 text-sm text-slate-700">
        <p>Un incident qui ne touche que certaines collectivités est annoncé à leurs utilisateurs dans leur portail, page Disponibilité.</p>
        <p>Le service peut s’interrompre pendant les fenêtres de maintenance (livret de service, §5), à l’heure locale de chaque collectivité :</p>
        <ul className="list-disc pl-5">
          {MAINTENANCE_WINDOWS.map((window) => (
            <li key={window.code}>{window.label}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
