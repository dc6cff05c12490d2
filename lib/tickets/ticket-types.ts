/**
 * What a Demande asks for. An ordinary Demande (an incident, an anomaly, a question: §1, §12)
 * is the default; typed requests have a form and steps of their own: a restore from a backup
 * (§7) and a software account created or deleted on the client's instructions (§11).
 */
export const TICKET_TYPES = ['standard', 'restore', 'software_account'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_TYPE_LABELS: Readonly<Record<TicketType, string>> = {
  standard: 'Demande',
  restore: 'Restauration',
  software_account: 'Compte logiciel',
};

/** The steps of a typed request: asked, planned by the support (a date), then done or refused. */
export const REQUEST_STEPS = ['requested', 'planned', 'done', 'refused'] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

export const REQUEST_STEP_LABELS: Readonly<Record<RequestStep, string>> = {
  requested: 'Demandée',
  planned: 'Planifiée',
  done: 'Réalisée',
  refused: 'Refusée',
};
