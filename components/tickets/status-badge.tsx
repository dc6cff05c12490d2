import { REQUEST_STATE_LABELS, requestStateOf, TICKET_STATUS_LABELS, type RequestState, type RequestStep, type TicketStatus } from '@/lib/tickets';

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

const REQUEST_TONES: Record<RequestState, string> = {
  requested: TONES.registered,
  planned: TONES.in_correction,
  done: TONES.resolved,
  refused: 'bg-red-100 text-red-900',
  waiting_client: TONES.waiting_client,
  cancelled: TONES.cancelled,
};

const BADGE = 'inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold';

/** The status of a Demande; a typed request (restore, software account) shows its step instead. */
export function StatusBadge({ status, requestStep = null }: { status: TicketStatus; requestStep?: RequestStep | null }) {
  if (requestStep === null) return <span className={`${BADGE} ${TONES[status]}`}>{TICKET_STATUS_LABELS[status]}</span>;
  const state = requestStateOf(status, requestStep);
  return <span className={`${BADGE} ${REQUEST_TONES[state]}`}>{REQUEST_STATE_LABELS[state]}</span>;
}
