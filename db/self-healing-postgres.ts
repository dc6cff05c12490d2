import postgres, { type Options, type Sql } from 'postgres';
import { connectionLostCode } from './connection-lost';

export interface SelfHealingPostgres<T> {
  /** The live pool's database. Read it for each unit of work and never keep it: after a lost connection it is another one. */
  readonly current: T;
  /** Ends the live pool and waits for the retired ones to end. */
  close(): Promise<void>;
}

// While PostgreSQL stays down, each new pool fails at once too: at most one new pool a second.
const MIN_POOL_AGE_MS = 1_000;
// A retired pool's queries in flight get this long to finish before its connections are cut.
const RETIRE_TIMEOUT_S = 5;

const RECOVERY_OPTIONS = {
  // postgres.js waits (0.5 to 1) × min(3^n / 100, 20) s before its n-th attempt to reconnect, n
  // counting the pool's failures since its last success: a few seconds of outage reach the 20 s
  // ceiling, and the pool then sits idle that long after PostgreSQL is back (measured: served
  // again 11 to 13 s after a 3 s crash). The same curve with a 1 s ceiling: served within 0.3 s.
  backoff: (attempts: number) => (0.5 + Math.random() / 2) * Math.min(3 ** attempts / 100, 1),
  // A connection that can no longer send (see openSelfHealingPostgres), left in a pool too young
  // to be replaced, shows itself only by this timeout: 10 s rather than 30.
  connect_timeout: 10,
};

interface Pool<T> {
  client: Sql;
  database: T;
  openedAt: number;
}

/**
 * A postgres.js pool that is thrown away and opened anew when it loses its connection to
 * PostgreSQL (a restart, a crash, a terminated backend), because postgres.js 3.4.9 does not
 * always recover from that by itself:
 * - when the backend of a transaction dies, the driver writes the transaction's ROLLBACK to the
 *   closed socket from a timer: an uncaught TypeError (porsager/postgres#1208, #1154) that leaves
 *   the pooled connection unable to send anything again — every later query routed to it waits
 *   `connect_timeout` then fails with CONNECT_TIMEOUT, for as long as the process runs: about one
 *   request in ten with ten connections after a restart under load;
 * - the next query of a connection whose backend was killed fails with the dead backend's error
 *   (reported on porsager/postgres#1215; db/self-healing-postgres.int.test.ts shows it).
 * The fixes (porsager/postgres#1209, #1215) are not released. A fresh pool has none of that
 * state: the first connection-level failure of the live pool replaces it, the old one is ended in
 * the background (its queries in flight fail; a transaction in flight fails whole), and its other
 * failures — the same outage seen by each of its connections — replace nothing more.
 */
export function openSelfHealingPostgres<T>(
  url: string,
  options: Options<Record<string, postgres.PostgresType>>,
  open: (client: Sql) => T,
  { log = console, now = () => performance.now() }: { log?: Pick<Console, 'warn'>; now?: () => number } = {},
): SelfHealingPostgres<T> {
  const retiring = new Set<Promise<void>>();

  function openPool(): Pool<T> {
    const client = postgres(url, { ...RECOVERY_OPTIONS, ...options });
    const pool = { client, openedAt: now() } as Pool<T>;
    pool.database = open(watched(client, (error) => replaceAfter(pool, error)));
    return pool;
  }

  let live = openPool();

  function replaceAfter(failed: Pool<T>, error: unknown) {
    const code = connectionLostCode(error);
    if (failed !== live || now() - failed.openedAt < MIN_POOL_AGE_MS || !code) return;
    log.warn(`PostgreSQL : connexion perdue (${code}) ; nouveau pool de connexions.`);
    live = openPool();
    const ending: Promise<void> = failed.client
      .end({ timeout: RETIRE_TIMEOUT_S })
      .catch(() => {})
      .finally(() => retiring.delete(ending));
    retiring.add(ending);
  }

  return {
    get current() {
      return live.database;
    },
    async close() {
      await Promise.all([live.client.end({ timeout: RETIRE_TIMEOUT_S }), ...retiring]);
    },
  };
}

/**
 * The client given to drizzle: postgres.js itself, except that every query and transaction
 * drizzle starts (drizzle-orm's postgres-js driver goes through `unsafe` and `begin`) also
 * reports its failure to `onFailure`. The caller still receives the very same query and error.
 */
function watched(client: Sql, onFailure: (error: unknown) => void): Sql {
  const unsafe = ((...args: Parameters<Sql['unsafe']>) => {
    const query = client.unsafe(...args);
    query.catch(onFailure);
    return query;
  }) as Sql['unsafe'];
  const begin = ((...args: Parameters<Sql['begin']>) => {
    const transaction = client.begin(...args);
    transaction.catch(onFailure);
    return transaction;
  }) as Sql['begin'];
  return Object.assign(Object.create(client) as Sql, { unsafe, begin });
}
