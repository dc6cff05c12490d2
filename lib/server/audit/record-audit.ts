import 'server-only';
import { auditLog } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { AuditAction } from '@/lib/accounts/audit-actions';

export interface AuditInput {
  at: Date;
  /** Who did it; null for an anonymous attempt (a failed sign-in on an unknown email). */
  actor: { id: string | null; email: string } | null;
  action: AuditAction;
  target?: { type: 'user' | 'organization' | 'contract' | 'ticket' | 'incident'; id: string };
  organizationId?: string | null;
  clientAddress?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one row to the audit log, in the caller's transaction so it exists exactly when the
 * change it records does. Rows are never updated or deleted (a trigger refuses it).
 */
export async function recordAudit(db: Executor, input: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    at: input.at,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    organizationId: input.organizationId ?? null,
    clientAddress: input.clientAddress ?? null,
    details: input.details ?? null,
  });
}
