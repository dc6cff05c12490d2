import 'server-only';
import { and, asc, eq, isNull, lt, lte } from 'drizzle-orm';
import { slaClocks, tickets, type SlaClockRow, type Ticket } from '@/db/schema';
import type { Database, Transaction } from '@/db/client';
import { presentClock } from '@/lib/sla';
import { activeManagerIds } from '@/lib/server/notifications/notify';
import { toClock } from '@/lib/server/sla/clock-rows';
import { recordTicketEvent } from '@/lib/server/tickets/record-event';
import { tellStaff } from '@/lib/server/tickets/tell';

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
 * next one picks the same clocks up. Returns how many clocks it flagged.
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
    for (const { clock, ticket } of due) {
      await tx
        .update(slaClocks)
        .set({ [queue.flagColumn]: now })
        .where(eq(slaClocks.id, clock.id));
      await announce(tx, transition, clock, ticket, managers, now);
      await options.afterEach?.(clock.id);
    }
    return due.length;
  });
}

async function announce(tx: Transaction, transition: SweepTransition, clock: SlaClockRow, ticket: Ticket, managers: string[], now: Date) {
  // In the presenter's words, in the support's zone (staff read instants in it).
  const shown = presentClock(toClock(clock), now, clock.calendar.timeZone, 'staff');
  await recordTicketEvent(tx, {
    ticketId: ticket.id,
    actorId: null,
    type: transition === 'at_risk' ? 'clock_at_risk' : 'clock_breached',
    internal: true,
    at: now,
    after: { clock: clock.kind, dueAt: clock.dueAt.toISOString() },
  });
  await tellStaff(tx, ticket, [ticket.assigneeId, ...managers], {
    type: transition === 'at_risk' ? 'clock_at_risk' : 'clock_breached',
    title: transition === 'at_risk' ? `À risque : ${ticket.reference}` : `Hors délai : ${ticket.reference}`,
    body: `« ${ticket.subject} » : ${[shown.sentence, shown.remaining].filter(Boolean).join(', ')}.`,
    at: now,
    email: transition === 'breached',
  });
}

/** Sweeps both queues until they are empty; the catch-up after a restart is just this. */
export async function sweepAllClocks(db: Database, options: SweepOptions = {}): Promise<{ atRisk: number; breached: number }> {
  const batchSize = options.batchSize ?? 200;
  const totals = { atRisk: 0, breached: 0 };
  for (const [transition, key] of [
    ['at_risk', 'atRisk'],
    ['breached', 'breached'],
  ] as const) {
    for (;;) {
      const flagged = await sweepClocks(db, transition, { ...options, batchSize });
      totals[key] += flagged;
      if (flagged < batchSize) break;
    }
  }
  return totals;
}
