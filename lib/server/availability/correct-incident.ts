import 'server-only';
import { eq } from 'drizzle-orm';
import { incidents, type IncidentRow } from '@/db/schema';
import type { Database } from '@/db/client';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import type { IncidentContent } from '@/lib/validation/availability';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { auditIncident } from './audit-incident';
import { assertIncidentStaff } from './incident-access';
import { checkIncident } from './check-incident';
import { loadIncidentForUpdate } from './load-incident';
import { saveIncidentScope } from './save-incident-scope';

export interface CorrectIncidentInput {
  actor: Actor & { email: string };
  incidentId: string;
  content: IncidentContent;
  startedAt: Date;
  /** The corrected end of an incident that has ended; none for one under way (it ends by closeIncident). */
  endedAt?: Date;
  clientAddress?: string;
  now?: Date;
}

/**
 * Corrects what was recorded of an incident: its words, cause, environment, scope and times, each
 * month's rate following (§6). It neither ends nor reopens one, and tells no one: closing does.
 */
export async function correctIncident(db: Database, input: CorrectIncidentInput): Promise<IncidentRow> {
  const now = input.now ?? new Date();
  assertIncidentStaff(input.actor);
  const { content } = input;
  return db.transaction(async (tx) => {
    const { incident: before } = await loadIncidentForUpdate(tx, input.incidentId);
    const ended = before.endedAt !== null;
    if (!ended && input.endedAt) {
      throw new ServiceError('invalid', FIELDS_TO_CORRECT, { endedAt: 'Cet incident est en cours : terminez-le avec « Terminer l’incident ».' });
    }
    if (ended && !input.endedAt) throw new ServiceError('invalid', FIELDS_TO_CORRECT, { endedAt: 'Indiquez la fin de l’incident.' });
    // The form is to the minute: a time naming the stored one's minute keeps it to the second.
    const startedAt = keepStored(input.startedAt, before.startedAt);
    const endedAt = input.endedAt ? keepStored(input.endedAt, before.endedAt) : null;
    await checkIncident(tx, { content, startedAt, endedAt, now });
    const { organizationIds, ...fields } = content;
    const [incident] = await tx
      .update(incidents)
      .set({ ...fields, startedAt, endedAt, updatedAt: now })
      .where(eq(incidents.id, before.id))
      .returning();
    if (!incident) throw new ServiceError('not_found', 'Incident introuvable.');
    await saveIncidentScope(tx, incident.id, organizationIds);
    await auditIncident(tx, {
      actor: input.actor,
      action: 'incident.corrected',
      incident,
      scope: organizationIds,
      clientAddress: input.clientAddress,
      at: now,
    });
    return incident;
  });
}

const MINUTE = 60_000;

function keepStored(typed: Date, stored: Date | null): Date {
  return stored !== null && Math.floor(typed.getTime() / MINUTE) === Math.floor(stored.getTime() / MINUTE) ? stored : typed;
}
