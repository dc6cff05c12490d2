import { AUDIT_ACTIONS, isAuditAction } from '@/lib/accounts/audit-actions';
import { describeAuditDetails, displayAddress, toCsv } from '@/lib/accounts/audit-details';
import { formatDateTime } from '@/lib/format/french-date';
import { auditLogSearch } from '@/lib/search-params/audit-log';
import { withSession } from '@/lib/server/api/route-handler';
import { listAuditLog } from '@/lib/server/audit/list-audit-log';

/**
 * The journal as CSV (UTF-8 with BOM, semicolons), with the page's filters (a malformed one is
 * ignored, as on the page); managers only (403 otherwise).
 */
export const GET = withSession('console', async (request, { user, db }) => {
  const filters = auditLogSearch.parse(new URL(request.url).searchParams);
  const rows = await listAuditLog(db, { actor: user, filters, timeZone: user.timeZone, limit: 100_000 });
  const csv = toCsv([
    ['Date', 'Action', 'Code', 'Auteur', 'Collectivité', 'Cible', 'Détail', 'Adresse'],
    ...rows.map((row) => [
      formatDateTime(row.at, user.timeZone),
      isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action,
      row.action,
      row.actorEmail ?? '',
      row.organizationName ?? '',
      row.targetType && row.targetId ? `${row.targetType}:${row.targetId}` : '',
      describeAuditDetails(row.action, row.details),
      row.clientAddress ? displayAddress(row.clientAddress) : '',
    ]),
  ]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="journal-guichet-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
