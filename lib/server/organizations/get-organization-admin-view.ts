import 'server-only';
import { eq } from 'drizzle-orm';
import { contracts, organizations } from '@/db/schema';
import type { Executor } from '@/db/client';
import { listAccounts } from '@/lib/server/accounts/list-accounts';

/** An organization as the manager edits it: its record, contract and accounts. */
export async function getOrganizationAdminView(db: Executor, organizationId: string) {
  const [row] = await db
    .select({ organization: organizations, contract: contracts })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(eq(organizations.id, organizationId));
  if (!row) return null;
  return { ...row, accounts: await listAccounts(db, organizationId) };
}
