import Link from 'next/link';
import { deadlinePhrase } from '@/lib/format/deadline';
import type { ClockKind } from '@/lib/sla';
import type { TicketStatus } from '@/lib/tickets';
import { StatusBadge } from './status-badge';

interface Row {
  id: string;
  reference: string;
  subject: string;
  status: TicketStatus;
  nextClockKind: ClockKind | null;
  nextDueAt: Date | null;
}

/** Open Demandes with their next commitment in words ("prise en charge au plus tard …"). */
export function OpenTicketsList({ rows, timeZone }: { rows: Row[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-slate-700">Aucune demande en cours.</p>;
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
            {row.nextDueAt && row.nextClockKind
              ? deadlinePhrase(row.nextClockKind, row.nextDueAt, timeZone).replace(/^./, (first) => first.toUpperCase())
              : row.nextClockKind
                ? 'Délai en pause : le support attend votre réponse'
                : 'Aucun délai en cours'}
          </p>
        </li>
      ))}
    </ul>
  );
}
