import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

/**
 * A fresh, migrated database for one integration test file: a new database on the server of
 * DATABASE_URL when it is set (dropped on close, its URL given for more connections), an
 * in-memory PGlite otherwise.
 */
export type TestDatabase = DatabaseHandle & { url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    await migrateDatabase(handle);
    return handle;
  }
  const name = `guichet_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 25 });
  await migrateDatabase(handle);
  return {
    // Not spread: `db` is read from the handle each time (a new pool's after a lost connection).
    get db() {
      return handle.db;
    },
    kind: handle.kind,
    url: url.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Whether integration tests run on a PostgreSQL server that several processes can share. */
export function usesServerDatabase(): boolean {
  return !!process.env.DATABASE_URL;
}
