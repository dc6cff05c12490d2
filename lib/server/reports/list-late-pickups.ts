import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { PickupRow } from '@/lib/reports/pickup-rows';
import type { Listing } from '@/lib/reports/sla-report';
import { listPickupRows, type PickupListingQuery } from './pickup-listing';

/**
 * §13: the Demandes taken in charge after their deadline, or still waiting past it (they can only
 * end late), with their lateness in business hours; excluded ones are listed apart.
 */
export async function listLatePickups(db: Executor, query: PickupListingQuery): Promise<Listing<PickupRow>> {
  const { total, rows } = await listPickupRows(db, query, (status) => sql`${status} = 'breached'`);
  return { total, rows: rows.map(({ excludedAt: _excludedAt, exclusionReason: _reason, ...row }) => row) };
}
