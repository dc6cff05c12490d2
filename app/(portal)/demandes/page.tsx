import type { Metadata } from 'next';
import Link from 'next/link';
import { PortalTicketList } from '@/components/tickets/portal-ticket-list';
import { buttonClasses } from '@/components/ui/button';
import { requireClient } from '@/lib/auth/session';
import { TICKET_STATUS_LABELS, TICKET_STATUSES } from '@/lib/tickets';
import { parsePortalTicketFilters } from '@/lib/validation/portal-ticket-filters';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { getOrganizationOverview } from '@/lib/server/organizations/get-organization-overview';
import { listPortalTickets } from '@/lib/server/tickets/list-portal-tickets';

export const metadata: Metadata = { title: 'Demandes' };

const control = 'rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';

export default async function PortalTicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const db = await getDb();
  const overview = await getOrganizationOverview(db, { organizationId: user.organizationId });
  const zone = overview?.timeZone ?? 'Europe/Paris';
  const filters = parsePortalTicketFilters(await searchParams, zone);
  const [modules, { rows, total, hasMore }] = await Promise.all([getContractModules(db, user.organizationId), listPortalTickets(db, user, filters)]);
  const last = rows.at(-1);
  const next = new URLSearchParams({ ...filters.raw, ...(last ? { apres: `${last.createdAt.toISOString()}_${last.id}` } : {}) });

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
          <input name="q" type="search" defaultValue={filters.raw.q} className={control} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Statut
          <select name="statut" defaultValue={filters.raw.statut} className={control}>
            <option value="">Tous</option>
            <option value="ouvertes">En cours (non résolues)</option>
            {TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {TICKET_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Module
          <select name="module" defaultValue={filters.raw.module} className={control}>
            <option value="">Tous</option>
            {modules.map((module) => (
              <option key={module}>{module}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Demandes
          <select name="perimetre" defaultValue={filters.raw.perimetre} className={control}>
            <option value="">Toute la collectivité</option>
            <option value="miennes">Mes demandes</option>
          </select>
        </label>
        <div className="flex gap-2">
          <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
            Du
            <input name="du" type="date" defaultValue={filters.raw.du} className={control} />
          </label>
          <label className="flex flex-1 flex-col gap-1 text-sm font-semibold">
            Au
            <input name="au" type="date" defaultValue={filters.raw.au} className={control} />
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

      <p role="status" className="text-sm text-slate-700">
        {total} demande{total > 1 ? 's' : ''}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        <PortalTicketList rows={rows} timeZone={zone} detailed empty="Aucune demande ne correspond." />
      </div>
      {hasMore && (
        <Link href={`/demandes?${next.toString()}`} className={`${buttonClasses('secondary')} self-start`}>
          Demandes plus anciennes
        </Link>
      )}
    </div>
  );
}
