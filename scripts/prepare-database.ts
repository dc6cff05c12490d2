import { openDatabase } from '@/db/client';
import { importDiskFiles } from '@/db/import-disk-files';
import { backfillActiveBusinessTime } from '@/db/backfill-active-business-time';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoHistory } from '@/db/demo-history/seed-demo-history';
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
    await backfillActiveBusinessTime(handle.db);
    const where = handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PostgreSQL embarqué (${config.dataDir}/pglite)`;
    const files = await importDiskFiles(handle.db, config.dataDir);
    if (files.imported + files.missing + files.damaged > 0) {
      console.log(
        `Fichiers de ${config.dataDir}/attachments : ${files.imported} copiés dans la base, ${files.missing} absents de ce disque, ${files.damaged} altérés (laissés de côté).`,
      );
    }
    const empty = await isEmpty(handle.db);
    const seed = options.seed === 'always' || (options.seed === 'if-empty' && empty);
    if (seed && !empty) return `${where} : migré ; des comptes existent déjà, données de démonstration non écrites.`;
    if (seed) {
      const started = performance.now();
      await seedDemoData(handle.db);
      // The support's last 11 months for the demo organizations and staff (issue 16).
      const history = await seedDemoHistory(handle.db, { publicUrl: config.publicUrl });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return `${where} : migré, données de démonstration écrites (${history?.tickets ?? 0} demandes d’historique, ${seconds} s).`;
    }
    return `${where} : migré.`;
  } finally {
    await handle.close();
  }
}
