import { TICKET_ACTION_LABELS, type TicketAction } from './actions';
import { isClientRole } from '@/lib/accounts/roles';
import type { ActorContext } from './actor';
import { CLIENT_REOPEN_DELAY_DAYS, clientReopenDeadline } from './reopen-delay';
import { TICKET_STATUS_LABELS } from './statuses';
import { TicketError } from './ticket-error';
import { TICKET_TYPE_LABELS } from './ticket-types';
import type { TicketState } from './ticket-state';
import { TRANSITIONS, type ActorRequirement } from './transitions';

export type Decision = { ok: true } | { ok: false; reason: string };

export interface DecisionContext {
  actor: ActorContext;
  ticket: Pick<TicketState, 'type' | 'status' | 'qualification' | 'resolvedAt'>;
  now: Date;
  /** The organization's zone, where the client's reopen delay is counted in calendar days. */
  timeZone: string;
}

const ALLOWED: Decision = { ok: true };

/** Whether the actor may perform the action on the Demande now, with the reason shown when not. */
export function can(action: TicketAction, { actor, ticket, now, timeZone }: DecisionContext): Decision {
  const reason = actorDenial(action, actor) ?? stateDenial(action, ticket) ?? delayDenial(action, actor, ticket, now, timeZone);
  return reason === null ? ALLOWED : { ok: false, reason };
}

/** Why the Demande, as it stands, refuses the action whoever asks; null when it accepts it. */
export function stateDenial(action: TicketAction, ticket: Pick<TicketState, 'type' | 'status' | 'qualification'>): string | null {
  const rule = TRANSITIONS[action];
  if (rule.types === 'standard' && ticket.type !== 'standard') {
    return `« ${TICKET_ACTION_LABELS[action]} » ne s’applique pas à une demande de ${TICKET_TYPE_LABELS[ticket.type].toLowerCase()}.`;
  }
  if (rule.types === 'typed' && ticket.type === 'standard')
    return `« ${TICKET_ACTION_LABELS[action]} » ne s’applique qu’aux restaurations et comptes logiciels.`;
  if (!rule.from.includes(ticket.status)) {
    return `« ${TICKET_ACTION_LABELS[action]} » est impossible pour une Demande au statut « ${TICKET_STATUS_LABELS[ticket.status]} ».`;
  }
  const qualification = ticket.qualification;
  if (rule.condition === 'anomaly' && qualification?.outcome !== 'anomaly') {
    return "La Demande n'est pas qualifiée comme anomalie.";
  }
  if (rule.condition === 'blocking_anomaly' && !(qualification?.outcome === 'anomaly' && qualification.severity === 'blocking')) {
    return "Un plan d'action corrective n'est dû que pour une anomalie bloquante.";
  }
  return null;
}

const REQUIREMENT_DENIALS: Readonly<Record<ActorRequirement, (actor: ActorContext) => string | null>> = {
  any: () => null,
  assignee: (actor) => (actor.isAssignee ? null : 'Seul le technicien assigné à la Demande ou un responsable support peut le faire.'),
  organization: () => null,
  requester: (actor) => (actor.isRequester ? null : 'Seul le demandeur ou un administrateur de la collectivité peut le faire.'),
};

function actorDenial(action: TicketAction, actor: ActorContext): string | null {
  // DOMAIN "Demande content": a client sees only the Demandes of their own organization.
  if (isClientRole(actor.role) && !actor.sameOrganization) return "Cette Demande n'appartient pas à votre collectivité.";
  const requirement = TRANSITIONS[action].actors[actor.role];
  if (requirement === undefined) return 'Votre rôle ne permet pas cette action.';
  return REQUIREMENT_DENIALS[requirement](actor);
}

function delayDenial(action: TicketAction, actor: ActorContext, ticket: Pick<TicketState, 'resolvedAt'>, now: Date, timeZone: string): string | null {
  if (!TRANSITIONS[action].clientWithinReopenDelay || !isClientRole(actor.role)) return null;
  if (ticket.resolvedAt === null) throw new TicketError("Cette Demande résolue n'a pas de date de résolution.");
  return now.getTime() <= clientReopenDeadline(ticket.resolvedAt, timeZone).getTime()
    ? null
    : `Le délai de ${CLIENT_REOPEN_DELAY_DAYS} jours pour rouvrir cette Demande est dépassé : le support peut encore la rouvrir.`;
}
