import { TICKET_STATUS_LABELS, type TicketStatus } from '@/lib/tickets';

const TONES: Record<TicketStatus, string> = {
  registered: 'bg-slate-100 text-slate-800',
  in_charge: 'bg-brand-100 text-brand-900',
  qualifying: 'bg-brand-100 text-brand-900',
  waiting_client: 'bg-amber-100 text-amber-900',
  in_correction: 'bg-violet-100 text-violet-900',
  resolved: 'bg-green-100 text-green-900',
  closed: 'bg-slate-200 text-slate-800',
  cancelled: 'bg-slate-200 text-slate-800',
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{TICKET_STATUS_LABELS[status]}</span>;
}
