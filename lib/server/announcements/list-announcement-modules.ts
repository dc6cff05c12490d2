import 'server-only';
import { sql } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { assertStaff } from './announcement-scope';

/** The modules some contract covers (§3): what an announcement may be restricted to. */
export async function listAnnouncementModules(db: Executor, { actor }: { actor: Actor }): Promise<string[]> {
  assertStaff(actor);
  const rows = await db.selectDistinct({ module: sql<string>`unnest(${contracts.modules})` }).from(contracts);
  return rows.map((row) => row.module).sort((a, b) => a.localeCompare(b, 'fr'));
}
