import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usesServerDatabase } from '@/test/database';
import { setUpTestDatabase } from '@/test/integration-setup';
import { connectionLostCode } from './connection-lost';
import { openSelfHealingPostgres, type SelfHealingPostgres } from './self-healing-postgres';

type Db = ReturnType<typeof drizzle>;

// Only a server has backends to terminate: skipped on the in-memory PGlite.
describe.skipIf(!usesServerDatabase())('a self-healing postgres.js pool (PostgreSQL restarted)', () => {
  const handle = setUpTestDatabase();
  let admin: postgres.Sql;
  const opened: Array<SelfHealingPostgres<Db>> = [];

  beforeAll(() => {
    admin = postgres(handle.url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await Promise.all(opened.map((pool) => pool.close()));
    await admin?.end();
  });

  /** A pool of the test database with its warnings, on a clock moved by hand (a pool may be replaced once a second old). */
  function openPool() {
    const warnings: string[] = [];
    let clock = 0;
    const pool = openSelfHealingPostgres(handle.url!, { max: 4, onnotice: () => {} }, (client) => drizzle({ client }), {
      log: { warn: (message: string) => void warnings.push(message) },
      now: () => clock,
    });
    opened.push(pool);
    return { pool, warnings, wait: (ms: number) => void (clock += ms) };
  }

  /** Starts `count` long queries on `db`, then terminates every backend of the database but the admin's, as a restart does. */
  async function loseConnectionsDuring(db: Db, count: number): Promise<PromiseSettledResult<unknown>[]> {
    // Drizzle sends a query when it is awaited.
    const outcomes = Promise.allSettled(Array.from({ length: count }, () => db.execute(sql`select pg_sleep(60)`)));
    for (;;) {
      const [{ running }] = await admin<[{ running: number }]>`
        select count(*)::int as running from pg_stat_activity
        where datname = current_database() and state = 'active' and query = 'select pg_sleep(60)'`;
      if (running === count) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
    return outcomes;
  }

  const served = (db: Db) => Promise.all(Array.from({ length: 12 }, (_, i) => db.execute(sql`select ${i}::int as n`)));

  it("is needed: on its own, postgres.js 3.4.9 fails the next query of a connection whose backend died with the dead backend's error (porsager/postgres#1215)", async () => {
    const alone = drizzle({ client: postgres(handle.url!, { max: 1, onnotice: () => {} }) });
    try {
      await loseConnectionsDuring(alone, 1);
      await expect(alone.execute(sql`select 1`)).rejects.toMatchObject({ cause: { code: '57P01' } });
    } finally {
      await alone.$client.end();
    }
  });

  it('replaces the pool once for a whole storm of lost connections, and serves every query after', async () => {
    const { pool, warnings, wait } = openPool();
    const before = pool.current;
    await served(before);
    wait(1_000);

    const outcomes = await loseConnectionsDuring(before, 3);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      expect(connectionLostCode(outcome.status === 'rejected' ? outcome.reason : undefined)).toBeDefined();
    }
    expect(pool.current).not.toBe(before);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^PostgreSQL : connexion perdue \((57P01|CONNECTION_CLOSED|ECONNRESET)\) ; nouveau pool de connexions\.$/);
    expect((await served(pool.current)).map((result) => result[0])).toEqual(Array.from({ length: 12 }, (_, n) => ({ n })));
    // The retired pool takes no more work: whoever kept it would fail, hence "never keep it".
    await expect(before.execute(sql`select 1`)).rejects.toMatchObject({ cause: { code: 'CONNECTION_ENDED' } });
  });

  it('keeps a pool younger than a second: while PostgreSQL is down, each new pool fails at once too', async () => {
    const { pool, warnings, wait } = openPool();
    wait(1_000);
    await loseConnectionsDuring(pool.current, 1);
    const fresh = pool.current;
    expect(warnings).toHaveLength(1);

    await loseConnectionsDuring(fresh, 2);
    expect(pool.current).toBe(fresh);
    expect(warnings).toHaveLength(1);
  });

  it('keeps the pool when a statement is refused', async () => {
    const { pool, warnings, wait } = openPool();
    const before = pool.current;
    wait(1_000);
    await expect(before.execute(sql`select 1 / 0`)).rejects.toMatchObject({ cause: { code: '22012' } });
    await expect(before.transaction((tx) => tx.execute(sql`select * from table_qui_n_existe_pas`))).rejects.toMatchObject({ cause: { code: '42P01' } });
    expect(pool.current).toBe(before);
    expect(warnings).toEqual([]);
  });
});
