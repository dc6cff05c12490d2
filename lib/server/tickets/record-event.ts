import 'server-only';
import { ticketEvents } from '@/db/schema';
import type { Executor } from '@/db/client';
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
export async function recordTicketEvent(db: Executor, event: TicketEventInput): Promise<void> {
  await db.insert(ticketEvents).values({
    ticketId: event.ticketId,
    actorId: event.actorId,
    type: event.type,
    at: event.at,
    internal: event.internal ?? false,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
