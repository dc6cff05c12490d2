import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a data-access function runs its queries on: the database, or a transaction of it. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  /**
   * Read it for each unit of work and never keep it: on a server, after a lost connection
   * (PostgreSQL restarted) it is a new pool's, and the old one is closed (db/self-healing-postgres.ts).
   */
  readonly db: Database;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** A postgres:// URL; when absent the embedded PGlite database under `dataDir` is used. */
  url?: string;
  /** Where PGlite keeps its files; without one it runs in memory (tests only). */
  dataDir?: string;
  /** Connections in the postgres.js pool. */
  poolSize?: number;
}

/**
 * Settings of every connection to a PostgreSQL server. No JIT compilation: the planner turns it
 * on from its cost estimates, and for Guichet's queries (a page's rows, a report's aggregates) it
 * costs more than it saves — measured at 155 ms of code generation in a 190 ms report query
 * (issue 17, bench/explain/).
 */
export const POSTGRES_SESSION = { jit: 'off' } as const;

/**
 * The one factory that knows which PostgreSQL runs: a server reached with postgres.js,
 * or PGlite embedded in this process with its files under the data directory.
 * Both run the same schema and the same migrations.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.url) {
    const { openSelfHealingPostgres } = await import('./self-healing-postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const pool = openSelfHealingPostgres(config.url, { max: config.poolSize ?? 10, onnotice: () => {}, connection: POSTGRES_SESSION }, (client) =>
      drizzle({ client, schema, casing: 'snake_case' }),
    );
    return {
      get db() {
        return pool.current;
      },
      kind: 'postgres',
      close: () => pool.close(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  // The server's contrib extensions the migrations use, loaded into the embedded build.
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { drizzle } = await import('drizzle-orm/pglite');
  let dir = 'memory://';
  if (config.dataDir) {
    // PGlite creates the database folder but not its parents.
    mkdirSync(config.dataDir, { recursive: true });
    dir = path.join(config.dataDir, 'pglite');
  }
  const client = await PGlite.create(dir, { extensions: { unaccent } });
  return {
    db: drizzle(client, { schema, casing: 'snake_case' }) as unknown as Database,
    kind: 'pglite',
    close: () => client.close(),
  };
}
