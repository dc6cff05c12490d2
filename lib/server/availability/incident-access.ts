import 'server-only';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/** §5, §6: incidents are recorded by the support, technicians and managers alike. */
export function assertIncidentStaff(actor: Actor): void {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Seul le support enregistre les incidents.');
}
