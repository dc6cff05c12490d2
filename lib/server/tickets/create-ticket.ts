import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { contracts, organizations, tickets, ticketNumberSequence, users, type Ticket } from '@/db/schema';
import type { Database, Executor, Transaction } from '@/db/client';
import { CLIENT_ROLES, isStaff } from '@/lib/accounts/roles';
import { applyClockEffects, presentClock } from '@/lib/sla';
import { describeSupportHours } from '@/lib/support/support-hours';
import { formatTicketReference, registerTicket, type TicketType } from '@/lib/tickets';
import type { CheckedFile } from '@/lib/validation/attachments';
import type { TicketContent } from '@/lib/validation/tickets';
import type { Actor } from '@/lib/server/actor';
import { saveAttachments } from '@/lib/server/attachments/save-attachments';
import { ServiceError } from '@/lib/server/service-error';
import { saveClocks, type StoredClock } from '@/lib/server/sla/clock-rows';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { recordTicketEvent } from './record-event';
import { tellRequester } from './tell';

export interface CreateTicketInput {
  actor: Actor;
  /** Parsed by the action with the shared ticket schema. */
  content: TicketContent;
  files?: readonly CheckedFile[];
  /** A typed request (restore §7, software account §11): its type and what its own form asked. */
  request?: { type: Exclude<TicketType, 'standard'>; details: Record<string, unknown> };
  /** What the caller adds in the same transaction (an audit entry…). */
  afterwards?: (tx: Transaction, ticket: Ticket) => Promise<void>;
  /** Staff recording a phone call (§16): for whom, and when the call came in (its clocks start there). */
  phone?: { organizationId: string; requesterId: string; receivedAt?: Date };
  now?: Date;
}

/**
 * Registers a Demande (§12, §13): from the portal by a client for themselves, or by phone by
 * a technician for a client. Starts the pickup clock and acknowledges receipt at once, in the
 * portal and by email, with the pickup deadline in words.
 */
export async function createTicket(db: Database, input: CreateTicketInput): Promise<{ ticket: Ticket; pickup: StoredClock }> {
  const now = input.now ?? new Date();
  const { actor } = input;
  const { content } = input;
  const files = input.files ?? [];
  const byPhone = isStaff(actor.role);
  const target = byPhone ? (input.phone ?? null) : null;
  if (byPhone && !target) throw new ServiceError('invalid', 'Choisissez la collectivité et le demandeur.', { organizationId: 'Choisissez la collectivité.' });
  const receivedAt = receivedAtOf(target?.receivedAt, now);
  if (!byPhone && input.phone) throw new ServiceError('forbidden', 'Seul le support enregistre un appel téléphonique.');

  return db.transaction(async (tx) => {
    const organizationId = target?.organizationId ?? actor.organizationId;
    const requesterId = target?.requesterId ?? actor.id;
    if (!organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');

    const [organization] = await tx
      .select({
        timeZone: organizations.timeZone,
        modules: contracts.modules,
        suspendedAt: organizations.supportSuspendedAt,
        suspensionReason: organizations.supportSuspensionReason,
      })
      .from(organizations)
      .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
      .where(eq(organizations.id, organizationId))
      // A suspension committing meanwhile waits for this Demande, or this Demande sees it.
      .for('share', { of: organizations });
    if (!organization) throw new ServiceError('invalid', 'Collectivité inconnue.', { organizationId: 'Collectivité inconnue.' });
    // §13: a suspended support takes no new Demande (existing ones stay readable).
    if (organization.suspendedAt) {
      throw new ServiceError(
        'forbidden',
        `Le support de la collectivité est suspendu : ${organization.suspensionReason ?? 'motif non précisé'}. Aucune nouvelle demande ne peut être enregistrée.`,
      );
    }
    if (!organization.modules.includes(content.module)) {
      throw new ServiceError('invalid', 'Ce module ne fait pas partie du contrat.', { module: 'Choisissez un module de votre contrat.' });
    }
    const [requester] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, requesterId), eq(users.organizationId, organizationId), eq(users.active, true), inArray(users.role, CLIENT_ROLES)));
    if (!requester) throw new ServiceError('invalid', 'Ce demandeur n’est pas un utilisateur actif de la collectivité.', { requesterId: 'Demandeur inconnu.' });

    const settings = await getSupportSettings(tx);
    const number = await nextTicketNumber(tx);
    // The year of registration, as the support centre counts it.
    const year = DateTime.fromJSDate(now, { zone: settings.calendar.timeZone }).year;
    const registered = registerTicket(input.request?.type);

    const [ticket] = await tx
      .insert(tickets)
      .values({
        reference: formatTicketReference(year, number),
        organizationId,
        requesterId,
        recordedById: actor.id,
        channel: byPhone ? 'phone' : 'portal',
        ...content,
        status: registered.ticket.status,
        type: registered.ticket.type,
        requestStep: registered.ticket.requestStep,
        requestDetails: input.request?.details ?? null,
        createdAt: now,
        receivedAt,
        updatedAt: now,
      })
      .returning();
    if (!ticket) throw new Error('Demande non enregistrée.');

    // DOMAIN "Support clocks": a phone Demande's clocks start when the call came in, not when it was typed.
    const clocks = applyClockEffects([], registered.clockEffects, { supportCalendar: settings.calendar, now: receivedAt, atRiskRatio: settings.atRiskRatio });
    const [pickup] = await saveClocks(tx, ticket.id, [], clocks);
    if (!pickup) throw new Error('Délai de prise en charge non démarré.');

    await saveAttachments(tx, files, { ticketId: ticket.id, messageId: null, uploaderId: actor.id, at: now });
    await recordTicketEvent(tx, {
      ticketId: ticket.id,
      actorId: actor.id,
      type: 'created',
      at: now,
      after: { status: ticket.status, channel: ticket.channel, module: ticket.module, pickupDueAt: pickup.dueAt.toISOString(), attachments: files.length },
    });

    // §13: an electronic acknowledgment, at once, with the commitment in the presenter's words and
    // the support's hours and number (§16) in case the client would rather call.
    const { commitment } = presentClock(pickup, now, organization.timeZone, 'client');
    const hours = describeSupportHours(settings.calendar, organization.timeZone, now).sentence;
    await tellRequester(tx, ticket, {
      type: 'acknowledgment',
      title: `Demande ${ticket.reference} enregistrée`,
      body: `Votre demande « ${ticket.subject} » est enregistrée sous la référence ${ticket.reference} : ${commitment}.`,
      at: now,
      paragraphs: [
        'Vous serez informé de chaque étape de son traitement.',
        `Horaires du support : ${hours.charAt(0).toLowerCase()}${hours.slice(1)}`,
        ...(settings.phone ? [`Téléphone du support : ${settings.phone}.`] : []),
      ],
    });
    await input.afterwards?.(tx, ticket);
    return { ticket, pickup };
  });
}

/** How far back a call may be recorded: a call typed days later is a new call, not this one. */
const OLDEST_CALL_MS = 7 * 24 * 3_600_000;

/** When the support received the Demande: now, or the call's start — never in the future, nor long ago. */
function receivedAtOf(callReceivedAt: Date | undefined, now: Date): Date {
  if (!callReceivedAt) return now;
  if (callReceivedAt.getTime() > now.getTime()) {
    throw new ServiceError('invalid', 'L’appel ne peut pas avoir été reçu dans le futur.', {
      receivedAt: 'Indiquez l’heure à laquelle l’appel a été reçu, au plus tard maintenant.',
    });
  }
  if (now.getTime() - callReceivedAt.getTime() > OLDEST_CALL_MS) {
    throw new ServiceError('invalid', 'Un appel se saisit dans les 7 jours qui le suivent.', { receivedAt: 'L’appel doit dater de moins de 7 jours.' });
  }
  return callReceivedAt;
}

/** The next number of the reference sequence: never handed out twice, never waited for. */
async function nextTicketNumber(tx: Executor): Promise<number> {
  const [row] = await tx.select({ number: sql<string>`nextval(${ticketNumberSequence.seqName})` }).from(sql`(values (1)) as one (x)`);
  if (!row) throw new Error('Numéro de demande non attribué.');
  return Number(row.number);
}
