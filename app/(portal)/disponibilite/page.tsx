import type { Metadata } from 'next';
import { AvailabilityChart } from '@/components/availability/availability-chart';
import { AvailabilityTable } from '@/components/availability/availability-table';
import { CommitmentVerdict } from '@/components/availability/commitment-verdict';
import { IncidentBreakdownList } from '@/components/availability/incident-breakdown-list';
import { IncidentTimeline } from '@/components/availability/incident-timeline';
import { MaintenanceSchedule } from '@/components/availability/maintenance-schedule';
import { ServiceStateBadge } from '@/components/availability/service-state-badge';
import { requireClient } from '@/lib/auth/session';
import { isMaintenance } from '@/lib/announcements/kinds';
import { splitTimeline } from '@/lib/announcements/timeline';
import { AVAILABILITY_COMMITMENT, INCIDENT_CAUSE_LABELS, formatRate, upcomingPublicHolidays } from '@/lib/availability';
import { formatDuration } from '@/lib/format/duration';
import { formatDateTime, formatMonth, zoneName } from '@/lib/format/french-date';
import { portalAvailabilitySearch } from '@/lib/search-params/availability';
import { listAnnouncements } from '@/lib/server/announcements/list-announcements';
import { getOrganizationAvailability } from '@/lib/server/availability/get-organization-availability';
import { getDb } from '@/lib/server/db';
import { isOverseas } from '@/lib/time-zones';

export const metadata: Metadata = { title: 'Disponibilité' };

const NEXT_HOLIDAYS = 5;

export default async function AvailabilityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const { month: asked } = portalAvailabilitySearch.parse(await searchParams);
  const db = await getDb();
  const now = new Date();
  const [availability, { announcements }] = await Promise.all([
    getOrganizationAvailability(db, { organizationId: user.organizationId, month: asked, now }),
    listAnnouncements(db, { actor: user }),
  ]);
  const { timeZone, history, state, ongoing, breakdown, month } = availability;
  const thisMonth = history.at(-1)!;
  const announced = splitTimeline(
    announcements.filter((announcement) => isMaintenance(announcement.kind)),
    now,
  ).upcoming;
  const showZone = isOverseas(timeZone);
  const commitment = formatRate(AVAILABILITY_COMMITMENT);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Disponibilité du service</h1>
        <p className="max-w-3xl text-slate-700">
          Engagement : un taux de disponibilité d’au moins {commitment} chaque mois, mesuré du lundi au vendredi de 07:00 à 20:00 hors jours fériés, à l’
          {zoneName(timeZone)} (livret de service, §6).
        </p>
      </div>

      <section aria-labelledby="etat" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="etat" className="mb-3 text-lg font-semibold">
          État du service
        </h2>
        <ServiceStateBadge state={state} size="large" />
        {ongoing.length === 0 ? (
          <p className="mt-3 text-slate-700">Le service fonctionne normalement.</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {ongoing.map((incident) => (
              <li key={incident.id} className="border-t border-slate-200 pt-3">
                <p className="font-semibold">{incident.title}</p>
                <p className="text-sm text-slate-700">
                  {INCIDENT_CAUSE_LABELS[incident.cause]}
                  {incident.causeDetail && ` : ${incident.causeDetail}`} — depuis {formatDateTime(incident.start, timeZone, { showZone })}
                </p>
                <p className="mt-2 whitespace-pre-line text-sm">{incident.description}</p>
                <IncidentTimeline updates={incident.updates} timeZone={timeZone} showZone={showZone} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ce-mois" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="ce-mois" className="mb-3 text-lg font-semibold">
          Taux de disponibilité de {formatMonth(thisMonth.month)}, jusqu’à maintenant
        </h2>
        {thisMonth.rate === null ? (
          <p className="text-slate-700">Pas encore de période de référence ce mois-ci : le taux se mesure à partir du premier jour ouvré, à 07:00.</p>
        ) : (
          <div className="flex flex-col gap-1">
            <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <span className="text-3xl font-bold tabular-nums">{formatRate(thisMonth.rate)}</span>
              <span>
                Engagement de {commitment} : <CommitmentVerdict rate={thisMonth.rate} />
              </span>
            </p>
            <p className="text-sm text-slate-700">
              Indisponibilité comptée : {formatDuration(thisMonth.downtimeMs)}, sur {formatDuration(thisMonth.referenceMs)} de période de référence écoulée.
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="maintenances" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="maintenances" className="mb-3 text-lg font-semibold">
          Maintenances
        </h2>
        <MaintenanceSchedule announced={announced} holidays={upcomingPublicHolidays(timeZone, now, NEXT_HOLIDAYS)} timeZone={timeZone} />
      </section>

      <section aria-labelledby="douze-mois" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="douze-mois" className="text-lg font-semibold">
          Les 12 derniers mois
        </h2>
        <AvailabilityChart history={history} current={thisMonth.month} />
        <AvailabilityTable history={history} current={thisMonth.month} shown={month} />
      </section>

      <section aria-labelledby="incidents-du-mois" className="flex flex-col gap-3">
        <h2 id="incidents-du-mois" className="scroll-mt-4 text-xl font-semibold">
          Incidents de {formatMonth(month)}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">
          Seules les pannes de l’environnement de production comptent, et seulement pendant la période de référence. Les fenêtres de maintenance, les
          maintenances urgentes, la force majeure, l’équipement ou le réseau de la collectivité et les systèmes extérieurs au service (COMEDEC, REU, télécoms)
          n’en font pas partie (§6). Un temps couvert par plusieurs incidents n’est compté qu’une fois.
        </p>
        <IncidentBreakdownList rows={breakdown} timeZone={timeZone} monthLabel={`en ${formatMonth(month)}`} />
      </section>
    </div>
  );
}
