import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/** The support settings and the outbox are a support manager's (§13: the manager configures the support). */
export function requireManager(actor: Actor): void {
  if (actor.role !== 'support_manager') throw new ServiceError('forbidden', 'Seul un responsable du support peut le faire.');
}
