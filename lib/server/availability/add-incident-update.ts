import 'server-only';
import { incidentUpdates, type IncidentUpdate } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { auditIncident } from './audit-incident';
import { assertIncidentStaff } from './incident-access';
import { loadIncidentForUpdate } from './load-incident';

export interface AddIncidentUpdateInput {
  actor: Actor & { email: string };
  incidentId: string;
  /** Public: the clients it affects read it on their availability page, and everyone on /statut when it affects all. */
  body: string;
  clientAddress?: string;
  now?: Date;
}

/** Adds a public message to an incident's timeline: what is known, what is being done. */
export async function addIncidentUpdate(db: Database, input: AddIncidentUpdateInput): Promise<IncidentUpdate> {
  const now = input.now ?? new Date();
  assertIncidentStaff(input.actor);
  return db.transaction(async (tx) => {
    const { incident } = await loadIncidentForUpdate(tx, input.incidentId);
    const [update] = await tx.insert(incidentUpdates).values({ incidentId: incident.id, body: input.body, at: now, authorId: input.actor.id }).returning();
    if (!update) throw new Error('Point d’étape non enregistré.');
    await auditIncident(tx, { actor: input.actor, action: 'incident.update-published', incident, clientAddress: input.clientAddress, at: now });
    return update;
  });
}
