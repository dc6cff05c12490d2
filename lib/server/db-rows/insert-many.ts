import 'server-only';
import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';

/** A column of `insertMany`: its PostgreSQL type and one value per row, as text (null for NULL). */
export type ManyValues = readonly [column: PgColumn, type: 'uuid' | 'text' | 'timestamptz' | 'boolean' | 'jsonb', values: ReadonlyArray<string | null>];

/**
 * Many rows in one `INSERT … SELECT FROM unnest(…)`: one array parameter per column however many
 * rows, so the statement stays small. Drizzle's multi-row VALUES sends one parameter per value,
 * and for the sweeper's batches (thousands of notifications) building and binding it cost more
 * than the insert itself (issue 17). Every array has one value per row.
 */
export async function insertMany(db: Executor, table: PgTable, columns: readonly ManyValues[]): Promise<void> {
  const rows = columns[0]?.[2].length ?? 0;
  if (rows === 0) return;
  if (columns.some(([, , values]) => values.length !== rows)) throw new Error('insertMany : une colonne n’a pas une valeur par ligne.');
  const names = sql.join(
    columns.map(([column]) => sql.identifier(column.name)),
    sql`, `,
  );
  // Sent as text[] and cast on the server: the same on postgres.js and PGlite, whatever their array serializers.
  const arrays = sql.join(
    columns.map(([, type, values]) => sql`${sql.param([...values])}::text[]::${sql.raw(type)}[]`),
    sql`, `,
  );
  await db.execute(sql`insert into ${table} (${names}) select * from unnest(${arrays})`);
}
