import { DateTime } from 'luxon';
import { toCsv } from '@/lib/accounts/audit-details';
import { TREND_MORE_STATUSES } from '@/lib/reports/monthly-trend';
import { delaysCsv, excludedPickupsCsv, latePickupsCsv, periodsCsv, trendCsv, type CsvRows } from '@/lib/reports/report-csv';
import { reportRange } from '@/lib/reports/report-range';
import { REPORT_TABLES, isReportTable, type ReportTable } from '@/lib/reports/report-tables';
import { currentOverallOf } from '@/lib/reports/sla-report';
import { demandesByModuleCsv, pageViewsCsv, usageCountersCsv, usageDaysCsv } from '@/lib/reports/usage-csv';
import { reportSearch, type ReportSearch } from '@/lib/search-params/reports';
import type { Executor } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/session';
import { withSession } from '@/lib/server/api/route-handler';
import { getDelaySummary } from '@/lib/server/reports/get-delay-summary';
import { getMonthlyTrend } from '@/lib/server/reports/get-monthly-trend';
import { getPeriodCompliance } from '@/lib/server/reports/get-period-compliance';
import { getUsageFigures } from '@/lib/server/reports/get-usage-figures';
import { listExcludedPickups } from '@/lib/server/reports/list-excluded-pickups';
import { listLatePickups } from '@/lib/server/reports/list-late-pickups';
import { ServiceError } from '@/lib/server/service-error';

const TREND_TABLE_KINDS = { 'prise-en-charge': 'pickup', 'plans-d-action': 'actionPlan', corrections: 'remedy' } as const;

// Every late or excluded Demande of the range: the page lists the most recent, the export all.
const EXPORT_LIMIT = 100_000;

/**
 * GET /api/rapports/<tableau>?<the page's filters> — one table of the reports as CSV (UTF-8 with
 * BOM, semicolons, French headers), in the reader's scope: a client their organization's, a
 * manager every organization's, a technician their own work's; the usage tables (§17) for
 * managers only (403). An unknown table is 404; a malformed filter is ignored, as on the page.
 */
export const GET = withSession<{ tableau: string }>('any', async (request, { user, db, params }) => {
  if (!isReportTable(params.tableau)) throw new ServiceError('not_found', 'Ce tableau n’existe pas.');
  const search = reportSearch.parse(new URL(request.url).searchParams);
  const rows = await tableRows(db, user, params.tableau, search);
  const day = DateTime.now().setZone(user.timeZone).toISODate();
  return new Response(toCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="guichet-${params.tableau}-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});

async function tableRows(db: Executor, user: CurrentUser, table: ReportTable, search: ReportSearch): Promise<CsvRows> {
  const now = new Date();
  const { from, to, ...filters } = search;
  if (REPORT_TABLES[table].area === 'usage') {
    const { figures, counters } = await getUsageFigures(db, { actor: user, search, now });
    if (table === 'usage-pages') return pageViewsCsv(figures);
    if (table === 'usage-jours') return usageDaysCsv(figures);
    if (table === 'usage-demandes') return demandesByModuleCsv(figures);
    return usageCountersCsv(counters);
  }
  const range = reportRange({ from, to }, user.timeZone, now);
  const listing = { actor: user, filters, range, now, limit: EXPORT_LIMIT };
  switch (table) {
    case 'periodes': {
      const periods = await getPeriodCompliance(db, { actor: user, filters, now });
      return periodsCsv(periods, currentOverallOf(periods));
    }
    case 'prise-en-charge':
    case 'plans-d-action':
    case 'corrections': {
      const kind = TREND_TABLE_KINDS[table];
      return trendCsv((await getMonthlyTrend(db, { actor: user, filters, range, timeZone: user.timeZone, now }))[kind], TREND_MORE_STATUSES[kind]);
    }
    case 'delais':
      return delaysCsv(await getDelaySummary(db, { actor: user, filters, range }));
    case 'hors-delai':
      return latePickupsCsv((await listLatePickups(db, listing)).rows, user.timeZone);
    case 'retraits':
      return excludedPickupsCsv((await listExcludedPickups(db, listing)).rows, user.timeZone);
    default:
      throw new ServiceError('not_found', 'Ce tableau n’existe pas.');
  }
}
