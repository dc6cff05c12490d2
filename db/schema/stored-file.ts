import { integer, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The columns of a file kept in the attachment store (lib/server/attachments/attachment-store.ts):
 * its name and type as served, its size and hash, and where its content lies.
 */
export function storedFileColumns() {
  return {
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  };
}
