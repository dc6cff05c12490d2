import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { Database } from '@/db/client';
import { findRestorePoint } from '@/lib/backups';
import { type RestoreRequestDetails, requestSubject } from '@/lib/tickets';
import type { RestoreRequestForm } from '@/lib/validation/requests';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { recordRequestAudit } from './record-request-audit';
import { requireClientAdministrator } from './require-client-administrator';

/**
 * §7: a client administrator asks for a restore from a point of the catalogue still within
 * retention. Any other point is refused with the reason, whatever the form sent; the request
 * becomes a Demande of type restauration, with its pickup clock and its own steps.
 */
export async function fileRestoreRequest(
  db: Database,
  input: { actor: Actor & { email: string }; form: RestoreRequestForm; clientAddress?: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const organizationId = requireClientAdministrator(input.actor);
  const [organization] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw new ServiceError('not_found', 'Collectivité introuvable.');
  const { dailyBackupAt } = await getSupportSettings(db);
  const lookup = findRestorePoint(now, { timeZone: organization.timeZone, dailyAt: dailyBackupAt }, new Date(input.form.pointTakenAt));
  if (!lookup.ok) throw new ServiceError('invalid', lookup.reason, { pointTakenAt: lookup.reason });

  const details: RestoreRequestDetails = {
    kind: 'restore',
    pointTakenAt: lookup.point.takenAt.toISOString(),
    pointKind: lookup.point.kind,
    pointExpiresAt: lookup.point.expiresAt.toISOString(),
    scope: input.form.scope,
    scopeDetail: input.form.scopeDetail,
    reason: input.form.reason,
    acknowledgedLoss: true,
  };
  return createTicket(db, {
    actor: input.actor,
    content: {
      subject: requestSubject(details, organization.timeZone),
      module: input.form.scope,
      context: input.form.scopeDetail ? `${input.form.reason}\n\nDonnées concernées : ${input.form.scopeDetail}` : input.form.reason,
      errorMessage: null,
      menuPath: null,
      replyPreference: 'electronic',
      callbackPhone: null,
    },
    request: { type: 'restore', details: { ...details } },
    now,
    afterwards: (tx, ticket) =>
      recordRequestAudit(tx, { actor: input.actor, action: 'request.restore-filed', ticket, clientAddress: input.clientAddress, now }),
  });
}
