import 'server-only';
import { eq } from 'drizzle-orm';
import { contracts, organizations } from '@/db/schema';
import type { Database } from '@/db/client';
import { requestSubject, SOFTWARE_ACCOUNT_ACTION_LABELS, type SoftwareAccountDetails } from '@/lib/tickets';
import type { SoftwareAccountRequestForm } from '@/lib/validation/requests';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { recordRequestAudit } from './record-request-audit';
import { requireClientAdministrator } from './require-client-administrator';

/**
 * §11: accounts of the vendor's software (not of this portal) are created and deleted by the
 * vendor on the client's instructions. A client administrator files them as a typed request,
 * for the contract's modules only.
 */
export async function fileSoftwareAccountRequest(
  db: Database,
  input: { actor: Actor & { email: string }; form: SoftwareAccountRequestForm; clientAddress?: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const organizationId = requireClientAdministrator(input.actor);
  const [organization] = await db
    .select({ timeZone: organizations.timeZone, modules: contracts.modules })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(eq(organizations.id, organizationId));
  if (!organization) throw new ServiceError('not_found', 'Collectivité introuvable.');
  const outside = input.form.modules.filter((module) => !organization.modules.includes(module));
  if (outside.length > 0) {
    throw new ServiceError('invalid', `Hors du contrat : ${outside.join(', ')}.`, { modules: 'Choisissez des modules de votre contrat.' });
  }
  const details: SoftwareAccountDetails = { kind: 'software_account', ...input.form };
  const [firstModule] = input.form.modules as [string, ...string[]];
  return createTicket(db, {
    actor: input.actor,
    content: {
      subject: requestSubject(details, organization.timeZone),
      module: firstModule,
      context: `${SOFTWARE_ACCOUNT_ACTION_LABELS[details.action]} d’un compte du logiciel pour ${details.personName} (${details.personEmail}), rôle « ${details.personRole} », modules : ${details.modules.join(', ')}.`,
      errorMessage: null,
      menuPath: null,
      replyPreference: 'electronic',
      callbackPhone: null,
    },
    request: { type: 'software_account', details: { ...details } },
    now,
    afterwards: (tx, ticket) =>
      recordRequestAudit(tx, { actor: input.actor, action: 'request.software-account-filed', ticket, clientAddress: input.clientAddress, now }),
  });
}
