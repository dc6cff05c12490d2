import type { Metadata } from 'next';
import { bulkTriageAction } from './queue-actions';
import Link from 'next/link';
import { AutoRefresh } from '@/components/console/auto-refresh';
import { QueueFiltersForm } from '@/components/console/queue-filters';
import { queueRowView } from '@/components/console/queue-row-view';
import { QueueTable } from '@/components/console/queue-table';
import { formatCount, QueueTabs } from '@/components/console/queue-tabs';
import { TriageKeyboard } from '@/components/console/triage-keyboard';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/french-date';
import { queueFiltersOf, queueSearch, type QueueSearch } from '@/lib/search-params/queue';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { QUEUE_TAB_LABELS, QUEUE_TABS } from '@/lib/support/queue-tabs';
import { getDb } from '@/lib/server/db';
import { getQueueFilterOptions } from '@/lib/server/support/get-queue-filter-options';
import { countQueues, QUEUE_COUNT_LIMIT } from '@/lib/server/tickets/count-queues';
import { listQueue } from '@/lib/server/tickets/list-queue';

export const metadata: Metadata = { title: 'Demandes' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The filters' labels on the page, to say which one of a URL was ignored. */
const PARAM_LABELS: Partial<Record<keyof QueueSearch, string>> = {
  tab: 'File',
  organizationId: 'Collectivité',
  module: 'Module',
  severity: 'Criticité',
  status: 'Statut',
  assigneeId: 'Assignée à',
  channel: 'Canal',
  type: 'Type',
};

export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaff();
  const { values: search, ignored } = queueSearch.read(await searchParams);
  const { tab, after } = search;
  const filters = queueFiltersOf(search);
  const db = await getDb();
  const now = new Date();
  const [page, counts, options] = await Promise.all([
    listQueue(db, { actor: user, tab, filters, after, now }),
    countQueues(db, { actor: user, filters, now }),
    getQueueFilterOptions(db),
  ]);

  const rows = page.rows.map((row) => queueRowView(row, user, now));
  const notice = ignoredNotice(ignored, PARAM_LABELS);
  const summary = QUEUE_TABS.map((queue) => `${QUEUE_TAB_LABELS[queue]} : ${formatCount(counts[queue], QUEUE_COUNT_LIMIT)}`).join(', ');

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Demandes</h1>
        <Link href="/console/demandes/nouvelle" className={buttonClasses('primary')}>
          Enregistrer un appel
        </Link>
      </div>
      <QueueTabs current={tab} counts={counts} filters={filters} limit={QUEUE_COUNT_LIMIT} />
      <QueueFiltersForm tab={tab} filters={filters} organizations={options.organizations} modules={options.modules} staff={options.staff} />
      {notice && <Alert tone="info">{notice}</Alert>}
      <AutoRefresh renderedAt={`À jour : ${formatDateTime(now, user.timeZone)}`} summary={`Files mises à jour. ${summary}.`} />
      <TriageKeyboard triageAction={bulkTriageAction} me={{ id: user.id, name: user.name }}>
        <QueueTable
          bulkTriageAction={bulkTriageAction}
          rows={rows}
          staff={options.staff}
          caption={`${QUEUE_TAB_LABELS[tab]} : ${formatCount(counts[tab], QUEUE_COUNT_LIMIT)} demande${counts[tab] > 1 ? 's' : ''}, l’échéance la plus proche d’abord`}
        />
      </TriageKeyboard>
      <nav aria-label="Pagination" className="flex flex-wrap gap-3">
        {after && (
          <Link href={queueSearch.href('/console/demandes', { tab, ...filters })} className={buttonClasses('secondary')}>
            Revenir au début
          </Link>
        )}
        {page.next && (
          <Link href={queueSearch.href('/console/demandes', { tab, ...filters, after: page.next })} className={buttonClasses('secondary')}>
            Page suivante
          </Link>
        )}
      </nav>
    </div>
  );
}
