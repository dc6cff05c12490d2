import { AUDIT_ACTIONS, isAuditAction } from '@/lib/accounts/audit-actions';
import { describeAuditDetails } from '@/lib/accounts/audit-details';
import { formatDateTime } from '@/lib/format/french-date';
import type { AuditRow } from '@/lib/server/audit/list-audit-log';

export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}

export function AuditTable({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-slate-700">Aucune entrée ne correspond à ces filtres.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Journal d’audit, du plus récent au plus ancien</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Date
            </th>
            <th scope="col" className="py-2 pr-4">
              Action
            </th>
            <th scope="col" className="py-2 pr-4">
              Par
            </th>
            <th scope="col" className="py-2 pr-4">
              Collectivité
            </th>
            <th scope="col" className="py-2 pr-4">
              Détail
            </th>
            <th scope="col" className="py-2">
              Adresse
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">{formatDateTime(row.at, timeZone)}</td>
              <th scope="row" className="py-2 pr-4 font-medium">
                {auditActionLabel(row.action)}
              </th>
              <td className="break-all py-2 pr-4">{row.actorEmail ?? 'Système'}</td>
              <td className="py-2 pr-4">{row.organizationName ?? '—'}</td>
              <td className="break-all py-2 pr-4">{describeAuditDetails(row.details)}</td>
              <td className="py-2">{row.clientAddress ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
