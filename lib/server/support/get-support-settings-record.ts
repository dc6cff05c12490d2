import 'server-only';
import { eq } from 'drizzle-orm';
import { supportSettings, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';

export interface SupportSettingsRecord {
  calendar: BusinessCalendar;
  atRiskRatio: number;
  /** Null while the defaults apply (no manager saved settings yet). */
  updatedAt: Date | null;
  updatedByName: string | null;
}

/** The settings in force with who last changed them, for the managers' settings page. */
export async function getSupportSettingsRecord(db: Executor): Promise<SupportSettingsRecord> {
  const [row] = await db
    .select({ calendar: supportSettings.calendar, atRiskRatio: supportSettings.atRiskRatio, updatedAt: supportSettings.updatedAt, updatedByName: users.name })
    .from(supportSettings)
    .leftJoin(users, eq(users.id, supportSettings.updatedById))
    .limit(1);
  return row ?? { calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio: DEFAULT_AT_RISK_RATIO, updatedAt: null, updatedByName: null };
}
