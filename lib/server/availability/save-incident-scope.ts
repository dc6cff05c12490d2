import 'server-only';
import { eq } from 'drizzle-orm';
import { incidentOrganizations } from '@/db/schema';
import type { Executor } from '@/db/client';

// Two parameters per row: well under PostgreSQL's 65,535 per statement.
const CHUNK = 5_000;

/** Writes which organizations an incident affects (none when it affects all), replacing what was there. */
export async function saveIncidentScope(tx: Executor, incidentId: string, organizationIds: readonly string[]): Promise<void> {
  await tx.delete(incidentOrganizations).where(eq(incidentOrganizations.incidentId, incidentId));
  for (let index = 0; index < organizationIds.length; index += CHUNK) {
    await tx.insert(incidentOrganizations).values(organizationIds.slice(index, index + CHUNK).map((organizationId) => ({ incidentId, organizationId })));
  }
}
