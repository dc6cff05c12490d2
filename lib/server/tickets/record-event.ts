import 'server-only';
import { ticketEvents } from '@/db/schema';
import type { Executor } from '@/db/client';
import { insertMany } from '@/lib/server/db-rows/insert-many';
import type { TicketEventType } from '@/lib/tickets';

export interface TicketEventInput {
  ticketId: string;
  /** Null for the system (the deadline sweeper). */
  actorId: string | null;
  type: TicketEventType;
  at: Date;
  internal?: boolean;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Appends to a Demande's history (§13 traceability); the table refuses updates and deletes. */
export function recordTicketEvent(db: Executor, event: TicketEventInput): Promise<void> {
  return recordTicketEvents(db, [event]);
}

/** Several events in one INSERT, in their order (the deadline sweeper's batch). */
export async function recordTicketEvents(db: Executor, events: readonly TicketEventInput[]): Promise<void> {
  const json = (value: Record<string, unknown> | null | undefined) => (value ? JSON.stringify(value) : null);
  await insertMany(db, ticketEvents, [
    [ticketEvents.ticketId, 'uuid', events.map((event) => event.ticketId)],
    [ticketEvents.actorId, 'uuid', events.map((event) => event.actorId)],
    [ticketEvents.type, 'text', events.map((event) => event.type)],
    [ticketEvents.at, 'timestamptz', events.map((event) => event.at.toISOString())],
    [ticketEvents.internal, 'boolean', events.map((event) => String(event.internal ?? false))],
    [ticketEvents.before, 'jsonb', events.map((event) => json(event.before))],
    [ticketEvents.after, 'jsonb', events.map((event) => json(event.after))],
  ]);
}
