import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CloseIncidentForm } from '@/components/availability/close-incident-form';
import { IncidentStatusBadge } from '@/components/availability/incident-status-badge';
import { IncidentTimeline } from '@/components/availability/incident-timeline';
import { IncidentUpdateForm } from '@/components/availability/incident-update-form';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff } from '@/lib/auth/session';
import { INCIDENT_CAUSE_LABELS, INCIDENT_ENVIRONMENT_LABELS } from '@/lib/availability';
import { formatDateTime, zoneName } from '@/lib/format/french-date';
import { incidentPageSearch } from '@/lib/search-params/availability';
import { getIncident } from '@/lib/server/availability/get-incident';
import { getDb } from '@/lib/server/db';
import { ServiceError } from '@/lib/server/service-error';
import { addIncidentUpdateAction, closeIncidentAction } from '../actions';

export const metadata: Metadata = { title: 'Incident' };

const DONE = {
  opened: 'Incident ouvert : les utilisateurs des collectivités touchées en sont avertis.',
  corrected: 'Correction enregistrée.',
  closed: 'Incident terminé : les utilisateurs des collectivités touchées en sont avertis.',
} as const;

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireStaff();
  const { id } = await params;
  const { done } = incidentPageSearch.parse(await searchParams);
  const incident = await getIncident(await getDb(), { actor: user, incidentId: id }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.kind === 'not_found') notFound();
    throw error;
  });
  const format = (instant: Date) => formatDateTime(instant, user.timeZone);
  const zoneLabel = zoneName(user.timeZone);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p>
          <Link href="/console/incidents" className="text-sm text-brand-800 underline">
            Tous les incidents
          </Link>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{incident.title}</h1>
          <Link href={`/console/incidents/${incident.id}/corriger`} className={buttonClasses('secondary')}>
            Corriger
          </Link>
        </div>
        <div>
          <IncidentStatusBadge ended={incident.endedAt !== null} />
        </div>
      </div>
      {done && <Alert tone="success">{DONE[done]}</Alert>}
      <section aria-labelledby="fiche" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="fiche" className="sr-only">
          Fiche de l’incident
        </h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-slate-700">Cause</dt>
          <dd>
            {INCIDENT_CAUSE_LABELS[incident.cause]}
            {incident.causeDetail && ` : ${incident.causeDetail}`}
          </dd>
          {incident.announcementTitle && incident.announcementId && (
            <>
              <dt className="font-semibold text-slate-700">Annonce</dt>
              <dd>
                <Link href={`/console/annonces/${incident.announcementId}`} className="text-brand-800 underline">
                  {incident.announcementTitle}
                </Link>
              </dd>
            </>
          )}
          <dt className="font-semibold text-slate-700">Environnement</dt>
          <dd>{INCIDENT_ENVIRONMENT_LABELS[incident.environment]}</dd>
          <dt className="font-semibold text-slate-700">Collectivités touchées</dt>
          <dd>{incident.allOrganizations ? 'Toutes les collectivités' : incident.organizations.map((organization) => organization.name).join(', ')}</dd>
          <dt className="font-semibold text-slate-700">Début</dt>
          <dd>{format(incident.startedAt)}</dd>
          <dt className="font-semibold text-slate-700">Fin</dt>
          <dd>{incident.endedAt ? format(incident.endedAt) : 'En cours'}</dd>
          <dt className="font-semibold text-slate-700">Enregistré</dt>
          <dd>
            par {incident.createdByName}, le {format(incident.createdAt)}
          </dd>
        </dl>
        <h3 className="mt-4 text-sm font-semibold text-slate-700">Description publique</h3>
        <p className="mt-1 whitespace-pre-line">{incident.description}</p>
        <p className="mt-3 text-xs text-slate-700">Heures à l’{zoneLabel}.</p>
      </section>
      {incident.endedAt === null && (
        <section aria-labelledby="terminer" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="terminer" className="mb-3 text-lg font-semibold">
            Terminer l’incident
          </h2>
          <CloseIncidentForm action={closeIncidentAction} incidentId={incident.id} zoneLabel={zoneLabel} />
        </section>
      )}
      <section aria-labelledby="points" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="points" className="mb-3 text-lg font-semibold">
          Points d’étape
        </h2>
        {incident.updates.length === 0 ? (
          <p className="text-sm text-slate-700">Aucun point d’étape publié.</p>
        ) : (
          <IncidentTimeline updates={incident.updates} timeZone={user.timeZone} />
        )}
        <div className="mt-4">
          <IncidentUpdateForm action={addIncidentUpdateAction} incidentId={incident.id} />
        </div>
      </section>
    </div>
  );
}
