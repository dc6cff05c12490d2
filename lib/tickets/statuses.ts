export const TICKET_STATUSES = ['registered', 'in_charge', 'qualifying', 'waiting_client', 'in_correction', 'resolved', 'closed', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  registered: 'Enregistrée',
  in_charge: 'Prise en charge',
  qualifying: 'En qualification',
  waiting_client: 'En attente du client',
  in_correction: 'En cours de correction',
  resolved: 'Résolue',
  closed: 'Clôturée',
  cancelled: 'Annulée',
};

/** The statuses from which staff may ask the client for information, and where the answer returns. */
export const STATUSES_BEFORE_WAITING = ['in_charge', 'qualifying', 'in_correction'] as const satisfies readonly TicketStatus[];
export type StatusBeforeWaiting = (typeof STATUSES_BEFORE_WAITING)[number];
