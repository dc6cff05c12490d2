import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Executor } from '@/db/client';
import { DEFAULT_DAILY_BACKUP_AT } from '@/lib/backups';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import { DEFAULT_WAITING_REMINDER_BUSINESS_DAYS } from '@/lib/tickets';

export interface SupportSettingsValue {
  calendar: BusinessCalendar;
  atRiskRatio: number;
  /** §16: the number clients call; null until a manager gives it. */
  phone: string | null;
  waitingReminderBusinessDays: number;
  /** §7: the nightly backup's local time ('HH:mm'), in each organization's zone. */
  dailyBackupAt: string;
}

export const DEFAULT_SUPPORT_SETTINGS: SupportSettingsValue = {
  calendar: DEFAULT_SUPPORT_CALENDAR,
  atRiskRatio: DEFAULT_AT_RISK_RATIO,
  phone: null,
  waitingReminderBusinessDays: DEFAULT_WAITING_REMINDER_BUSINESS_DAYS,
  dailyBackupAt: DEFAULT_DAILY_BACKUP_AT,
};

/** The support's settings in force: the saved ones, else the defaults. */
export async function getSupportSettings(db: Executor): Promise<SupportSettingsValue> {
  const [row] = await db.select().from(supportSettings).limit(1);
  if (!row) return DEFAULT_SUPPORT_SETTINGS;
  const { calendar, atRiskRatio, phone, waitingReminderBusinessDays, dailyBackupAt } = row;
  return { calendar, atRiskRatio, phone, waitingReminderBusinessDays, dailyBackupAt };
}
