import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { incidentUpdates, incidents } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Incident } from '@/lib/availability';

/** What clients may read of an incident: its public words and times, never its scope nor its author. */
export const publicIncidentColumns = {
  id: incidents.id,
  title: incidents.title,
  description: incidents.description,
  cause: incidents.cause,
  causeDetail: incidents.causeDetail,
  environment: incidents.environment,
  start: incidents.startedAt,
  end: incidents.endedAt,
};

export type PublicIncident = Incident & { id: string; title: string; description: string; causeDetail: string | null };

export interface PublicIncidentUpdate {
  id: string;
  body: string;
  at: Date;
}

/** The public timeline of each incident, oldest message first. */
export async function publicUpdatesOf(db: Executor, incidentIds: readonly string[]): Promise<Map<string, PublicIncidentUpdate[]>> {
  const byIncident = new Map<string, PublicIncidentUpdate[]>();
  if (incidentIds.length === 0) return byIncident;
  const rows = await db
    .select({ incidentId: incidentUpdates.incidentId, id: incidentUpdates.id, body: incidentUpdates.body, at: incidentUpdates.at })
    .from(incidentUpdates)
    .where(inArray(incidentUpdates.incidentId, [...incidentIds]))
    .orderBy(asc(incidentUpdates.at), asc(incidentUpdates.id));
  for (const { incidentId, ...update } of rows) {
    const list = byIncident.get(incidentId);
    if (list) list.push(update);
    else byIncident.set(incidentId, [update]);
  }
  return byIncident;
}

export type PublicIncidentWithUpdates = PublicIncident & { updates: PublicIncidentUpdate[] };
