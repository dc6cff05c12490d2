import 'server-only';
import { openDatabase, type Database, type DatabaseHandle } from '@/db/client';
import { env } from '@/lib/env';

// One handle per server process (kept on globalThis so development reloads reuse it).
const holder = globalThis as typeof globalThis & { __guichetDb?: Promise<DatabaseHandle> };

export async function getDb(): Promise<Database> {
  holder.__guichetDb ??= openDatabase({ url: env().DATABASE_URL, dataDir: env().dataDir });
  // The handle is kept, its `db` read at each call: after PostgreSQL restarts, a new pool's.
  return (await holder.__guichetDb).db;
}
