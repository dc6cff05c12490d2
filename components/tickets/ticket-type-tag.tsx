import { TICKET_TYPE_LABELS, type TicketType } from '@/lib/tickets';

/** "Restauration", "Compte logiciel": the kind of a typed request, next to its reference; nothing for an ordinary Demande. */
export function TicketTypeTag({ type }: { type: TicketType }) {
  if (type === 'standard') return null;
  return (
    <span className="inline-block rounded border border-brand-700 bg-brand-50 px-1.5 text-xs font-semibold text-brand-900" data-ticket-type={type}>
      {TICKET_TYPE_LABELS[type]}
    </span>
  );
}
