import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '@/lib/accounts/roles';
import { organizations } from './organizations';

export const roleEnum = pgEnum('role', ROLES);

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
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    // Two-factor sign-in (TOTP, RFC 6238): the shared secret, encrypted with a key derived from the auth secret.
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    // The 30-second step of the last code accepted at sign-in: a code is good once.
    totpLastStep: integer('totp_last_step'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_email_key').on(sql`lower(${table.email})`),
    check('users_organization_matches_role', sql`(${table.role} in ('client_user', 'client_admin')) = (${table.organizationId} is not null)`),
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
export type { Role } from '@/lib/accounts/roles';

/** Single-use recovery codes of a two-factor account, stored hashed. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('recovery_codes_user_idx').on(table.userId)],
);

/** "Mot de passe oublié": single-use links that expire; only the token's hash is kept. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('password_reset_tokens_user_idx').on(table.userId)],
);

/**
 * The audit log: sign-ins (successes and failures), account and role changes, contract
 * changes. Append-only (a trigger refuses updates and deletes).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    // Null for an anonymous attempt (a failed sign-in on an unknown email) or the system.
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'restrict' }),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    clientAddress: text('client_address'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('audit_log_at_idx').on(table.at.desc()),
    index('audit_log_organization_idx').on(table.organizationId, table.at.desc()),
    index('audit_log_action_idx').on(table.action, table.at.desc()),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
