import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { organizations, slaClocks, tickets } from '@/db/schema';
import type { Database, Transaction } from '@/db/client';
import { liftSuspension, suspendClocks } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { describeClock, saveClocks, toClock } from '@/lib/server/sla/clock-rows';
import { requireManager } from '@/lib/server/support/require-manager';
import { recordTicketEvent } from '@/lib/server/tickets/record-event';

/**
 * §13: the support may be suspended (users not trained, no remote assistance); new Demandes are
 * then refused with the reason, existing ones stay readable, and every running clock of the
 * organization pauses (DOMAIN "Support clocks": the pickup's only pause) so nothing breaches
 * while the support owes nothing. `reason: null` lifts the suspension and resumes them.
 */
export async function setSupportSuspension(
  db: Database,
  input: { actor: Actor & { email: string }; organizationId: string; reason: string | null; clientAddress?: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    if (!before) throw new ServiceError('not_found', 'Collectivité introuvable.');
    const suspend = input.reason !== null;
    if (!suspend && !before.supportSuspendedAt) return;
    await tx
      .update(organizations)
      .set({ supportSuspendedAt: suspend ? now : null, supportSuspensionReason: input.reason })
      .where(eq(organizations.id, before.id));
    await moveClocks(tx, { organizationId: before.id, suspend, actorId: input.actor.id, reason: input.reason, now });
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: suspend ? 'support.suspended' : 'support.resumed',
      target: { type: 'organization', id: before.id },
      organizationId: before.id,
      clientAddress: input.clientAddress,
      details: suspend ? { reason: input.reason } : { previousReason: before.supportSuspensionReason },
    });
  });
}

/** Pauses (or resumes) the running clocks of each open Demande of the organization, each change in its history. */
async function moveClocks(tx: Transaction, input: { organizationId: string; suspend: boolean; actorId: string; reason: string | null; now: Date }) {
  // Tickets in id order, the order every other writer of several Demandes locks them in.
  const running = await tx
    .selectDistinct({ id: tickets.id })
    .from(tickets)
    .innerJoin(slaClocks, and(eq(slaClocks.ticketId, tickets.id), isNull(slaClocks.stoppedAt)))
    .where(eq(tickets.organizationId, input.organizationId))
    .orderBy(asc(tickets.id));
  if (running.length === 0) return;
  const ids = running.map((row) => row.id);
  await tx.select({ id: tickets.id }).from(tickets).where(inArray(tickets.id, ids)).orderBy(asc(tickets.id)).for('update');
  const rows = await tx.select().from(slaClocks).where(inArray(slaClocks.ticketId, ids)).orderBy(asc(slaClocks.startedAt), asc(slaClocks.id));
  for (const ticketId of ids) {
    const clocks = rows.filter((row) => row.ticketId === ticketId).map(toClock);
    const next = input.suspend ? suspendClocks(clocks, input.now) : liftSuspension(clocks, input.now);
    const saved = await saveClocks(tx, ticketId, clocks, next);
    const changed = saved.filter((clock, index) => clock !== clocks[index]);
    if (changed.length === 0) continue;
    await recordTicketEvent(tx, {
      ticketId,
      actorId: input.actorId,
      type: input.suspend ? 'clocks_suspended' : 'clocks_resumed',
      at: input.now,
      after: { ...(input.reason ? { reason: input.reason } : {}), clocks: changed.map(describeClock) },
    });
  }
}
