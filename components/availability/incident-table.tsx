import Link from 'next/link';
import { INCIDENT_CAUSE_LABELS, INCIDENT_ENVIRONMENT_LABELS } from '@/lib/availability';
import { formatDateTime } from '@/lib/format/french-date';
import type { IncidentListRow } from '@/lib/server/availability/list-incidents';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { IncidentStatusBadge } from './incident-status-badge';

function scopeOf(row: IncidentListRow): string {
  if (row.allOrganizations) return 'Toutes les collectivités';
  const more = row.organizationCount - row.organizationNames.length;
  return more > 0 ? `${row.organizationNames.join(', ')} et ${more} autre${more > 1 ? 's' : ''}` : row.organizationNames.join(', ');
}

/** The console's incidents, those under way first; each title leads to its page. */
export function IncidentTable({ rows, timeZone }: { rows: readonly IncidentListRow[]; timeZone: string }) {
  return (
    <Table
      caption="Incidents, en cours d’abord"
      captionStyle="hidden"
      columns={['Incident', 'État', 'Cause', 'Collectivités touchées', 'Début', 'Fin']}
      empty={rows.length === 0 && 'Aucun incident enregistré.'}
    >
      {rows.map((row) => (
        <Row key={row.id}>
          <RowHeader>
            <Link href={`/console/incidents/${row.id}`} className="text-brand-800 underline">
              {row.title}
            </Link>
            {row.environment !== 'production' && (
              <span className="block text-xs font-normal text-slate-700">{INCIDENT_ENVIRONMENT_LABELS[row.environment]}</span>
            )}
          </RowHeader>
          <Cell>
            <IncidentStatusBadge ended={row.endedAt !== null} />
          </Cell>
          <Cell>{INCIDENT_CAUSE_LABELS[row.cause]}</Cell>
          <Cell>{scopeOf(row)}</Cell>
          <Cell>{formatDateTime(row.startedAt, timeZone)}</Cell>
          <Cell>{row.endedAt ? formatDateTime(row.endedAt, timeZone) : '—'}</Cell>
        </Row>
      ))}
    </Table>
  );
}
