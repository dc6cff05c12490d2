/**
 * Every kind of change a Demande's history records (§13 traceability), written once: the
 * history, the pages and the reports read these values.
 */
export const TICKET_EVENT_TYPES = [
  'created',
  'taken_in_charge',
  'assigned',
  'qualified',
  'requalified',
  'information_requested',
  'information_provided',
  'action_plan_delivered',
  'remedy_delivered',
  'resolved',
  'closed',
  'auto_closed',
  'reopened',
  'cancelled',
  'replied',
  'internal_note_added',
  'clock_at_risk',
  'clock_breached',
  'clocks_suspended',
  'clocks_resumed',
  'pickup_excluded',
  'waiting_reminder_sent',
  'request_planned',
  'request_done',
  'request_refused',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];
