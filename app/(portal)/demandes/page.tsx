import type { Metadata } from 'next';
import Link from 'next/link';
import { PortalTicketList } from '@/components/tickets/portal-ticket-list';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { requireClient } from '@/lib/auth/session';
import { TICKET_STATUS_LABELS, TICKET_STATUSES } from '@/lib/tickets';
import { portalTicketFilters, portalTicketSearch, type PortalTicketSearch } from '@/lib/search-params/portal-tickets';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { listPortalTickets } from '@/lib/server/tickets/list-portal-tickets';

export const metadata: Metadata = { title: 'Demandes' };

const control = 'rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';

/** The filters' labels on the page, to say which one of a URL was ignored. */
const PARAM_LABELS: Partial<Record<keyof PortalTicketSearch, string>> = {
  q: 'Rechercher',
  status: 'Statut',
  module: 'Module',
  mine: 'Demandes',
  from: 'Du',
  to: 'Au',
};

export default async function PortalTicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const db = await getDb();
  const zone = user.timeZone;
  const now = new Date();
  const { values: search, ignored } = portalTicketSearch.read(await searchParams);
  const [modules, { rows, total, next }] = await Promise.all([
    getContractModules(db, user.organizationId),
    listPortalTickets(db, user, portalTicketFilters(search, zone)),
  ]);
  const fields = portalTicketSearch.fields({ ...search, after: undefined });
  const notice = ignoredNotice(ignored, PARAM_LABELS);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Demandes</h1>
        <Link href="/demandes/nouvelle" className={buttonClasses('primary')}>
          Nouvelle demande
        </Link>
      </div>

      <form
        method="get"
        role="search"
        aria-label="Filtrer les demandes"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="flex flex-col gap-1 text-sm font-semibold sm:col-span-2">
          Rechercher (référence ou texte)
          <input name={fields.q.name} type="search" defaultValue={fields.q.value} maxLength={200} className={control} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Statut
          <select name={fields.status.name} defaultValue={fields.status.value} className={control}>
            <option value="">Tous</option>
            <option value={portalTicketSearch.fields({ status: 'open' }).status.value}>En cours (non résolues)</option>
            {TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status === 'waiting_client' ? 'À vous de répondre' : TICKET_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Module
          <select name={fields.module.name} defaultValue={fields.module.value} className={control}>
            <option value="">Tous</option>
            {modules.map((module) => (
              <option key={module}>{module}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Demandes
          <select name={fields.mine.name} defaultValue={fields.mine.value} className={control}>
            <option value="">Toute la collectivité</option>
            <option value={portalTicketSearch.fields({ mine: true }).mine.value}>Mes demandes</option>
          </select>
        </label>
        <div className="flex gap-2">
          <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
            Du
            <input name={fields.from.name} type="date" defaultValue={fields.from.value} className={control} />
          </label>
          <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
            Au
            <input name={fields.to.name} type="date" defaultValue={fields.to.value} className={control} />
          </label>
        </div>
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClasses('primary')}>
            Filtrer
          </button>
          <Link href="/demandes" className={buttonClasses('ghost')}>
            Réinitialiser
          </Link>
        </div>
      </form>

      {notice && <Alert tone="info">{notice}</Alert>}
      <p role="status" className="text-sm text-slate-700">
        {total} demande{total > 1 ? 's' : ''}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        <PortalTicketList rows={rows} timeZone={zone} now={now} detailed empty="Aucune demande ne correspond." />
      </div>
      {next && (
        <Link href={portalTicketSearch.href('/demandes', { ...search, after: next })} className={`${buttonClasses('secondary')} self-start`}>
          Demandes plus anciennes
        </Link>
      )}
    </div>
  );
}
