import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { organizations, supportSettings, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';

export type Account = Awaited<ReturnType<typeof getAccount>>;

/** The signed-in account as stored now, with its organization's name and the zone it reads instants in, or null. */
export async function getAccount(db: Executor, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      // The zone this reader reads instants in: their organization's, or the support calendar's for staff.
      timeZone: sql<string>`coalesce(${organizations.timeZone}, ${supportSettings.calendar}->>'timeZone', ${DEFAULT_SUPPORT_CALENDAR.timeZone})`,
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
      totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      staffTotpRequired: sql<boolean>`coalesce(${supportSettings.requireStaffTotp}, false)`,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    // The settings are one row (or none yet): joined on true.
    .leftJoin(supportSettings, sql`true`)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
