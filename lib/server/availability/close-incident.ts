import 'server-only';
import { eq } from 'drizzle-orm';
import { incidents, type IncidentRow } from '@/db/schema';
import type { Database } from '@/db/client';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import { incidentTimeIssues } from '@/lib/validation/availability';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { auditIncident } from './audit-incident';
import { assertIncidentStaff } from './incident-access';
import { loadIncidentForUpdate } from './load-incident';
import { notifyIncident } from './notify-incident';

export interface CloseIncidentInput {
  actor: Actor & { email: string };
  incidentId: string;
  /** When the service came back; now by default, never in the future nor before the start. */
  endedAt?: Date;
  clientAddress?: string;
  now?: Date;
}

/** Ends an incident under way, and tells the users it affected, once (§5, §6). */
export async function closeIncident(db: Database, input: CloseIncidentInput): Promise<IncidentRow> {
  const now = input.now ?? new Date();
  assertIncidentStaff(input.actor);
  const endedAt = input.endedAt ?? now;
  return db.transaction(async (tx) => {
    const { incident, scope } = await loadIncidentForUpdate(tx, input.incidentId);
    if (incident.endedAt !== null) throw new ServiceError('conflict', 'Cet incident est déjà terminé.');
    const issues = incidentTimeIssues({ startedAt: incident.startedAt, endedAt }, now);
    if (Object.keys(issues).length > 0) throw new ServiceError('invalid', FIELDS_TO_CORRECT, issues);
    const [closed] = await tx.update(incidents).set({ endedAt, updatedAt: now }).where(eq(incidents.id, incident.id)).returning();
    if (!closed) throw new ServiceError('not_found', 'Incident introuvable.');
    await auditIncident(tx, { actor: input.actor, action: 'incident.closed', incident: closed, clientAddress: input.clientAddress, at: now });
    await notifyIncident(tx, closed, scope, 'ended', now);
    return closed;
  });
}
