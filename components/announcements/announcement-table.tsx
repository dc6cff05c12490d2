import Link from 'next/link';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { START_LABELS, isMaintenance } from '@/lib/announcements/kinds';
import { phaseOf } from '@/lib/announcements/timeline';
import { formatDateTime } from '@/lib/format/french-date';
import type { AnnouncementView } from '@/lib/server/announcements/list-announcements';
import { AnnouncementKindBadge } from './announcement-kind-badge';

// The console reads and writes announcement dates in the support centre's zone (§5: CET/CEST).

/** The console's list of announcements, each title leading to its edit form. */
export function AnnouncementTable({ caption, rows, now, timeZone }: { caption: string; rows: AnnouncementView[]; now: Date; timeZone: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <Table
        caption={`${caption} (${rows.length})`}
        captionStyle="title"
        columns={['Titre', 'Type', 'Dates', 'Module', 'Fichiers', 'Publiée']}
        empty={rows.length === 0 && 'Aucune annonce.'}
      >
        {rows.map((row) => (
          <Row key={row.id}>
            <RowHeader>
              <Link href={`/console/annonces/${row.id}`} className="text-brand-800 underline">
                {row.title}
              </Link>
              {row.version && <span className="block text-xs font-normal text-slate-700">Version {row.version}</span>}
            </RowHeader>
            <Cell>
              <AnnouncementKindBadge kind={row.kind} />
              {phaseOf(row, now) === 'ongoing' && <span className="mt-1 block text-xs font-semibold text-red-800">En cours</span>}
            </Cell>
            <Cell>
              {row.startsAt ? `${START_LABELS[row.kind]} : ${formatDateTime(row.startsAt, timeZone)}` : '—'}
              {row.endsAt && isMaintenance(row.kind) && <span className="block">Fin : {formatDateTime(row.endsAt, timeZone)}</span>}
            </Cell>
            <Cell>{row.module ?? 'Tous'}</Cell>
            <Cell>{row.files.length}</Cell>
            <Cell>
              {formatDateTime(row.publishedAt, timeZone)}
              <span className="block text-xs text-slate-700">{row.authorName}</span>
            </Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
