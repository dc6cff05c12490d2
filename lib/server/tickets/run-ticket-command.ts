import 'server-only';
import { eq } from 'drizzle-orm';
import { tickets, type Ticket } from '@/db/schema';
import type { Database, Transaction } from '@/db/client';
import { applyClockEffects, SlaError } from '@/lib/sla';
import { actorContextOf, can, TicketError, transition, type TicketCommand, type TicketEventType } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { describeClock, saveClocks, type StoredClock } from '@/lib/server/sla/clock-rows';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { loadTicketForUpdate } from './load-ticket';
import { recordTicketEvent } from './record-event';
import { ticketColumnsOf, toTicketState } from './ticket-state';

export interface CommandOutcome {
  tx: Transaction;
  actor: Actor;
  now: Date;
  before: Ticket;
  ticket: Ticket;
  clocks: StoredClock[];
  /** Where the client reads deadlines. */
  organizationTimeZone: string;
}

export interface RunTicketCommandInput<R> {
  actor: Actor;
  ticketId: string;
  command: TicketCommand;
  now?: Date;
  /** Columns the command sets beyond its lifecycle state (delivery instants, …). */
  columns?: (now: Date) => Partial<typeof tickets.$inferInsert>;
  event: { type: TicketEventType; internal?: boolean; details?: Record<string, unknown> };
  /** Messages, notifications and emails that go with the change, in the same transaction. */
  afterwards?: (outcome: CommandOutcome) => Promise<R>;
}

/**
 * Every change of an existing Demande goes through here, in one transaction: load it within
 * the actor's scope and lock it, check the actor may (lib/tickets `can`), apply the lifecycle
 * transition and its clock effects (lib/sla), write the Demande, its clocks and its history
 * event, then what the operation adds (messages, notifications, outbox).
 */
export async function runTicketCommand<R = void>(db: Database, input: RunTicketCommandInput<R>): Promise<{ ticket: Ticket; clocks: StoredClock[]; result: R }> {
  const now = input.now ?? new Date();
  const { actor } = input;
  try {
    return await db.transaction(async (tx) => {
      const loaded = await loadTicketForUpdate(tx, actor, input.ticketId);
      const { ticket: before, clocks } = loaded;
      const state = toTicketState(before, clocks);
      const decision = can(input.command.action, {
        actor: actorContextOf(actor, before),
        ticket: state,
        now,
        timeZone: loaded.organizationTimeZone,
      });
      if (!decision.ok) throw new ServiceError('forbidden', decision.reason);

      const next = transition(state, input.command, now);
      const settings = await getSupportSettings(tx);
      const nextClocks = applyClockEffects(clocks, next.clockEffects, {
        supportCalendar: settings.calendar,
        now,
        atRiskRatio: settings.atRiskRatio,
        suspended: loaded.supportSuspended,
      });
      const savedClocks = await saveClocks(tx, before.id, clocks, nextClocks);

      const [ticket] = await tx
        .update(tickets)
        .set({ ...ticketColumnsOf(next.ticket), ...waitingColumns(before, next.ticket.status, now), ...input.columns?.(now), updatedAt: now })
        .where(eq(tickets.id, before.id))
        .returning();
      if (!ticket) throw new Error('Demande non mise à jour.');

      await recordTicketEvent(tx, {
        ticketId: ticket.id,
        actorId: actor.id,
        type: input.event.type,
        internal: input.event.internal,
        at: now,
        before: changedFields(before, ticket, 'before'),
        after: {
          ...changedFields(before, ticket, 'after'),
          ...input.event.details,
          ...clockChanges(clocks, savedClocks),
        },
      });

      const outcome = { tx, actor, now, before, ticket, clocks: savedClocks, organizationTimeZone: loaded.organizationTimeZone };
      const result = (await input.afterwards?.(outcome)) as R;
      return { ticket, clocks: savedClocks, result };
    });
  } catch (error) {
    if (error instanceof TicketError || error instanceof SlaError) throw new ServiceError('conflict', error.message);
    throw error;
  }
}

/** Waiting for the client since when (the reminder counts from there); cleared when the wait ends. */
function waitingColumns(before: Ticket, status: Ticket['status'], now: Date): Partial<Ticket> {
  if (status === 'waiting_client' && before.status !== 'waiting_client') return { waitingSince: now, waitingReminderSentAt: null };
  if (status !== 'waiting_client' && before.status === 'waiting_client') return { waitingSince: null, waitingReminderSentAt: null };
  return {};
}

const TRACKED = ['status', 'qualification', 'severity', 'assigneeId'] as const;

function changedFields(before: Ticket, after: Ticket, side: 'before' | 'after'): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of TRACKED) {
    if (before[field] !== after[field]) changed[field] = (side === 'before' ? before : after)[field];
  }
  return changed;
}

function clockChanges(before: readonly StoredClock[], after: readonly StoredClock[]): Record<string, unknown> {
  const changed = after.filter((clock, index) => clock !== before[index]).map(describeClock);
  return changed.length > 0 ? { clocks: changed } : {};
}
