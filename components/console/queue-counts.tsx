import Link from 'next/link';
import { queueSearch } from '@/lib/search-params/queue';
import { QUEUE_TAB_LABELS, QUEUE_TABS, type QueueTab } from '@/lib/support/queue-tabs';
import { formatCount } from './queue-tabs';

/** The deadline queues stand out while they hold anything; the words say it too (the count). */
const TONES: Partial<Record<QueueTab, string>> = {
  at_risk: 'border-amber-600 bg-amber-50',
  overdue: 'border-red-700 bg-red-50',
};

/** Each queue with its count, a link to it: the technician's first look at the day. */
export function QueueCounts({ counts, limit }: { counts: Record<QueueTab, number>; limit: number }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 xl:grid-cols-7">
      {QUEUE_TABS.map((tab) => (
        <li key={tab}>
          <Link
            href={queueSearch.href('/console/demandes', { tab })}
            className={`flex h-full flex-col gap-0.5 rounded-lg border p-3 hover:border-brand-700 hover:bg-white ${counts[tab] > 0 ? (TONES[tab] ?? 'border-slate-200 bg-white') : 'border-slate-200 bg-white'}`}
          >
            <span className="text-2xl font-bold text-slate-900">{formatCount(counts[tab], limit)}</span>
            <span className="text-sm font-medium text-brand-800 underline">{QUEUE_TAB_LABELS[tab]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
