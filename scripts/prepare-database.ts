import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { isEmpty, seedDemoData } from '@/db/seed';
import { env } from '@/lib/env';

/**
 * Migrates the configured database and, on the first start of an empty one outside
 * production, writes the demo data. Returns what it did, for the start log.
 */
export async function prepareDatabase(options: { seed: 'if-empty' | 'always' | 'never' }): Promise<string> {
  const config = env();
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 1 });
  try {
    await migrateDatabase(handle);
    const where = handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PostgreSQL embarqué (${config.dataDir}/pglite)`;
    const empty = await isEmpty(handle.db);
    const seed = options.seed === 'always' || (options.seed === 'if-empty' && empty);
    if (seed && !empty) return `${where} : migré ; des comptes existent déjà, données de démonstration non écrites.`;
    if (seed) {
      await seedDemoData(handle.db);
      return `${where} : migré, données de démonstration écrites.`;
    }
    return `${where} : migré.`;
  } finally {
    await handle.close();
  }
}
