import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';

export type Account = Awaited<ReturnType<typeof getAccount>>;

/** The signed-in account as stored now, with its organization's name, or null. */
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
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
