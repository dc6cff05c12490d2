export const TICKET_ACTIONS = [
  'take_in_charge',
  'assign',
  'start_qualification',
  'qualify',
  'requalify',
  'request_information',
  'provide_information',
  'deliver_action_plan',
  'deliver_remedy',
  'resolve',
  'close',
  'reopen',
  'cancel',
  'comment',
  'add_internal_note',
  'plan_request',
  'complete_request',
  'refuse_request',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const TICKET_ACTION_LABELS: Readonly<Record<TicketAction, string>> = {
  take_in_charge: 'Prendre en charge',
  assign: 'Assigner',
  start_qualification: 'Commencer la qualification',
  qualify: 'Qualifier',
  requalify: 'Requalifier',
  request_information: 'Demander des informations au client',
  provide_information: 'Apporter les informations demandées',
  deliver_action_plan: "Transmettre le plan d'action corrective",
  deliver_remedy: 'Livrer une correction ou un contournement',
  resolve: 'Résoudre',
  close: 'Clôturer',
  reopen: 'Rouvrir',
  cancel: 'Annuler',
  comment: 'Répondre',
  add_internal_note: 'Ajouter une note interne',
  plan_request: 'Planifier',
  complete_request: 'Marquer comme réalisée',
  refuse_request: 'Refuser',
};

/** §14: what staff deliver for an anomaly. */
export const REMEDY_KINDS = ['fix', 'workaround'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export const REMEDY_KIND_LABELS: Readonly<Record<RemedyKind, string>> = {
  fix: 'Correction',
  workaround: 'Solution de contournement',
};
