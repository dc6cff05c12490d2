import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INCIDENT_CAUSES, INCIDENT_ENVIRONMENTS } from '@/lib/availability';
import { announcements } from './content';
import { organizations } from './organizations';
import { users } from './users';

export const incidentCauseEnum = pgEnum('incident_cause', INCIDENT_CAUSES);
export const incidentEnvironmentEnum = pgEnum('incident_environment', INCIDENT_ENVIRONMENTS);

/**
 * §6: an interruption of the service, for every organization or some. Only a fault of the
 * production environment counts as downtime (TI); the other causes are recorded and shown,
 * with the reason they are not counted.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    // Public: clients read it on their availability page and on /statut.
    description: text('description').notNull(),
    cause: incidentCauseEnum('cause').notNull(),
    // Which external system or what force majeure, in words (COMEDEC/ANTS, REU/INSEE, the telecom operator…).
    causeDetail: text('cause_detail'),
    environment: incidentEnvironmentEnum('environment').notNull(),
    // True: every organization; false: those of incident_organizations.
    allOrganizations: boolean('all_organizations').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    // Null while it lasts.
    endedAt: timestamp('ended_at', { withTimezone: true }),
    // A planned maintenance's announcement (§5: announced at least 48 h ahead).
    announcementId: uuid('announcement_id').references(() => announcements.id, { onDelete: 'restrict' }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('incidents_started_idx').on(table.startedAt.desc()),
    index('incidents_ongoing_idx')
      .on(table.startedAt)
      .where(sql`${table.endedAt} is null`),
  ],
);

/** The organizations an incident affects, when it does not affect all of them. */
export const incidentOrganizations = pgTable(
  'incident_organizations',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.incidentId, table.organizationId] }), index('incident_organizations_organization_idx').on(table.organizationId)],
);

/** The public timeline of an incident while it lasts: what is known, what is being done. */
export const incidentUpdates = pgTable(
  'incident_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('incident_updates_incident_idx').on(table.incidentId, table.at)],
);

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentUpdate = typeof incidentUpdates.$inferSelect;
