import type { Metadata } from 'next';
import Link from 'next/link';
import { IncidentTable } from '@/components/availability/incident-table';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { INCIDENT_LIST_LIMIT, listIncidents } from '@/lib/server/availability/list-incidents';
import { getDb } from '@/lib/server/db';

export const metadata: Metadata = { title: 'Incidents' };

export default async function IncidentsPage() {
  const user = await requireStaff();
  const rows = await listIncidents(await getDb(), { actor: user });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Incidents</h1>
          <p className="max-w-3xl text-slate-700">
            Interruptions du service et maintenances, en cours d’abord, puis les {INCIDENT_LIST_LIMIT} plus récentes. Heures à l’{zoneName(user.timeZone)}.
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/console/disponibilite" className={buttonClasses('secondary')}>
            Taux par collectivité
          </Link>
          <Link href="/console/incidents/nouveau" className={buttonClasses('primary')}>
            Nouvel incident
          </Link>
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <IncidentTable rows={rows} timeZone={user.timeZone} />
      </div>
    </div>
  );
}
