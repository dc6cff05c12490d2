import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, jsonb, pgEnum, pgSequence, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { BusinessCalendar } from '@/lib/calendar';
import { CLOCK_KINDS, CLOCK_OUTCOMES, PAUSE_CAUSES, SEVERITIES } from '@/lib/sla';
import type { TicketEventType } from '@/lib/tickets';
import {
  MESSAGE_KINDS,
  QUALIFICATION_OUTCOMES,
  REMEDY_KINDS,
  REPLY_PREFERENCES,
  REQUEST_STEPS,
  TICKET_CHANNELS,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '@/lib/tickets';
import { organizations } from './organizations';
import { storedFileColumns } from './stored-file';
import { users } from './users';

export const ticketStatusEnum = pgEnum('ticket_status', TICKET_STATUSES);
export const channelEnum = pgEnum('ticket_channel', TICKET_CHANNELS);
export const replyPreferenceEnum = pgEnum('reply_preference', REPLY_PREFERENCES);
export const qualificationEnum = pgEnum('qualification_outcome', QUALIFICATION_OUTCOMES);
export const severityEnum = pgEnum('severity', SEVERITIES);
export const remedyKindEnum = pgEnum('remedy_kind', REMEDY_KINDS);
export const clockKindEnum = pgEnum('clock_kind', CLOCK_KINDS);
export const clockOutcomeEnum = pgEnum('clock_outcome', CLOCK_OUTCOMES);
export const messageKindEnum = pgEnum('message_kind', MESSAGE_KINDS);
export const pauseCauseEnum = pgEnum('clock_pause_cause', PAUSE_CAUSES);
export const ticketTypeEnum = pgEnum('ticket_type', TICKET_TYPES);
export const requestStepEnum = pgEnum('request_step', REQUEST_STEPS);

/**
 * The number behind a reference DEM-<year>-<number>. A sequence never hands a number out twice
 * and never waits on another transaction; a rolled-back creation leaves a gap, which is fine.
 */
export const ticketNumberSequence = pgSequence('ticket_number_seq', { startWith: 1 });

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    // The technician who recorded a phone call; the requester for the portal.
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    channel: channelEnum('channel').notNull(),
    // An ordinary Demande, or a typed request (restore §7, software account §11) with its own steps.
    type: ticketTypeEnum('type').notNull().default('standard'),
    requestStep: requestStepEnum('request_step'),
    // What the typed request's form asked (restore point, scope…; the person and modules of an account).
    requestDetails: jsonb('request_details').$type<Record<string, unknown>>(),
    // The date the support gives to a planned request, and what it reports when done or refused.
    requestPlannedFor: timestamp('request_planned_for', { withTimezone: true }),
    requestResult: text('request_result'),
    module: text('module').notNull(),
    subject: text('subject').notNull(),
    context: text('context').notNull(),
    errorMessage: text('error_message'),
    menuPath: text('menu_path'),
    replyPreference: replyPreferenceEnum('reply_preference').notNull(),
    callbackPhone: text('callback_phone'),
    status: ticketStatusEnum('status').notNull(),
    statusBeforeWaiting: ticketStatusEnum('status_before_waiting'),
    qualification: qualificationEnum('qualification'),
    severity: severityEnum('severity'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    // When the support received it: the instant it was filed, or the phone call's start (its clocks start there).
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    // §13: a manager may take a Demande out of the 75 % ratio, with a reason shown to the client.
    pickupExcludedAt: timestamp('pickup_excluded_at', { withTimezone: true }),
    pickupExclusionReason: text('pickup_exclusion_reason'),
    pickupExcludedById: uuid('pickup_excluded_by_id').references(() => users.id, { onDelete: 'restrict' }),
    // Waiting for the client since; the reminder after some business days is sent once per wait.
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    waitingReminderSentAt: timestamp('waiting_reminder_sent_at', { withTimezone: true }),
    pickedUpAt: timestamp('picked_up_at', { withTimezone: true }),
    qualifiedAt: timestamp('qualified_at', { withTimezone: true }),
    actionPlanDeliveredAt: timestamp('action_plan_delivered_at', { withTimezone: true }),
    remedyKind: remedyKindEnum('remedy_kind'),
    remedyDeliveredAt: timestamp('remedy_delivered_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    index('tickets_organization_created_idx').on(table.organizationId, table.createdAt.desc()),
    index('tickets_status_idx').on(table.status),
    index('tickets_assignee_idx').on(table.assigneeId),
    // The console's queues walk open Demandes by id when no clock orders them.
    // The sweeper's other two queues: reminders of Demandes waiting for the client, resolved ones to close.
    index('tickets_waiting_reminder_idx')
      .on(table.waitingSince)
      .where(sql`${table.status} = 'waiting_client' and ${table.waitingReminderSentAt} is null`),
    index('tickets_resolved_idx')
      .on(table.resolvedAt)
      .where(sql`${table.status} = 'resolved'`),
    // The console's queue of typed requests (restores, software accounts).
    index('tickets_typed_request_idx')
      .on(table.type, table.requestStep, table.createdAt)
      .where(sql`${table.type} <> 'standard'`),
    index('tickets_open_idx')
      .on(table.id)
      .where(sql`${table.status} in ('registered', 'in_charge', 'qualifying', 'waiting_client', 'in_correction')`),
  ],
);

/** §13 traceability: every change of a Demande, appended, never updated nor deleted. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    // Null for the system (the deadline sweeper).
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'restrict' }),
    type: text('type').$type<TicketEventType>().notNull(),
    // Internal events (internal notes, assignments between staff) are never shown to clients.
    internal: boolean('internal').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('ticket_events_ticket_idx').on(table.ticketId, table.id),
    // A technician's reports cover the Demandes they acted on.
    index('ticket_events_actor_idx').on(table.actorId, table.ticketId),
  ],
);

export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    kind: messageKindEnum('kind').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('ticket_messages_ticket_idx').on(table.ticketId, table.createdAt)],
);

/** Attachment metadata; the content lives in the attachment store (files under .data/ by default). */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    messageId: uuid('message_id').references(() => ticketMessages.id, { onDelete: 'restrict' }),
    uploaderId: uuid('uploader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...storedFileColumns(),
  },
  (table) => [index('attachments_ticket_idx').on(table.ticketId)],
);

/** A contractual clock of a Demande (§13, §14), with the calendar it started on. */
export const slaClocks = pgTable(
  'sla_clocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    kind: clockKindEnum('kind').notNull(),
    calendar: jsonb('calendar').$type<BusinessCalendar>().notNull(),
    budgetMs: bigint('budget_ms', { mode: 'number' }).notNull(),
    atRiskRatio: real('at_risk_ratio').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    atRiskAt: timestamp('at_risk_at', { withTimezone: true }).notNull(),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pauseCauses: pauseCauseEnum('pause_causes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    pausedBusinessMs: bigint('paused_business_ms', { mode: 'number' }).notNull().default(0),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    outcome: clockOutcomeEnum('outcome'),
    // Business time the clock ran, start to stop, its pauses left out: written when it stops, so the
    // reports' medians and 90th percentiles (§13, §14) are aggregates, never a calendar walk per row.
    activeBusinessMs: bigint('active_business_ms', { mode: 'number' }),
    // Set once by the sweeper, so each transition is announced exactly once.
    atRiskFlaggedAt: timestamp('at_risk_flagged_at', { withTimezone: true }),
    breachFlaggedAt: timestamp('breach_flagged_at', { withTimezone: true }),
  },
  (table) => [
    index('sla_clocks_ticket_idx').on(table.ticketId),
    // The reports: a kind's clocks started in a range of months (§13, §14).
    index('sla_clocks_kind_started_idx').on(table.kind, table.startedAt),
    // The sweeper's two queues: running clocks not yet flagged, by the instant they become due.
    index('sla_clocks_at_risk_queue_idx')
      .on(table.atRiskAt)
      .where(sql`${table.stoppedAt} is null and ${table.pausedAt} is null and ${table.atRiskFlaggedAt} is null`),
    // The console's queues: running clocks by deadline (flagged or not), nearest first.
    index('sla_clocks_running_due_idx')
      .on(table.dueAt, table.ticketId)
      .where(sql`${table.stoppedAt} is null and ${table.pausedAt} is null`),
    index('sla_clocks_breach_queue_idx')
      .on(table.dueAt)
      .where(sql`${table.stoppedAt} is null and ${table.pausedAt} is null and ${table.breachFlaggedAt} is null`),
    // A Demande's running clocks: the queues list a Demande at its first running clock only
    // (lib/server/tickets/list-queue.ts firstRunningClock), one probe per row listed; without it,
    // each row walked every running clock due before its own (issue 17: 332 000 buffers for a page).
    index('sla_clocks_running_ticket_idx')
      .on(table.ticketId, table.dueAt, table.id)
      .where(sql`${table.stoppedAt} is null and ${table.pausedAt} is null`),
  ],
);

export type Ticket = typeof tickets.$inferSelect;
export type TicketEvent = typeof ticketEvents.$inferSelect;
export type TicketMessage = typeof ticketMessages.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type SlaClockRow = typeof slaClocks.$inferSelect;
