import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Executor } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';

export interface SupportSettingsValue {
  calendar: BusinessCalendar;
  atRiskRatio: number;
}

/** The support calendar and at-risk threshold in force: the saved ones, else the defaults. */
export async function getSupportSettings(db: Executor): Promise<SupportSettingsValue> {
  const [row] = await db.select().from(supportSettings).limit(1);
  return row ? { calendar: row.calendar, atRiskRatio: row.atRiskRatio } : { calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio: DEFAULT_AT_RISK_RATIO };
}
