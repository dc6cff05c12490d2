import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

export const roleEnum = pgEnum('role', ['client_user', 'client_admin', 'technician', 'support_manager']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Staff belong to no organization; client roles always do (the check below).
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    role: roleEnum('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    // §11: an initial password must be changed at the first sign-in.
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    // Bumped to invalidate every existing session of the user at once.
    sessionVersion: integer('session_version').notNull().default(0),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_email_key').on(sql`lower(${table.email})`),
    check(
      'users_organization_matches_role',
      sql`(${table.role} in ('client_user', 'client_admin')) = (${table.organizationId} is not null)`,
    ),
  ],
);

export const throttleScopeEnum = pgEnum('throttle_scope', ['email', 'ip']);

/** Failed sign-ins in a row, per email and per client address; shared by every app instance. */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    scope: throttleScopeEnum('scope').notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] })],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
