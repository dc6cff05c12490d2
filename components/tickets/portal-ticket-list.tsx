import Link from 'next/link';
import { deadlinePhrase } from '@/lib/format/deadline';
import { formatDateTime } from '@/lib/format/french-date';
import type { ClockKind } from '@/lib/sla';
import type { TicketStatus } from '@/lib/tickets';
import { StatusBadge } from './status-badge';

interface Row {
  id: string;
  reference: string;
  subject: string;
  module: string;
  status: TicketStatus;
  createdAt: Date;
  nextClockKind: ClockKind | null;
  nextDueAt: Date | null;
}

/** What a client reads of the next commitment on a Demande. */
function commitment(row: Row, timeZone: string): string {
  if (row.nextDueAt && row.nextClockKind) return deadlinePhrase(row.nextClockKind, row.nextDueAt, timeZone);
  return row.nextClockKind ? 'délai en pause : le support attend votre réponse' : 'aucun délai en cours';
}

/**
 * The client's Demandes with their next commitment in words ("prise en charge au plus tard …");
 * `detailed` adds the module and registration date (the full list), the home shows it compact.
 */
export function PortalTicketList({ rows, timeZone, detailed = false, empty }: { rows: Row[]; timeZone: string; detailed?: boolean; empty: string }) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-100">
      {rows.map((row) => (
        <li key={row.id} className="py-3">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/demandes/${row.reference}`} className="font-semibold text-brand-800 underline">
              {row.reference} — {row.subject}
            </Link>
            <StatusBadge status={row.status} />
          </div>
          <p className="text-sm text-slate-700">
            {detailed && `${row.module} · enregistrée ${formatDateTime(row.createdAt, timeZone)} · `}
            {commitment(row, timeZone).replace(/^./, (first) => (detailed ? first : first.toUpperCase()))}
          </p>
        </li>
      ))}
    </ul>
  );
}
