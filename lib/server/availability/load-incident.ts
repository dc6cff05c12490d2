import 'server-only';
import { eq } from 'drizzle-orm';
import { incidentOrganizations, incidents, type IncidentRow } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { isUuid } from '@/lib/search-params/well-formed';
import { ServiceError } from '@/lib/server/service-error';

/** An incident locked for a change (two staff members closing it at once tell clients once), with its scope. */
export async function loadIncidentForUpdate(tx: Transaction, incidentId: string): Promise<{ incident: IncidentRow; scope: string[] }> {
  const notFound = new ServiceError('not_found', 'Incident introuvable.');
  if (!isUuid(incidentId)) throw notFound;
  const [incident] = await tx.select().from(incidents).where(eq(incidents.id, incidentId)).for('update');
  if (!incident) throw notFound;
  const rows = await tx
    .select({ organizationId: incidentOrganizations.organizationId })
    .from(incidentOrganizations)
    .where(eq(incidentOrganizations.incidentId, incident.id));
  return { incident, scope: rows.map((row) => row.organizationId) };
}
