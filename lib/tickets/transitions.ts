import type { TicketAction } from './actions';
import type { Role } from '@/lib/accounts/roles';
import { STATUSES_BEFORE_WAITING, type TicketStatus } from './statuses';

/**
 * What a role needs to perform a rule: `any` actor of the role, only the Demande's
 * `assignee`, a user of its `organization`, or its `requester` (of the organization too).
 * A role absent from a rule may never perform it.
 */
export type ActorRequirement = 'any' | 'assignee' | 'organization' | 'requester';

/** What the Demande's qualification must be. */
export type TicketCondition = 'anomaly' | 'blocking_anomaly';

/** Which Demandes a rule applies to: ordinary ones (qualified §14) or typed requests (with their own steps). */
export type TicketTypeScope = 'standard' | 'typed';

export interface TransitionRule {
  from: readonly TicketStatus[];
  /** The statuses it may lead to, or `unchanged`. */
  to: readonly TicketStatus[] | 'unchanged';
  actors: Readonly<Partial<Record<Role, ActorRequirement>>>;
  condition?: TicketCondition;
  /** Absent: every Demande. */
  types?: TicketTypeScope;
  /** Clients may do it only until clientReopenDeadline (CLIENT_REOPEN_DELAY_DAYS after the resolution); staff any time. */
  clientWithinReopenDelay?: true;
}

const STAFF = { technician: 'any', support_manager: 'any' } as const;
/** The work on a Demande is its assignee's; a support manager may step in on any. */
const ASSIGNEE_OR_MANAGER = { technician: 'assignee', support_manager: 'any' } as const;
const STAFF_AND_ORGANIZATION = { ...STAFF, client_user: 'organization', client_admin: 'organization' } as const;
/** Deciding the fate of a Demande is for its requester or their organization's administrator. */
const STAFF_AND_REQUESTER = { ...STAFF, client_user: 'requester', client_admin: 'organization' } as const;

const NOT_FINAL: readonly TicketStatus[] = ['registered', 'in_charge', 'qualifying', 'waiting_client', 'in_correction', 'resolved'];
const UNRESOLVED: readonly TicketStatus[] = ['in_charge', 'qualifying', 'waiting_client', 'in_correction'];

/** The lifecycle of a Demande (DOMAIN "Support clocks"), one rule per action. */
export const TRANSITIONS: Readonly<Record<TicketAction, TransitionRule>> = {
  // §13: pickup by a technician stops the pickup clock.
  take_in_charge: { from: ['registered'], to: ['in_charge'], actors: STAFF },
  assign: { from: NOT_FINAL, to: 'unchanged', actors: STAFF },
  start_qualification: { from: ['in_charge'], to: ['qualifying'], actors: ASSIGNEE_OR_MANAGER, types: 'standard' },
  // §14: qualification and reproduction; an anomaly goes to correction, anything else is answered.
  qualify: { from: ['in_charge', 'qualifying'], to: ['in_correction', 'resolved'], actors: ASSIGNEE_OR_MANAGER, types: 'standard' },
  requalify: {
    from: ['waiting_client', 'in_correction'],
    to: 'unchanged',
    actors: ASSIGNEE_OR_MANAGER,
    condition: 'anomaly',
    types: 'standard',
  },
  request_information: { from: STATUSES_BEFORE_WAITING, to: ['waiting_client'], actors: ASSIGNEE_OR_MANAGER },
  provide_information: { from: ['waiting_client'], to: STATUSES_BEFORE_WAITING, actors: STAFF_AND_ORGANIZATION },
  // §14: the corrective action plan is owed for a blocking anomaly; it is not the fix.
  deliver_action_plan: {
    from: ['in_correction'],
    to: 'unchanged',
    actors: ASSIGNEE_OR_MANAGER,
    condition: 'blocking_anomaly',
    types: 'standard',
  },
  // §14: a fix or a workaround, owed within 6 business days for a major anomaly.
  deliver_remedy: {
    from: ['in_correction'],
    to: ['in_correction', 'resolved'],
    actors: ASSIGNEE_OR_MANAGER,
    condition: 'anomaly',
    types: 'standard',
  },
  resolve: { from: UNRESOLVED, to: ['resolved'], actors: ASSIGNEE_OR_MANAGER, types: 'standard' },
  close: { from: ['resolved'], to: ['closed'], actors: STAFF_AND_REQUESTER },
  reopen: {
    from: ['resolved'],
    to: ['in_charge'],
    actors: STAFF_AND_REQUESTER,
    clientWithinReopenDelay: true,
  },
  cancel: { from: ['registered'], to: ['cancelled'], actors: STAFF_AND_REQUESTER },
  comment: { from: NOT_FINAL, to: 'unchanged', actors: STAFF_AND_ORGANIZATION },
  // DOMAIN "Demande content": internal notes are never shown to clients.
  add_internal_note: {
    from: [...NOT_FINAL, 'closed', 'cancelled'],
    to: 'unchanged',
    actors: STAFF,
  },
  // §7, §11: a typed request is planned (a date given, again if it moves), then done or refused.
  plan_request: { from: ['in_charge', 'in_correction'], to: ['in_correction'], actors: ASSIGNEE_OR_MANAGER, types: 'typed' },
  complete_request: { from: ['in_charge', 'in_correction'], to: ['resolved'], actors: ASSIGNEE_OR_MANAGER, types: 'typed' },
  refuse_request: { from: ['in_charge', 'in_correction'], to: ['resolved'], actors: ASSIGNEE_OR_MANAGER, types: 'typed' },
};
