import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportFilters } from '@/components/reports/report-filters';
import { SlaReportView } from '@/components/reports/sla-report-view';
import { Alert } from '@/components/ui/alert';
import { requireStaff } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { REPORT_FILTER_LABELS } from '@/lib/reports/report-filter-labels';
import { reportSearch } from '@/lib/search-params/reports';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';
import { getSlaReport } from '@/lib/server/reports/get-sla-report';

export const metadata: Metadata = { title: 'Rapports' };

/** §13, §14: every organization's figures for managers; a technician's own work. */
export default async function ConsoleReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const { values: search, ignored } = reportSearch.read(await searchParams);
  const db = await getDb();
  const [report, organizations] = await Promise.all([getSlaReport(db, { actor: user, search, timeZone: user.timeZone }), listOrganizations(db)]);
  const modules = [...new Set(organizations.flatMap((organization) => organization.modules))].sort((a, b) => a.localeCompare(b, 'fr'));
  const notice = [ignoredNotice(ignored, REPORT_FILTER_LABELS), report.range.notice].filter(Boolean).join(' ');
  // The days shown, written out: the form and every CSV say exactly what the page counts.
  const shown = { ...search, from: report.range.from, to: report.range.to };
  const manager = user.role === 'support_manager';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Rapports</h1>
          <p className="text-slate-700">
            {manager
              ? 'Les engagements du livret de service pour toutes les collectivités'
              : 'Les engagements du livret de service pour votre travail : les demandes qui vous sont assignées et celles que vous avez traitées'}{' '}
            : prise en charge (§13), plans d’action et corrections des anomalies (§14). Dates et mois à l’{zoneName(user.timeZone)}.
          </p>
        </div>
        {manager && (
          <Link href="/console/rapports/usage" className="text-sm font-medium text-brand-800 underline">
            Usage du portail (§17)
          </Link>
        )}
      </div>
      {notice && <Alert tone="info">{notice}</Alert>}
      <section aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ReportFilters search={shown} path="/console/rapports" organizations={organizations} modules={modules} />
      </section>
      <SlaReportView report={report} search={shown} timeZone={user.timeZone} ticketPath="/console/demandes" showOrganization />
    </div>
  );
}
