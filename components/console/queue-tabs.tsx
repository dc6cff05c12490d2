import Link from 'next/link';
import { queueSearch, type QueueFilters } from '@/lib/search-params/queue';
import { QUEUE_TAB_LABELS, QUEUE_TABS, type QueueTab } from '@/lib/support/queue-tabs';

/** The queues as links (a refresh or a shared link keeps the queue), each with its count; one row that scrolls on a phone. */
export function QueueTabs({ current, counts, filters, limit }: { current: QueueTab; counts: Record<QueueTab, number>; filters: QueueFilters; limit: number }) {
  return (
    <nav aria-label="Files de demandes">
      <ul className="flex gap-2 overflow-x-auto border-b border-slate-200 pb-2 lg:flex-wrap">
        {QUEUE_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={queueSearch.href('/console/demandes', { ...filters, tab })}
              aria-current={tab === current ? 'page' : undefined}
              className="inline-flex items-center gap-2 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white"
            >
              {QUEUE_TAB_LABELS[tab]}
              <span className="rounded-full bg-white px-2 text-xs font-semibold text-slate-900 ring-1 ring-slate-300">{formatCount(counts[tab], limit)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "10 000+" past the counting limit, French digit grouping otherwise. */
export function formatCount(count: number, limit: number): string {
  return count > limit ? `${limit.toLocaleString('fr-FR')}+` : count.toLocaleString('fr-FR');
}
