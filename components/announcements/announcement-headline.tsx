import Link from 'next/link';
import type { AnnouncementKind } from '@/lib/announcements/kinds';
import { AnnouncementKindBadge } from './announcement-kind-badge';

/** An announcement in a list: its kind, and its title leading to it on the announcements page. */
export function AnnouncementHeadline({ announcement }: { announcement: { id: string; kind: AnnouncementKind; title: string } }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <AnnouncementKindBadge kind={announcement.kind} />
      <Link href={`/annonces#annonce-${announcement.id}`} className="font-medium text-brand-800 underline">
        {announcement.title}
      </Link>
    </div>
  );
}
