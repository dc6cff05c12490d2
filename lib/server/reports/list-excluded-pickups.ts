import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { ExcludedPickupRow } from '@/lib/reports/pickup-rows';
import type { Listing } from '@/lib/reports/sla-report';
import { listPickupRows, type PickupListingQuery } from './pickup-listing';

/**
 * §13: the Demandes a manager took out of the pickup ratio, with the reason (shown to the client
 * too), how their pickup went and when they were taken out.
 */
export async function listExcludedPickups(db: Executor, query: PickupListingQuery): Promise<Listing<ExcludedPickupRow>> {
  const { total, rows } = await listPickupRows(db, query, (status) => sql`${status} = 'excluded'`);
  return {
    total,
    rows: rows.flatMap(({ excludedAt, exclusionReason, ...row }) => (excludedAt ? [{ ...row, excludedAt, reason: exclusionReason ?? '' }] : [])),
  };
}
