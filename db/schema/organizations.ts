import { sql } from 'drizzle-orm';
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  siren: text('siren'),
  // §5, §6: availability and maintenance windows run in the organization's own zone.
  timeZone: text('time_zone').notNull().default(METROPOLITAN_TIME_ZONE),
  // A territory's own holidays, bridge days: local dates 'YYYY-MM-DD' in the organization's zone.
  closedDays: text('closed_days')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  // §13: support may be suspended; new Demandes are then refused with this reason.
  supportSuspendedAt: timestamp('support_suspended_at', { withTimezone: true }),
  supportSuspensionReason: text('support_suspension_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// §3: the scope of the service ordered (modules, named users) lives in the contract.
export const contracts = pgTable('contracts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id')
    .notNull()
    .unique()
    .references(() => organizations.id, { onDelete: 'restrict' }),
  modules: text('modules').array().notNull(),
  namedUserLimit: integer('named_user_limit').notNull(),
  // §13: the 75 % pickup target is measured over 12-month periods from this date.
  supportStartDate: date('support_start_date', { mode: 'string' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
export type Contract = typeof contracts.$inferSelect;
