import type { Metadata } from 'next';
import { AuditFilters } from '@/components/accounts/audit-filters';
import { AuditTable } from '@/components/accounts/audit-table';
import { Alert } from '@/components/ui/alert';
import { requireRole } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { auditLogSearch, type AuditLogSearch } from '@/lib/search-params/audit-log';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { getDb } from '@/lib/server/db';
import { listAuditLog } from '@/lib/server/audit/list-audit-log';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';

export const metadata: Metadata = { title: 'Journal' };

const SHOWN = 200;

/** The filters' labels on the page, to say which one of a URL was ignored. */
const PARAM_LABELS: Record<keyof AuditLogSearch, string> = {
  action: 'Action',
  organizationId: 'Collectivité',
  actorEmail: 'Adresse e-mail de l’auteur',
  from: 'Du',
  to: 'Au',
};

/** The audit log, managers only: it shows every organization's sign-ins and account changes. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('support_manager');
  const { values: filters, ignored } = auditLogSearch.read(await searchParams);
  const notice = ignoredNotice(ignored, PARAM_LABELS);
  const db = await getDb();
  const [rows, organizations] = await Promise.all([listAuditLog(db, { actor: user, filters, timeZone: user.timeZone, limit: SHOWN }), listOrganizations(db)]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Journal</h1>
        <p className="text-slate-700">
          Connexions, comptes, mots de passe, double authentification, collectivités et contrats, suspensions du support, demandes retirées du calcul des 75 %,
          restaurations et comptes logiciels, incidents. Dates à l’{zoneName(user.timeZone)} ; les {SHOWN} entrées les plus récentes sont affichées, l’export
          CSV les contient toutes.
        </p>
      </div>
      {notice && <Alert tone="info">{notice}</Alert>}
      <section aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-6">
        <AuditFilters filters={filters} organizations={organizations} exportHref={auditLogSearch.href('/api/journal', filters)} />
      </section>
      <section aria-label="Entrées du journal" className="rounded-lg border border-slate-200 bg-white p-6">
        <AuditTable rows={rows} timeZone={user.timeZone} />
      </section>
    </div>
  );
}
