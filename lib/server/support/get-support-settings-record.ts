import 'server-only';
import { eq } from 'drizzle-orm';
import { supportSettings, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import { DEFAULT_WAITING_REMINDER_BUSINESS_DAYS } from '@/lib/tickets';

export interface SupportSettingsRecord {
  calendar: BusinessCalendar;
  atRiskRatio: number;
  /** §16: the number clients call; null until a manager gives it. */
  phone: string | null;
  waitingReminderBusinessDays: number;
  /** Null while the defaults apply (no manager saved settings yet). */
  updatedAt: Date | null;
  updatedByName: string | null;
}

/** The settings in force with who last changed them, for the managers' settings page. */
export async function getSupportSettingsRecord(db: Executor): Promise<SupportSettingsRecord> {
  const [row] = await db
    .select({
      calendar: supportSettings.calendar,
      atRiskRatio: supportSettings.atRiskRatio,
      phone: supportSettings.phone,
      waitingReminderBusinessDays: supportSettings.waitingReminderBusinessDays,
      updatedAt: supportSettings.updatedAt,
      updatedByName: users.name,
    })
    .from(supportSettings)
    .leftJoin(users, eq(users.id, supportSettings.updatedById))
    .limit(1);
  return (
    row ?? {
      calendar: DEFAULT_SUPPORT_CALENDAR,
      atRiskRatio: DEFAULT_AT_RISK_RATIO,
      phone: null,
      waitingReminderBusinessDays: DEFAULT_WAITING_REMINDER_BUSINESS_DAYS,
      updatedAt: null,
      updatedByName: null,
    }
  );
}
