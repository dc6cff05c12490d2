import { bigint, date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * §17: usage figures, counted without any personal data — a day, what was counted, a key
 * that identifies nobody (a route pattern, "with a result"), and a count. No user, no address,
 * no free text of a search is ever stored here.
 */
export const usageCounters = pgTable(
  'usage_counters',
  {
    day: date('day').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.metric, table.key] })],
);
