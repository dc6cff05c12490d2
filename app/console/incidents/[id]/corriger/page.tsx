import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IncidentForm } from '@/components/availability/incident-form';
import { requireStaff } from '@/lib/auth/session';
import { instantToLocalDateTime } from '@/lib/calendar';
import { zoneName } from '@/lib/format/french-date';
import { getIncident } from '@/lib/server/availability/get-incident';
import { listIncidentFormOptions } from '@/lib/server/availability/list-incident-form-options';
import { getDb } from '@/lib/server/db';
import { ServiceError } from '@/lib/server/service-error';
import { correctIncidentAction } from '../../actions';

export const metadata: Metadata = { title: 'Corriger un incident' };

export default async function CorrectIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const db = await getDb();
  const incident = await getIncident(db, { actor: user, incidentId: id }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.kind === 'not_found') notFound();
    throw error;
  });
  const options = await listIncidentFormOptions(db, { actor: user, timeZone: user.timeZone });
  const local = (instant: Date) => instantToLocalDateTime(instant, user.timeZone);
  // Its own announcement stays on offer, however old.
  const announcements =
    incident.announcementId && !options.announcements.some((option) => option.value === incident.announcementId)
      ? [...options.announcements, { value: incident.announcementId, label: incident.announcementTitle ?? 'Annonce' }]
      : options.announcements;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Corriger l’incident</h1>
        <p className="text-slate-700">
          Le taux de disponibilité de chaque mois suit la correction. Personne n’en est averti ; pour terminer un incident en cours, utilisez « Terminer
          l’incident » sur sa page.
        </p>
      </div>
      <IncidentForm
        action={correctIncidentAction}
        organizations={options.organizations}
        announcements={announcements}
        zoneLabel={zoneName(user.timeZone)}
        initial={{
          title: incident.title,
          description: incident.description,
          cause: incident.cause,
          causeDetail: incident.causeDetail ?? '',
          environment: incident.environment,
          scope: incident.allOrganizations ? 'all' : 'some',
          organizationIds: incident.organizations.map((organization) => organization.id),
          announcementId: incident.announcementId ?? '',
          startedAt: local(incident.startedAt),
          endedAt: incident.endedAt ? local(incident.endedAt) : '',
        }}
        existing={{ id: incident.id, ended: incident.endedAt !== null }}
        cancelHref={`/console/incidents/${incident.id}`}
      />
    </div>
  );
}
