import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Executor } from '@/db/client';

/** Whether managers require two-factor sign-in of every staff account (false until settings are saved). */
export async function getSupportSettingsFlags(db: Executor): Promise<{ requireStaffTotp: boolean }> {
  const [row] = await db.select({ requireStaffTotp: supportSettings.requireStaffTotp }).from(supportSettings).limit(1);
  return { requireStaffTotp: row?.requireStaffTotp ?? false };
}
