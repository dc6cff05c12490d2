import type { Metadata } from 'next';
import Link from 'next/link';
import { AnnouncementTable } from '@/components/announcements/announcement-table';
import { KindFilter } from '@/components/announcements/kind-filter';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff } from '@/lib/auth/session';
import { splitTimeline } from '@/lib/announcements/timeline';
import { consoleAnnouncementSearch } from '@/lib/search-params/announcements';
import { getDb } from '@/lib/server/db';
import { listAnnouncements } from '@/lib/server/announcements/list-announcements';

export const metadata: Metadata = { title: 'Annonces' };

export default async function ConsoleAnnouncementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const { kind, published, saved: savedId } = consoleAnnouncementSearch.parse(await searchParams);
  const { announcements, timeZone } = await listAnnouncements(await getDb(), { actor: user, kind });
  const now = new Date();
  const { upcoming, past } = splitTimeline(announcements, now);
  const saved = announcements.find((announcement) => announcement.id === published || announcement.id === savedId);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Annonces</h1>
          <p className="text-slate-700">Versions, correctifs, maintenances et documents techniques publiés sur le portail. Heures de Paris.</p>
        </div>
        <Link href="/console/annonces/nouvelle" className={buttonClasses('primary')}>
          Nouvelle annonce
        </Link>
      </div>
      {saved && <Alert tone="success">{`Annonce « ${saved.title} » ${saved.id === published ? 'publiée' : 'enregistrée'}.`}</Alert>}
      <KindFilter current={kind ?? null} basePath="/console/annonces" />
      <AnnouncementTable caption="À venir et en cours" rows={upcoming} now={now} timeZone={timeZone} />
      <AnnouncementTable caption="Précédentes" rows={past} now={now} timeZone={timeZone} />
    </div>
  );
}
