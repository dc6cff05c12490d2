import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { announcements, contracts, faqArticles, tickets } from '@/db/schema';
import { availableRestorePoints } from '@/lib/backups';
import { fileRestoreRequest } from '@/lib/server/requests/file-restore-request';
import { fileSoftwareAccountRequest } from '@/lib/server/requests/file-software-account-request';
import { restoreRequestSchema, softwareAccountRequestSchema } from '@/lib/validation/requests';
import { paris } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { MIGRATIONS_FOLDER } from './migrate';

// Migration 0013 (issue 16): every stored module name with its accents, whatever stored it.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const now = paris('2026-03-31T10:00');

/** The migration's statements, run again on rows written with the former names. */
async function runMigration() {
  const file = readFileSync(path.join(MIGRATIONS_FOLDER, '0013_accented_module_names.sql'), 'utf8');
  for (const statement of file.split('--> statement-breakpoint')) await handle.db.execute(sql.raw(statement));
}

describe('accented module names (migration 0013)', () => {
  it('renames the modules of contracts, Demandes, typed requests, FAQ articles and announcements, and nothing else', async () => {
    const admin = { ...actors.clientAdmin, email: 'admin@saint-exemple.demo' };
    const point = availableRestorePoints(now, { timeZone: 'Europe/Paris' })[1]!;
    const restore = await fileRestoreRequest(handle.db, {
      actor: admin,
      form: restoreRequestSchema.parse({
        pointTakenAt: point.takenAt.toISOString(),
        scope: 'État civil',
        reason: 'Des actes ont été supprimés.',
        acknowledgedLoss: 'on',
      }),
      now,
    });
    const account = await fileSoftwareAccountRequest(handle.db, {
      actor: admin,
      form: softwareAccountRequestSchema.parse({
        action: 'create',
        personName: 'Jeanne Martin',
        personEmail: 'jeanne.martin@saint-exemple.fr',
        personRole: 'officier d’état civil',
        modules: ['Élections', 'COMEDEC', 'État civil'],
      }),
      now,
    });
    // As a database written before the migration holds them.
    await handle.db.execute(sql`update contracts set modules = array['Etat civil', 'COMEDEC', 'Elections']`);
    await handle.db.execute(sql`update tickets set module = 'Etat civil', request_details = replace(request_details::text, 'État civil', 'Etat civil')::jsonb`);
    await handle.db.execute(sql`update tickets set request_details = replace(request_details::text, 'Élections', 'Elections')::jsonb`);
    await handle.db.execute(sql`update faq_articles set module = 'Elections' where module = 'Élections'`);
    await handle.db.execute(sql`update announcements set module = 'Etat civil' where module = 'État civil'`);

    await runMigration();

    for (const contract of await handle.db.select({ modules: contracts.modules }).from(contracts)) {
      expect(contract.modules).toEqual(['État civil', 'COMEDEC', 'Élections']);
    }
    const [restored] = await handle.db.select().from(tickets).where(eq(tickets.id, restore.ticket.id));
    expect(restored).toMatchObject({ module: 'État civil', requestDetails: { kind: 'restore', scope: 'État civil', reason: 'Des actes ont été supprimés.' } });
    const [asked] = await handle.db.select().from(tickets).where(eq(tickets.id, account.ticket.id));
    expect(asked!.requestDetails).toMatchObject({ kind: 'software_account', modules: ['Élections', 'COMEDEC', 'État civil'], personName: 'Jeanne Martin' });
    const stored = [
      ...(await handle.db.select({ module: faqArticles.module }).from(faqArticles)).map((row) => row.module),
      ...(await handle.db.select({ module: announcements.module }).from(announcements)).map((row) => row.module),
    ];
    expect(stored.filter((module) => module === 'Etat civil' || module === 'Elections')).toEqual([]);
    expect(stored).toContain('Élections');
  });

  it('leaves a database already migrated as it is', async () => {
    const before = await handle.db.select().from(tickets);
    await runMigration();
    expect(await handle.db.select().from(tickets)).toEqual(before);
  });
});
