import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/** §7, §11: restores and software accounts are asked for by the organization's administrator. Returns their organization. */
export function requireClientAdministrator(actor: Actor): string {
  if (actor.role !== 'client_admin' || !actor.organizationId) {
    throw new ServiceError('forbidden', 'Seul un administrateur de la collectivité peut faire cette demande.');
  }
  return actor.organizationId;
}
