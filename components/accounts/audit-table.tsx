import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { AUDIT_ACTIONS, isAuditAction } from '@/lib/accounts/audit-actions';
import { describeAuditDetails, displayAddress } from '@/lib/accounts/audit-details';
import { formatDateTime } from '@/lib/format/french-date';
import type { AuditRow } from '@/lib/server/audit/list-audit-log';

export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}

export function AuditTable({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-slate-700">Aucune entrée ne correspond à ces filtres.</p>;
  return (
    <Table
      caption="Journal d’audit, du plus récent au plus ancien"
      captionStyle="hidden"
      columns={['Date', 'Action', 'Par', 'Collectivité', 'Détail', 'Adresse']}
    >
      {rows.map((row) => (
        <Row key={row.id}>
          <Cell>{formatDateTime(row.at, timeZone)}</Cell>
          <RowHeader>{auditActionLabel(row.action)}</RowHeader>
          <Cell className="break-all">{row.actorEmail ?? 'Système'}</Cell>
          <Cell>{row.organizationName ?? '—'}</Cell>
          <Cell className="break-words">{describeAuditDetails(row.action, row.details) || '—'}</Cell>
          <Cell>{row.clientAddress ? displayAddress(row.clientAddress) : '—'}</Cell>
        </Row>
      ))}
    </Table>
  );
}
