import { boolean, check, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { DEFAULT_DAILY_BACKUP_AT } from '@/lib/backups';
import type { BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_WAITING_REMINDER_BUSINESS_DAYS } from '@/lib/tickets';
import { users } from './users';

/**
 * The support centre's settings, one row: its opening hours (§13 "heures ouvrées") and the
 * share of a budget after which a clock is "à risque". Absent until a manager saves them;
 * the defaults of lib/calendar and lib/sla apply until then.
 */
export const supportSettings = pgTable(
  'support_settings',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    calendar: jsonb('calendar').$type<BusinessCalendar>().notNull(),
    atRiskRatio: real('at_risk_ratio').notNull(),
    // Managers may require two-factor sign-in of every staff account.
    requireStaffTotp: boolean('require_staff_totp').notNull().default(false),
    // §16: the number clients call, shown on the portal with the opening hours (§13).
    phone: text('phone'),
    // A client waiting this many business days for their own answer is reminded, once.
    waitingReminderBusinessDays: integer('waiting_reminder_business_days').notNull().default(DEFAULT_WAITING_REMINDER_BUSINESS_DAYS),
    // §7: the nightly backup's local time in each organization's zone ('HH:mm').
    dailyBackupAt: text('daily_backup_at').notNull().default(DEFAULT_DAILY_BACKUP_AT),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [check('support_settings_singleton', sql`${table.singleton}`)],
);

export type SupportSettings = typeof supportSettings.$inferSelect;
