import 'server-only';
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { slaClocks, tickets, type SlaClockRow, type Ticket } from '@/db/schema';
import type { Database } from '@/db/client';
import { presentClock } from '@/lib/sla';
import { activeManagerIds, notifyMany, type NotificationInput } from '@/lib/server/notifications/notify';
import { toClock } from '@/lib/server/sla/clock-rows';
import { recordTicketEvents, type TicketEventInput } from '@/lib/server/tickets/record-event';
import { staffNotification } from '@/lib/server/tickets/tell';

export type SweepTransition = 'at_risk' | 'breached';

export interface SweepOptions {
  now?: Date;
  batchSize?: number;
  /** Called inside the transaction after each clock is flagged; a throw rolls the whole batch back (tests). */
  afterEach?: (clockId: string) => void | Promise<void>;
}

// DOMAIN "Support clocks", the exact instant: à risque from atRiskAt itself; hors délai strictly
// after dueAt (a clock stopped exactly at dueAt is met), the rule of lib/sla `isLate`.
const QUEUES = {
  at_risk: { instant: slaClocks.atRiskAt, flag: slaClocks.atRiskFlaggedAt, flagColumn: 'atRiskFlaggedAt', reached: lte },
  breached: { instant: slaClocks.dueAt, flag: slaClocks.breachFlaggedAt, flagColumn: 'breachFlaggedAt', reached: lt },
} as const;

/**
 * Flags running clocks whose at-risk or due instant has passed and tells the assignee and the
 * managers, once per transition: rows are claimed with FOR UPDATE SKIP LOCKED over the partial
 * index of unflagged running clocks, and the flag, the history event and the notifications
 * commit together. Any number of sweepers may run; one that dies mid-batch rolls back and the
 * next one picks the same clocks up. A batch is written set-wise — one UPDATE, one INSERT of
 * events, a few of notifications and emails — not statement by statement per clock (issue 17:
 * 10,000 transitions in seconds, not a minute). Returns how many clocks it flagged.
 */
export async function sweepClocks(db: Database, transition: SweepTransition, options: SweepOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const queue = QUEUES[transition];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ clock: slaClocks, ticket: tickets })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .where(and(isNull(slaClocks.stoppedAt), isNull(slaClocks.pausedAt), isNull(queue.flag), queue.reached(queue.instant, now)))
      .orderBy(asc(queue.instant))
      .limit(options.batchSize ?? 200)
      .for('update', { of: slaClocks, skipLocked: true });
    if (due.length === 0) return 0;
    const managers = await activeManagerIds(tx);
    await tx
      .update(slaClocks)
      .set({ [queue.flagColumn]: now })
      .where(
        inArray(
          slaClocks.id,
          due.map(({ clock }) => clock.id),
        ),
      );
    await recordTicketEvents(
      tx,
      due.map(({ clock, ticket }) => transitionEvent(transition, clock, ticket, now)),
    );
    await notifyMany(
      tx,
      due.map(({ clock, ticket }) => transitionNotification(transition, clock, ticket, managers, now)),
    );
    for (const { clock } of due) await options.afterEach?.(clock.id);
    return due.length;
  });
}

function transitionEvent(transition: SweepTransition, clock: SlaClockRow, ticket: Ticket, now: Date): TicketEventInput {
  return {
    ticketId: ticket.id,
    actorId: null,
    type: transition === 'at_risk' ? 'clock_at_risk' : 'clock_breached',
    internal: true,
    at: now,
    after: { clock: clock.kind, dueAt: clock.dueAt.toISOString() },
  };
}

function transitionNotification(transition: SweepTransition, clock: SlaClockRow, ticket: Ticket, managers: string[], now: Date): NotificationInput {
  // In the presenter's words, in the support's zone (staff read instants in it).
  const shown = presentClock(toClock(clock), now, clock.calendar.timeZone, 'staff');
  return staffNotification(ticket, [ticket.assigneeId, ...managers], {
    type: transition === 'at_risk' ? 'clock_at_risk' : 'clock_breached',
    title: transition === 'at_risk' ? `À risque : ${ticket.reference}` : `Hors délai : ${ticket.reference}`,
    body: `« ${ticket.subject} » : ${[shown.sentence, shown.remaining].filter(Boolean).join(', ')}.`,
    at: now,
    email: transition === 'breached',
  });
}

/** Whether each queue has a clock to flag: one statement, two index probes, no transaction. */
async function dueQueues(db: Database, now: Date): Promise<Record<SweepTransition, boolean>> {
  const due = (transition: SweepTransition) => {
    const queue = QUEUES[transition];
    return sql<boolean>`exists (select 1 from ${slaClocks} where ${and(isNull(slaClocks.stoppedAt), isNull(slaClocks.pausedAt), isNull(queue.flag), queue.reached(queue.instant, now))})`;
  };
  const [row] = await db.select({ at_risk: due('at_risk'), breached: due('breached') }).from(sql`(values (1)) as one (x)`);
  return { at_risk: row?.at_risk ?? true, breached: row?.breached ?? true };
}

/**
 * Sweeps both queues until they are empty; the catch-up after a restart is just this. Idle — the
 * common case, every 30 s — it is one statement (issue 17: under 5 ms with a million clocks).
 */
export async function sweepAllClocks(db: Database, options: SweepOptions = {}): Promise<{ atRisk: number; breached: number }> {
  const batchSize = options.batchSize ?? 200;
  const totals = { atRisk: 0, breached: 0 };
  const due = await dueQueues(db, options.now ?? new Date());
  for (const [transition, key] of [
    ['at_risk', 'atRisk'],
    ['breached', 'breached'],
  ] as const) {
    if (!due[transition]) continue;
    for (;;) {
      const flagged = await sweepClocks(db, transition, { ...options, batchSize });
      totals[key] += flagged;
      if (flagged < batchSize) break;
    }
  }
  return totals;
}
