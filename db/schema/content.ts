import { sql, type SQL } from 'drizzle-orm';
import { boolean, customType, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ANNOUNCEMENT_KINDS } from '@/lib/announcements/kinds';
import { storedFileColumns } from './stored-file';
import { users } from './users';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** §15: questions and answers, by module, searchable in French with accents ignored. */
export const faqArticles = pgTable(
  'faq_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    // Markdown, rendered without raw HTML.
    body: text('body').notNull(),
    // The category: one of the product's modules, or "Général".
    module: text('module').notNull(),
    published: boolean('published').notNull().default(false),
    views: integer('views').notNull().default(0),
    helpfulYes: integer('helpful_yes').notNull().default(0),
    helpfulNo: integer('helpful_no').notNull().default(0),
    // The Demande this article was written from, if any.
    sourceTicketId: uuid('source_ticket_id'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // 'french_unaccent' (migration 0004): French stemming after unaccent, title weighted first.
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A') || setweight(to_tsvector('french_unaccent', coalesce(body, '')), 'B')`,
    ),
  },
  (table) => [index('faq_articles_search_idx').using('gin', table.search), index('faq_articles_module_idx').on(table.module)],
);

/** One answer per user to "Cette réponse vous a-t-elle aidé ?", changeable. */
export const faqVotes = pgTable(
  'faq_votes',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => faqArticles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    helpful: boolean('helpful').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] })],
);

export const announcementKindEnum = pgEnum('announcement_kind', ANNOUNCEMENT_KINDS);

/**
 * §10.2 and §5: releases (dated in advance), patches, maintenance (planned ≥ 48 h ahead, or
 * emergency) and technical documents, published on the portal.
 */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: announcementKindEnum('kind').notNull(),
    title: text('title').notNull(),
    // Markdown, rendered without raw HTML.
    body: text('body').notNull(),
    version: text('version'),
    // The release date, or the maintenance window.
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    // Null: shown to every organization.
    module: text('module'),
    // §10.2: a version that changes how people work may call for training ("formation à prévoir").
    trainingRequired: boolean('training_required').notNull().default(false),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('announcements_published_idx').on(table.publishedAt.desc())],
);

/** Files published with an announcement (release notes, technical documents). */
export const announcementFiles = pgTable('announcement_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  announcementId: uuid('announcement_id')
    .notNull()
    .references(() => announcements.id, { onDelete: 'restrict' }),
  ...storedFileColumns(),
});

/** Per user: whether notifications also arrive by email (in-app ones always do). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'restrict' }),
  emailEnabled: boolean('email_enabled').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type FaqArticle = typeof faqArticles.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
export type AnnouncementFile = typeof announcementFiles.$inferSelect;
