import 'server-only';
import { eq } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import type { Executor } from '@/db/client';

/** The modules of an organization's contract (§3), for the "Module concerné" choice. */
export async function getContractModules(db: Executor, organizationId: string): Promise<string[]> {
  const [row] = await db.select({ modules: contracts.modules }).from(contracts).where(eq(contracts.organizationId, organizationId));
  return row?.modules ?? [];
}
