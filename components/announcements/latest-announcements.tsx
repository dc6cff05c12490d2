import Link from 'next/link';
import { START_LABELS } from '@/lib/announcements/kinds';
import { latestAnnouncements } from '@/lib/announcements/timeline';
import { formatDateTime } from '@/lib/format/french-date';
import type { AnnouncementView } from '@/lib/server/announcements/list-announcements';
import { isOverseas } from '@/lib/time-zones';
import { AnnouncementHeadline } from './announcement-headline';

/**
 * For the portal home: the three announcements to read first (maintenance or versions under
 * way or ahead, then the latest news), compact, dated in the organization's zone.
 */
export function LatestAnnouncements({ announcements, timeZone, now }: { announcements: AnnouncementView[]; timeZone: string; now: Date }) {
  const latest = latestAnnouncements(announcements, now);
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  return (
    <section aria-labelledby="annonces-recentes" className="rounded-lg border border-slate-200 bg-white p-6">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="annonces-recentes" className="text-lg font-semibold">
          Annonces
        </h2>
        <Link href="/annonces" className="text-sm text-brand-800 underline">
          Toutes les annonces
        </Link>
      </div>
      {latest.length === 0 ? (
        <p className="text-slate-700">Aucune annonce pour le moment.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {latest.map((announcement) => (
            <li key={announcement.id} className="flex flex-col gap-1">
              <AnnouncementHeadline announcement={announcement} />
              <p className="text-sm text-slate-700">
                {announcement.startsAt
                  ? `${START_LABELS[announcement.kind]} : ${format(announcement.startsAt)}`
                  : `Publiée le ${format(announcement.publishedAt)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
