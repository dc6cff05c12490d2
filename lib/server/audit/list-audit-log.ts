import 'server-only';
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { auditLog, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { AuditFilters } from '@/lib/validation/accounts';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from '@/lib/server/support/require-manager';

/** Dates of the filters are days of the support centre (Paris). */
export const AUDIT_ZONE = 'Europe/Paris';

/** The journal, newest first, filtered; managers only (it shows every organization's sign-ins). */
export async function listAuditLog(db: Executor, input: { actor: Actor; filters: AuditFilters; limit?: number }) {
  requireManager(input.actor);
  const { filters } = input;
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.organisation) conditions.push(eq(auditLog.organizationId, filters.organisation));
  if (filters.du) conditions.push(gte(auditLog.at, DateTime.fromISO(filters.du, { zone: AUDIT_ZONE }).toJSDate()));
  if (filters.au) conditions.push(lt(auditLog.at, DateTime.fromISO(filters.au, { zone: AUDIT_ZONE }).plus({ days: 1 }).toJSDate()));
  if (filters.acteur) conditions.push(ilike(auditLog.actorEmail, `%${filters.acteur.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
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
