'use client';

import Link from 'next/link';
import { StatusBadge } from '@/components/tickets/status-badge';
import { TicketTypeTag } from '@/components/tickets/ticket-type-tag';
import { DeadlineGauge } from './deadline-gauge';
import { useHeldRows, type QueueTableRow } from './queue-table';
import { TRIAGE_ROW_FOCUS, triageRowProps } from './triage-keyboard';

export interface TriageCard extends QueueTableRow {
  /** What brings it here, said first: "À risque dès 14:10", "Hors délai après 17:30". */
  note?: { text: string; tone: 'at_risk' | 'overdue' } | null;
  /** The client's latest words, for "Réponses des clients". */
  quote?: { heading: string; text: string } | null;
}

const NOTE_TONES = { at_risk: 'bg-amber-100 text-amber-900', overdue: 'bg-red-100 text-red-900' } as const;

/**
 * A short list of Demandes on the dashboard, as cards: the deadline first, the subject a link
 * stretched over the card, every card a row of the page's keyboard triage.
 */
export function TriageCardList({ listId, rows: listed, empty }: { listId: string; rows: TriageCard[]; empty: string }) {
  const rows = useHeldRows(listId, listed);
  if (rows.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {rows.map((row) => (
        <li
          key={row.id}
          {...triageRowProps(listId, row)}
          className={`relative flex flex-col gap-1.5 rounded-md border border-slate-200 bg-white p-3 hover:border-brand-700 hover:bg-slate-50 ${TRIAGE_ROW_FOCUS}`}
        >
          {row.note && <p className={`self-start rounded px-2 py-0.5 text-sm font-semibold ${NOTE_TONES[row.note.tone]}`}>{row.note.text}</p>}
          <DeadlineGauge deadline={row.deadline} />
          <p className="text-sm">
            <TicketTypeTag type={row.type} />{' '}
            <Link href={row.href} className="font-semibold text-brand-800 underline after:absolute after:inset-0">
              {row.subject}
            </Link>
          </p>
          <p className="text-xs text-slate-700">
            {row.reference} · {row.organizationName} · {row.module} · {row.channelLabel}
          </p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-800">
            <StatusBadge status={row.status} requestStep={row.requestStep} />
            {row.severityLabel && <span>Criticité : {row.severityLabel}</span>}
            <span>Assignée à : {row.assigneeName ?? 'personne'}</span>
            {row.outcome && <span className="rounded-full bg-green-100 px-2.5 py-0.5 font-semibold text-green-900">{row.outcome}</span>}
          </p>
          {row.quote && (
            <figure className="rounded border-l-4 border-brand-700 bg-slate-50 px-3 py-2 text-sm">
              <figcaption className="text-xs font-semibold text-slate-800">{row.quote.heading}</figcaption>
              <blockquote className="mt-1 break-words whitespace-pre-line text-slate-900">{row.quote.text}</blockquote>
            </figure>
          )}
        </li>
      ))}
    </ul>
  );
}
