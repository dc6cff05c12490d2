import { afterAll, beforeAll } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase, type TestDatabase } from './database';
import { demoActors, type DemoActors } from './fixtures';

/**
 * A value made once before the file's tests and read by them. The returned object stands for it
 * from then on; reading it earlier (at module level) fails loudly rather than giving undefined.
 */
function readyBeforeAll<T extends object>(name: string, make: () => Promise<T>): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await make();
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error(`${name} : disponible à partir du beforeAll du fichier de test.`);
      return Reflect.get(value, key, value);
    },
  });
}

/**
 * The integration test file's own database (test/database.ts): created and migrated before its
 * tests, closed (and dropped on a server) after them. Call it once, at the top of the file.
 */
export function setUpTestDatabase(): TestDatabase {
  let opened: TestDatabase | undefined;
  const handle = readyBeforeAll('setUpTestDatabase', async () => {
    opened = await createTestDatabase();
    return opened;
  });
  afterAll(() => opened?.close());
  return handle;
}

/**
 * The demo data (db/seed.ts) written into the file's database before its tests: two
 * organizations with their contracts and client users, and the support staff. Returns the
 * accounts as actors of server operations. Call it after `setUpTestDatabase()`.
 */
export function setUpDemoData(handle: { readonly db: Database }): DemoActors {
  return readyBeforeAll('setUpDemoData', () => demoActors(handle.db));
}
