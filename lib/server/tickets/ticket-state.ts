import 'server-only';
import type { Ticket } from '@/db/schema';
import { STATUSES_BEFORE_WAITING, type Qualification, type StatusBeforeWaiting, type TicketState } from '@/lib/tickets';
import type { StoredClock } from '@/lib/server/sla/clock-rows';

/** The lifecycle's view of a stored Demande and its clocks. */
export function toTicketState(ticket: Ticket, clocks: readonly StoredClock[]): TicketState {
  const running = clocks.find((clock) => clock.kind !== 'pickup' && clock.stoppedAt === null);
  return {
    type: ticket.type,
    requestStep: ticket.requestStep,
    status: ticket.status,
    qualification: toQualification(ticket),
    runningClock: running && running.kind !== 'pickup' ? running.kind : null,
    statusBeforeWaiting: STATUSES_BEFORE_WAITING.find((status): status is StatusBeforeWaiting => status === ticket.statusBeforeWaiting) ?? null,
    assigneeId: ticket.assigneeId,
    resolvedAt: ticket.resolvedAt,
  };
}

function toQualification(ticket: Ticket): Qualification | null {
  if (ticket.qualification === 'anomaly') {
    if (!ticket.severity) throw new Error(`Demande ${ticket.reference} : anomalie sans criticité.`);
    return { outcome: 'anomaly', severity: ticket.severity };
  }
  return ticket.qualification ? { outcome: ticket.qualification } : null;
}

/** The columns of a Demande that follow from its lifecycle state. */
export function ticketColumnsOf(state: TicketState) {
  return {
    requestStep: state.requestStep,
    status: state.status,
    statusBeforeWaiting: state.statusBeforeWaiting,
    qualification: state.qualification?.outcome ?? null,
    severity: state.qualification?.outcome === 'anomaly' ? state.qualification.severity : null,
    assigneeId: state.assigneeId,
    resolvedAt: state.resolvedAt,
  };
}
