import type { RequestStep, TicketStatus } from '@/lib/tickets';

/** The staff queues of Demandes, in the order the console shows them. */
export const QUEUE_TABS = ['awaiting_pickup', 'mine', 'at_risk', 'overdue', 'waiting_client', 'typed_requests', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_TAB_LABELS: Readonly<Record<QueueTab, string>> = {
  awaiting_pickup: 'Non prises en charge',
  mine: 'Mes demandes',
  at_risk: 'À risque',
  overdue: 'Hors délai',
  waiting_client: 'En attente client',
  // §7 restores and §11 software accounts still to plan or to carry out.
  typed_requests: 'Restaurations et comptes',
  all: 'Toutes',
};

/** The value of `?file=` in the console's URLs, so a link or a refresh keeps the queue. */
export const QUEUE_TAB_SLUGS: Readonly<Record<QueueTab, string>> = {
  awaiting_pickup: 'non-prises-en-charge',
  mine: 'mes-demandes',
  at_risk: 'a-risque',
  overdue: 'hors-delai',
  waiting_client: 'en-attente-client',
  typed_requests: 'restaurations-et-comptes',
  all: 'toutes',
};

export const DEFAULT_QUEUE_TAB: QueueTab = 'awaiting_pickup';

/** The statuses in which a Demande still needs work from its assignee ("Mes demandes"). */
export const OPEN_STATUSES = ['registered', 'in_charge', 'qualifying', 'waiting_client', 'in_correction'] as const satisfies readonly TicketStatus[];

/**
 * The statuses in which a Demande may have a running, unpaused clock: the pickup clock until it is
 * taken in charge (§13), the action-plan or remedy clock while in correction (§14); waiting for
 * the client pauses them, every other transition stops them (lib/tickets transition).
 */
export const DEADLINE_STATUSES = ['registered', 'in_correction'] as const satisfies readonly TicketStatus[];

/** The steps of a typed request that still need the support: to plan, or planned and to carry out. */
export const PENDING_REQUEST_STEPS = ['requested', 'planned'] as const satisfies readonly RequestStep[];
