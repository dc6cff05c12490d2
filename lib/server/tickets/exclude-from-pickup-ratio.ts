import 'server-only';
import { eq } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from '@/lib/server/support/require-manager';
import { loadTicketForUpdate } from './load-ticket';
import { recordTicketEvent } from './record-event';
import { tellRequester } from './tell';

/**
 * §13: the 75 % pickup commitment assumes the client met its obligations (trained users, remote
 * assistance). A manager may take a Demande out of the ratio, with a reason that is recorded in
 * the audit log, written in the Demande's history and shown to the client. It stays out for good.
 */
export async function excludeFromPickupRatio(
  db: Database,
  input: { actor: Actor & { email: string }; ticketId: string; reason: string; clientAddress?: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  await db.transaction(async (tx) => {
    const { ticket } = await loadTicketForUpdate(tx, input.actor, input.ticketId);
    if (ticket.pickupExcludedAt) throw new ServiceError('conflict', 'Cette demande est déjà retirée du calcul de l’engagement de prise en charge.');
    await tx
      .update(tickets)
      .set({ pickupExcludedAt: now, pickupExclusionReason: input.reason, pickupExcludedById: input.actor.id, updatedAt: now })
      .where(eq(tickets.id, ticket.id));
    await recordTicketEvent(tx, { ticketId: ticket.id, actorId: input.actor.id, type: 'pickup_excluded', at: now, after: { reason: input.reason } });
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'ticket.pickup-excluded',
      target: { type: 'ticket', id: ticket.id },
      organizationId: ticket.organizationId,
      clientAddress: input.clientAddress,
      details: { reference: ticket.reference, reason: input.reason },
    });
    await tellRequester(tx, ticket, {
      type: 'pickup_excluded',
      title: `Demande ${ticket.reference} retirée du calcul de l’engagement de prise en charge`,
      body: `Le support a retiré votre demande « ${ticket.subject} » du calcul des 75 % de prises en charge dans les 8 heures ouvrées (§13 du livret de service). Motif : ${input.reason}`,
      at: now,
    });
  });
}
