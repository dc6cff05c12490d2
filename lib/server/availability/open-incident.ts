import 'server-only';
import { incidents, type IncidentRow } from '@/db/schema';
import type { Database } from '@/db/client';
import type { IncidentContent } from '@/lib/validation/availability';
import type { Actor } from '@/lib/server/actor';
import { auditIncident } from './audit-incident';
import { assertIncidentStaff } from './incident-access';
import { checkIncident } from './check-incident';
import { notifyIncident } from './notify-incident';
import { saveIncidentScope } from './save-incident-scope';

export interface OpenIncidentInput {
  actor: Actor & { email: string };
  content: IncidentContent;
  /** When it started; now by default, never in the future. */
  startedAt?: Date;
  /** When the service came back, for an incident recorded after its end. */
  endedAt?: Date;
  clientAddress?: string;
  now?: Date;
}

/**
 * Records an incident (§5, §6) with its scope and its audit entry, and tells the users of the
 * organizations it affects, in one transaction: that it started, or, recorded after its end,
 * that it happened and ended (once either way).
 */
export async function openIncident(db: Database, input: OpenIncidentInput): Promise<IncidentRow> {
  const now = input.now ?? new Date();
  assertIncidentStaff(input.actor);
  const { content } = input;
  const startedAt = input.startedAt ?? now;
  const endedAt = input.endedAt ?? null;
  return db.transaction(async (tx) => {
    await checkIncident(tx, { content, startedAt, endedAt, now });
    const { organizationIds, ...fields } = content;
    const [incident] = await tx
      .insert(incidents)
      .values({ ...fields, startedAt, endedAt, createdById: input.actor.id, createdAt: now, updatedAt: now })
      .returning();
    if (!incident) throw new Error('Incident non enregistré.');
    await saveIncidentScope(tx, incident.id, organizationIds);
    await auditIncident(tx, { actor: input.actor, action: 'incident.opened', incident, scope: organizationIds, clientAddress: input.clientAddress, at: now });
    await notifyIncident(tx, incident, organizationIds, endedAt === null ? 'started' : 'ended', now);
    return incident;
  });
}
