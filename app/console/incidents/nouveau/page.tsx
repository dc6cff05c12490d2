import type { Metadata } from 'next';
import { IncidentForm } from '@/components/availability/incident-form';
import { requireStaff } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { listIncidentFormOptions } from '@/lib/server/availability/list-incident-form-options';
import { getDb } from '@/lib/server/db';
import { openIncidentAction } from '../actions';

export const metadata: Metadata = { title: 'Nouvel incident' };

export default async function NewIncidentPage() {
  const user = await requireStaff();
  const options = await listIncidentFormOptions(await getDb(), { actor: user, timeZone: user.timeZone });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Nouvel incident</h1>
        <p className="text-slate-700">
          Les utilisateurs des collectivités touchées sont avertis dans leur portail (et par courriel s’ils le souhaitent) dès l’enregistrement, puis à la fin
          de l’incident.
        </p>
      </div>
      <IncidentForm
        action={openIncidentAction}
        organizations={options.organizations}
        announcements={options.announcements}
        zoneLabel={zoneName(user.timeZone)}
        cancelHref="/console/incidents"
      />
    </div>
  );
}
