import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { Executor } from '@/db/client';

/** §13: whether the organization's support is suspended, and why (null when it is not). */
export async function getSupportSuspension(db: Executor, organizationId: string): Promise<{ since: Date; reason: string } | null> {
  const [row] = await db
    .select({ since: organizations.supportSuspendedAt, reason: organizations.supportSuspensionReason })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.since ? { since: row.since, reason: row.reason ?? '' } : null;
}
