import Link from 'next/link';
import { formatDateTime } from '@/lib/format/french-date';
import type { Clock } from '@/lib/sla';
import { describeRequestProgress, requestStateOf, type RequestStep, type TicketStatus, type TicketType } from '@/lib/tickets';
import { ClockSentence } from './clock-sentence';
import { StatusBadge } from './status-badge';
import { TicketTypeTag } from './ticket-type-tag';
import { YourTurnBadge } from './your-turn-badge';

interface Row {
  id: string;
  reference: string;
  subject: string;
  module: string;
  type: TicketType;
  status: TicketStatus;
  /** A typed request's step and the date the support gave it (restore §7, software account §11). */
  requestStep: RequestStep | null;
  requestPlannedFor: Date | null;
  createdAt: Date;
  /** The clock the Demande shows: the running one due first, else the last ended (lib/sla currentClock). */
  clock: Clock | null;
}

/**
 * The client's Demandes, each with its clock in the presenter's words ("Prise en charge au plus
 * tard … (dans le délai)") and "À vous de répondre" when the support waits for them; `detailed`
 * adds the module and registration date (the full list), the home shows it compact.
 */
export function PortalTicketList({
  rows,
  timeZone,
  now,
  detailed = false,
  empty,
}: {
  rows: Row[];
  timeZone: string;
  now: Date;
  detailed?: boolean;
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-100">
      {rows.map((row) => (
        <li key={row.id} className="py-3" data-reference={row.reference}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <TicketTypeTag type={row.type} />
            <Link href={`/demandes/${row.reference}`} className="font-semibold break-words text-brand-800 underline">
              {row.reference} — {row.subject}
            </Link>
            <StatusBadge status={row.status} requestStep={row.requestStep} />
            {row.status === 'waiting_client' && <YourTurnBadge />}
          </div>
          {row.requestStep && requestStateOf(row.status, row.requestStep) === 'planned' && (
            <p className="text-sm font-medium text-slate-800">
              {describeRequestProgress({ ...row, requestStep: row.requestStep, resolvedAt: null }, timeZone)}
            </p>
          )}
          {detailed && (
            <p className="text-sm text-slate-700">
              {row.module} · enregistrée {formatDateTime(row.createdAt, timeZone)}
            </p>
          )}
          {row.clock ? (
            <ClockSentence clock={row.clock} now={now} timeZone={timeZone} audience="client" />
          ) : (
            <p className="text-sm text-slate-700">Aucun délai contractuel pour cette demande.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
