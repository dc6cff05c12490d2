import type { Metadata } from 'next';
import { AnnouncementCard } from '@/components/announcements/announcement-card';
import { KindFilter } from '@/components/announcements/kind-filter';
import { requireClient } from '@/lib/auth/session';
import { ANNOUNCEMENT_KIND_FILTERS } from '@/lib/announcements/kinds';
import { phaseOf, splitTimeline } from '@/lib/announcements/timeline';
import { zoneName } from '@/lib/format/french-date';
import { announcementSearch } from '@/lib/search-params/announcements';
import { getDb } from '@/lib/server/db';
import { listAnnouncements } from '@/lib/server/announcements/list-announcements';

export const metadata: Metadata = { title: 'Annonces' };

export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const { kind } = announcementSearch.parse(await searchParams);
  const { timeZone, announcements } = await listAnnouncements(await getDb(), { actor: user, kind });
  const now = new Date();
  const { upcoming, past } = splitTimeline(announcements, now);
  const filterLabel = ANNOUNCEMENT_KIND_FILTERS.find((filter) => filter.kind === kind)?.label;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Annonces{filterLabel && ` : ${filterLabel.toLowerCase()}`}</h1>
        <p className="max-w-3xl text-slate-700">
          Nouvelles versions, correctifs, maintenances et documents techniques du service. Les nouvelles versions sont annoncées avant leur date ; une
          maintenance planifiée l’est au moins 48 heures à l’avance, toute autre est une maintenance urgente (livret de service, §5 et §10).
        </p>
        <p className="text-sm text-slate-700">Les horaires sont indiqués à l’{zoneName(timeZone)}.</p>
      </div>
      <KindFilter current={kind ?? null} basePath="/annonces" />
      <section aria-labelledby="a-venir" className="flex flex-col gap-3">
        <h2 id="a-venir" className="text-xl font-semibold">
          À venir
        </h2>
        {upcoming.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Rien d’annoncé à venir.</p>
        ) : (
          upcoming.map((announcement) => (
            <AnnouncementCard key={announcement.id} announcement={announcement} timeZone={timeZone} phase={phaseOf(announcement, now)} />
          ))
        )}
      </section>
      <section aria-labelledby="precedentes" className="flex flex-col gap-3">
        <h2 id="precedentes" className="text-xl font-semibold">
          Précédentes
        </h2>
        {past.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Aucune annonce précédente.</p>
        ) : (
          past.map((announcement) => <AnnouncementCard key={announcement.id} announcement={announcement} timeZone={timeZone} phase="past" />)
        )}
      </section>
    </div>
  );
}
