import 'server-only';
import type { IncidentRow } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { AuditAction } from '@/lib/accounts/audit-actions';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';

/** The audit entry of a change to an incident, named by its title, in the change's transaction. */
export function auditIncident(
  tx: Executor,
  input: {
    actor: Actor & { email: string };
    action: Extract<AuditAction, `incident.${string}`>;
    incident: IncidentRow;
    /** The number of organizations it affects, when the change sets its scope. */
    scope?: readonly string[];
    clientAddress?: string;
    at: Date;
  },
): Promise<void> {
  const { incident, scope } = input;
  return recordAudit(tx, {
    at: input.at,
    actor: { id: input.actor.id, email: input.actor.email },
    action: input.action,
    target: { type: 'incident', id: incident.id },
    clientAddress: input.clientAddress,
    details: {
      title: incident.title,
      ...(scope && { cause: incident.cause, organizations: incident.allOrganizations ? 'all' : scope.length }),
    },
  });
}
