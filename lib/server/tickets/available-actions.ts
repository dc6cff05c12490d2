import 'server-only';
import type { Ticket } from '@/db/schema';
import { actorContextOf, can, TICKET_ACTIONS, type TicketAction } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import type { StoredClock } from '@/lib/server/sla/clock-rows';
import { toTicketState } from './ticket-state';

/**
 * The actions the page may offer: exactly those `can` allows now, so a button never leads to
 * a refusal (the operation checks again when it runs).
 */
export function availableActions(actor: Actor, ticket: Ticket, clocks: readonly StoredClock[], timeZone: string, now: Date): Set<TicketAction> {
  const state = toTicketState(ticket, clocks);
  const context = {
    actor: actorContextOf(actor, ticket),
    ticket: state,
    now,
    timeZone,
  };
  return new Set(TICKET_ACTIONS.filter((action) => can(action, context).ok));
}
