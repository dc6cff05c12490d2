import Link from 'next/link';
import { ANNOUNCEMENT_KIND_FILTERS, type AnnouncementKind } from '@/lib/announcements/kinds';
import { announcementSearch } from '@/lib/search-params/announcements';

/** Links to the list of one kind; the current one is marked for screen readers too. */
export function KindFilter({ current, basePath }: { current: AnnouncementKind | null; basePath: string }) {
  const items = [{ href: announcementSearch.href(basePath, {}), label: 'Toutes', active: current === null }].concat(
    ANNOUNCEMENT_KIND_FILTERS.map((filter) => ({
      href: announcementSearch.href(basePath, { kind: filter.kind }),
      label: filter.label,
      active: current === filter.kind,
    })),
  );
  return (
    <nav aria-label="Filtrer les annonces par type">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? 'page' : undefined}
              className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
