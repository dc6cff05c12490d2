import type { Metadata } from 'next';
import { AuditFilters } from '@/components/accounts/audit-filters';
import { AuditTable } from '@/components/accounts/audit-table';
import { requireRole } from '@/lib/auth/session';
import { auditFiltersSchema } from '@/lib/validation/accounts';
import { getDb } from '@/lib/server/db';
import { AUDIT_ZONE, listAuditLog } from '@/lib/server/audit/list-audit-log';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';

export const metadata: Metadata = { title: 'Journal' };

const SHOWN = 200;

/** The audit log, managers only: it shows every organization's sign-ins and account changes. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('support_manager');
  const raw = await searchParams;
  const parsed = auditFiltersSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const filters = parsed.success ? parsed.data : {};
  const db = await getDb();
  const [rows, organizations] = await Promise.all([listAuditLog(db, { actor: user, filters, limit: SHOWN }), listOrganizations(db)]);
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Journal</h1>
        <p className="text-slate-700">
          Connexions, comptes, mots de passe, double authentification, collectivités et contrats. Heure de Paris ; les {SHOWN} entrées les plus récentes sont
          affichées, l’export CSV les contient toutes.
        </p>
      </div>
      <section aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-6">
        <AuditFilters filters={filters} organizations={organizations} exportHref={`/api/journal?${query.toString()}`} />
      </section>
      <section aria-label="Entrées du journal" className="rounded-lg border border-slate-200 bg-white p-6">
        <AuditTable rows={rows} timeZone={AUDIT_ZONE} />
      </section>
    </div>
  );
}
