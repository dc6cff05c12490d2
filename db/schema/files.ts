import { customType, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The contents of stored files (attachments, announcement files) kept in the database, so every
 * app instance reaches them; the metadata rows point here by `storage_key`.
 */
export const fileContents = pgTable('file_contents', {
  storageKey: text('storage_key').primaryKey(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
