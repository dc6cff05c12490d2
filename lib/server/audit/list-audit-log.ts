import 'server-only';
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { auditLog, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { auditLogSearch, type AuditLogSearch } from '@/lib/search-params/audit-log';
import { endOfLocalDay, startOfLocalDay } from '@/lib/search-params/param-codecs';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from '@/lib/server/support/require-manager';

/** The journal, newest first, filtered by days of `timeZone` (the reader's); managers only (it shows every organization's sign-ins). */
export async function listAuditLog(db: Executor, input: { actor: Actor; filters: Partial<AuditLogSearch>; timeZone: string; limit?: number }) {
  requireManager(input.actor);
  // Through the URL codec again: only a real uuid, a day within 2000–2099 and text without NUL reach SQL.
  const filters = auditLogSearch.normalize(input.filters);
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.organizationId) conditions.push(eq(auditLog.organizationId, filters.organizationId));
  if (filters.from) conditions.push(gte(auditLog.at, startOfLocalDay(filters.from, input.timeZone)));
  if (filters.to) conditions.push(lt(auditLog.at, endOfLocalDay(filters.to, input.timeZone)));
  if (filters.actorEmail) conditions.push(ilike(auditLog.actorEmail, `%${filters.actorEmail.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      organizationName: organizations.name,
      clientAddress: auditLog.clientAddress,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(organizations, eq(organizations.id, auditLog.organizationId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.limit ?? 200);
}

export type AuditRow = Awaited<ReturnType<typeof listAuditLog>>[number];
