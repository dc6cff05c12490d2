import 'server-only';
import type { Ticket } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { AuditAction } from '@/lib/accounts/audit-actions';
import { recordAudit } from '@/lib/server/audit/record-audit';

/** Every step of a typed request is in the audit log too (§7 restores and §11 accounts touch the client's data). */
export function recordRequestAudit(
  db: Executor,
  input: { actor: { id: string; email: string }; action: AuditAction; ticket: Ticket; clientAddress?: string; now: Date; details?: Record<string, unknown> },
): Promise<void> {
  return recordAudit(db, {
    at: input.now,
    actor: { id: input.actor.id, email: input.actor.email },
    action: input.action,
    target: { type: 'ticket', id: input.ticket.id },
    organizationId: input.ticket.organizationId,
    clientAddress: input.clientAddress,
    details: { reference: input.ticket.reference, ...input.details },
  });
}
