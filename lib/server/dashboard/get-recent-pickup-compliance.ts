import 'server-only';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { listPickupCompliance, type OrganizationPickupRate } from './list-pickup-compliance';

/** How long the dashboard shows a computed 75 % before computing it again (the reports compute it at each view). */
export const PICKUP_RATES_REFRESH_MS = 10 * 60_000;

interface Computed {
  at: Date;
  rates: OrganizationPickupRate[];
}

let latest: Computed | null = null;
let computing: Promise<Computed> | null = null;

/**
 * Every collectivité's 75 % for the manager's dashboard, as computed at most ten minutes ago,
 * with the instant it was computed (the page says it). The figure counts a year of pickup
 * clocks — seconds at a million Demandes — so it is computed once for every manager of this
 * server, and again in the background once it is older than that: no dashboard waits for it
 * but the very first. A figure over 12 months moves little in ten minutes, and the page says
 * when it was taken; the reports page computes it afresh at each view.
 */
export async function getRecentPickupCompliance(db: Executor, { actor, now }: { actor: Actor; now: Date }): Promise<Computed> {
  if (actor.role !== 'support_manager') throw new ServiceError('forbidden', 'Les taux de toutes les collectivités sont réservés aux responsables du support.');
  const compute = () => {
    computing ??= listPickupCompliance(db, { actor, now })
      .then((rates) => (latest = { at: now, rates }))
      .finally(() => (computing = null));
    return computing;
  };
  if (!latest) return compute();
  if (now.getTime() - latest.at.getTime() >= PICKUP_RATES_REFRESH_MS) {
    // Refreshed behind this answer; a failure leaves the previous figure, tried again next time.
    compute().catch(() => undefined);
  }
  return latest;
}

/** Forgets what was computed (tests). */
export function forgetPickupCompliance(): void {
  latest = null;
}
