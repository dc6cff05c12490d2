import type { Metadata } from 'next';
import { ReportFilters } from '@/components/reports/report-filters';
import { SlaReportView } from '@/components/reports/sla-report-view';
import { Alert } from '@/components/ui/alert';
import { requireClient } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { REPORT_FILTER_LABELS } from '@/lib/reports/report-filter-labels';
import { reportSearch } from '@/lib/search-params/reports';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { getSlaReport } from '@/lib/server/reports/get-sla-report';

export const metadata: Metadata = { title: 'Rapports' };

/** §13, §14: the organization's own figures, for its administrator and agents alike. */
export default async function PortalReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const { values, ignored } = reportSearch.read(await searchParams);
  // A client's report is their organization's, whatever the address says.
  const search = { ...values, organizationId: undefined };
  const db = await getDb();
  const [report, modules] = await Promise.all([
    getSlaReport(db, { actor: user, search, timeZone: user.timeZone }),
    getContractModules(db, user.organizationId),
  ]);
  const notice = [ignoredNotice(ignored, REPORT_FILTER_LABELS), report.range.notice].filter(Boolean).join(' ');
  // The days shown, written out: the form and every CSV say exactly what the page counts.
  const shown = { ...search, from: report.range.from, to: report.range.to };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Rapports</h1>
        <p className="text-slate-700">
          Les engagements du livret de service pour la {user.organizationName} : prise en charge de vos demandes (§13), plans d’action et corrections des
          anomalies (§14). Dates et mois à l’{zoneName(user.timeZone)}.
        </p>
      </div>
      {notice && <Alert tone="info">{notice}</Alert>}
      <section aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ReportFilters search={shown} path="/rapports" modules={modules} />
      </section>
      <SlaReportView report={report} search={shown} timeZone={user.timeZone} ticketPath="/demandes" showOrganization={false} />
    </div>
  );
}
