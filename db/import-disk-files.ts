import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, notExists, sql } from 'drizzle-orm';
import type { Database } from './client';
import { announcementFiles, attachments, fileContents } from './schema';

export interface DiskImport {
  /** Contents copied from the disk into the database. */
  imported: number;
  /** Rows whose content is neither in the database nor on this disk (another machine may have it). */
  missing: number;
  /** Files on this disk whose bytes no longer match the hash of their row: left out. */
  damaged: number;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/**
 * Until file contents moved into the database, they lay under <DATA_DIR>/attachments. On each
 * start of a server that still has that folder, every content its rows point to and the
 * database lacks is copied in (checked against the row's hash), so every instance serves the
 * files uploaded before. Idempotent; the folder is left in place and can be deleted afterwards.
 */
export async function importDiskFiles(db: Database, dataDir: string): Promise<DiskImport> {
  const folder = path.join(dataDir, 'attachments');
  const outcome: DiskImport = { imported: 0, missing: 0, damaged: 0 };
  if (!existsSync(folder)) return outcome;
  const lacking = [];
  for (const table of [attachments, announcementFiles]) {
    lacking.push(
      ...(await db
        .select({ storageKey: table.storageKey, sha256: table.sha256, createdAt: table.createdAt })
        .from(table)
        .where(
          notExists(
            db
              .select({ one: sql`1` })
              .from(fileContents)
              .where(eq(fileContents.storageKey, table.storageKey)),
          ),
        )),
    );
  }
  for (const row of lacking) {
    const file = path.join(folder, row.storageKey);
    if (!KEY.test(row.storageKey) || !existsSync(file)) {
      outcome.missing += 1;
      continue;
    }
    const data = await readFile(file);
    if (createHash('sha256').update(data).digest('hex') !== row.sha256) {
      outcome.damaged += 1;
      continue;
    }
    await db.insert(fileContents).values({ storageKey: row.storageKey, data, createdAt: row.createdAt }).onConflictDoNothing();
    outcome.imported += 1;
  }
  return outcome;
}
