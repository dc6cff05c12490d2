import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Executor } from '@/db/client';

/** The accounts of one organization, active first then by name (the scope is the WHERE clause). */
export async function listAccounts(db: Executor, organizationId: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      lastSignInAt: users.lastSignInAt,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(eq(users.organizationId, organizationId))
    .orderBy(desc(users.active), asc(users.name));
}

export type AccountRow = Awaited<ReturnType<typeof listAccounts>>[number];
