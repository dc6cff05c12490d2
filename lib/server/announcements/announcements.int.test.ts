import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { announcementFiles, announcements, contracts } from '@/db/schema';
import { announcementIssues } from '@/lib/announcements/announcement-rules';
import { maintenanceNotice } from '@/lib/announcements/maintenance-notice';
import { announcementContentSchema, SHORT_NOTICE_MESSAGE, type AnnouncementContent, type AnnouncementContentInput } from '@/lib/validation/announcements';
import { checkedFiles, organizationId } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createAnnouncement } from './create-announcement';
import { getAnnouncement } from './get-announcement';
import { getAnnouncementFile } from './get-announcement-file';
import { listAnnouncementModules } from './list-announcement-modules';
import { listAnnouncements } from './list-announcements';
import { updateAnnouncement } from './update-announcement';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const now = new Date('2026-11-23T09:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms);

let dataDir: string;

beforeAll(() => {
  // Announcement files are written under DATA_DIR: a folder of this test file's own.
  dataDir = mkdtempSync(path.join(tmpdir(), 'guichet-announcements-'));
  vi.stubEnv('DATA_DIR', dataDir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

/** An announcement as the console's action hands it to the operations: parsed by the shared schema. */
const content = (input: AnnouncementContentInput): AnnouncementContent => announcementContentSchema.parse(input);

function maintenance(startsAt: Date, hours = 2, extra: Partial<AnnouncementContentInput> = {}): AnnouncementContent {
  return content({
    kind: 'planned_maintenance',
    title: 'Maintenance des serveurs de base de données',
    body: 'Le service sera **interrompu** pendant la fenêtre.',
    startsAt,
    endsAt: new Date(startsAt.getTime() + hours * HOUR),
    ...extra,
  });
}

const text = (value: string) => new TextEncoder().encode(value);
const counts = async () => ({ announcements: await handle.db.$count(announcements), files: await handle.db.$count(announcementFiles) });

describe('publishing is for the support only', () => {
  it('refuses clients, and writes nothing', async () => {
    const before = await counts();
    for (const actor of [actors.agent, actors.clientAdmin]) {
      await expect(createAnnouncement(handle.db, { actor, content: maintenance(after(72 * HOUR)), now })).rejects.toMatchObject({ kind: 'forbidden' });
    }
    const [existing] = await handle.db.select().from(announcements).limit(1);
    await expect(
      updateAnnouncement(handle.db, { actor: actors.agent, announcementId: existing!.id, content: maintenance(after(72 * HOUR)), now }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(getAnnouncement(handle.db, { actor: actors.agent, announcementId: existing!.id })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(listAnnouncementModules(handle.db, { actor: actors.agent })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await counts()).toEqual(before);
  });

  it('technicians and managers publish; the publication date is now and the author is kept', async () => {
    for (const actor of [actors.technician, actors.manager]) {
      const announcement = await createAnnouncement(handle.db, {
        actor,
        content: content({ kind: 'patch', title: 'Correctif 5.1.5', version: '5.1.5', body: 'Corrections diverses.', module: 'Élections' }),
        now,
      });
      expect(announcement).toMatchObject({ kind: 'patch', version: '5.1.5', module: 'Élections', authorId: actor.id, publishedAt: now, startsAt: null });
    }
  });

  // The fields each kind requires are the schema's: lib/validation/announcements.test.ts.
  it('refuses a module no contract covers, in French', async () => {
    await expect(
      createAnnouncement(handle.db, { actor: actors.manager, content: maintenance(after(72 * HOUR), 2, { module: 'Paie' }), now }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { module: 'Aucun contrat ne couvre ce module.' } });
  });
});

describe('§5: a planned maintenance is announced at least 48 hours ahead', () => {
  it('refuses one 47 h 59 ahead, names the earliest start, and changes nothing', async () => {
    const before = await counts();
    const attempt = createAnnouncement(handle.db, {
      actor: actors.manager,
      content: maintenance(after(48 * HOUR - MINUTE)),
      files: await checkedFiles(['procedure.txt', 'Procédure']),
      now,
    });
    await expect(attempt).rejects.toMatchObject({
      kind: 'invalid',
      message: SHORT_NOTICE_MESSAGE,
      fieldErrors: { startsAt: 'Moins de 48 heures d’avance : une maintenance planifiée commencerait au plus tôt mercredi 25 novembre 2026 à 10:00.' },
    });
    expect(await counts()).toEqual(before);
  });

  it('accepts one exactly 48 h ahead', async () => {
    const announcement = await createAnnouncement(handle.db, { actor: actors.manager, content: maintenance(after(48 * HOUR)), now });
    expect(announcement).toMatchObject({ kind: 'planned_maintenance', startsAt: after(48 * HOUR) });
  });

  it('records the same window as emergency maintenance, which may happen at any time', async () => {
    const announcement = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: maintenance(after(HOUR), 1, { kind: 'emergency_maintenance' }),
      now,
    });
    expect(announcement.kind).toBe('emergency_maintenance');
  });

  it('an announced window may be corrected or shortened as it nears, but not moved within 48 h', async () => {
    const planned = await createAnnouncement(handle.db, { actor: actors.manager, content: maintenance(after(72 * HOUR), 3), now });
    const later = new Date(now.getTime() + 48 * HOUR);
    const fixed = await updateAnnouncement(handle.db, {
      actor: actors.technician,
      announcementId: planned.id,
      content: maintenance(after(72 * HOUR), 2, { title: 'Maintenance des serveurs (durée réduite)' }),
      now: later,
    });
    expect(fixed).toMatchObject({ title: 'Maintenance des serveurs (durée réduite)', endsAt: after(74 * HOUR), publishedAt: now });

    await expect(
      updateAnnouncement(handle.db, { actor: actors.manager, announcementId: planned.id, content: maintenance(after(70 * HOUR), 2), now: later }),
    ).rejects.toMatchObject({ message: SHORT_NOTICE_MESSAGE });
    const [stored] = await handle.db.select().from(announcements).where(eq(announcements.id, planned.id));
    expect(stored).toMatchObject({ startsAt: after(72 * HOUR), endsAt: after(74 * HOUR) });
  });

  // An id that is not one is refused by the form's schema: lib/validation/announcements.test.ts.
  it('an unknown announcement is not found', async () => {
    await expect(
      updateAnnouncement(handle.db, {
        actor: actors.manager,
        announcementId: '00000000-0000-4000-8000-000000000000',
        content: maintenance(after(72 * HOUR)),
        now,
      }),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('what clients read', () => {
  it('the demo data announces each kind, a version dated in advance among them', async () => {
    const { announcements: all } = await listAnnouncements(handle.db, { actor: actors.manager });
    expect(new Set(all.map((a) => a.kind))).toEqual(new Set(['release', 'patch', 'planned_maintenance', 'emergency_maintenance', 'document']));
    const release = all.find((a) => a.version === '5.2' && a.kind === 'release');
    expect(release?.startsAt!.getTime()).toBeGreaterThan(release!.publishedAt.getTime());
    // The demo keeps the rules it shows: complete for its kind, planned maintenance announced 48 h ahead.
    for (const announcement of all) {
      expect(announcementIssues(announcement)).toEqual([]);
      if (announcement.kind === 'planned_maintenance') expect(maintenanceNotice(announcement.startsAt!, announcement.publishedAt).ok).toBe(true);
    }
  });

  it('every announcement for all modules, and those of the modules of their own contract only', async () => {
    const reunion = await organizationId(handle.db, 'Mairie de Saint-Denis-Exemple');
    await handle.db
      .update(contracts)
      .set({ modules: ['État civil', 'Élections', 'COMEDEC'] })
      .where(eq(contracts.organizationId, reunion));
    const cemeteries = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: content({ kind: 'document', title: 'Guide des reprises de concessions', body: 'Le guide.', module: 'Cimetières' }),
      files: await checkedFiles(['guide-reprises.txt', 'Reprises']),
      now,
    });
    const forEveryone = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: content({ kind: 'document', title: 'Guide général', body: 'Pour tous.' }),
      now,
    });

    const metropole = await listAnnouncements(handle.db, { actor: actors.agent });
    const overseas = await listAnnouncements(handle.db, { actor: actors.reunionAgent });
    expect(metropole.timeZone).toBe('Europe/Paris');
    expect(overseas.timeZone).toBe('Indian/Reunion');
    expect(metropole.announcements.map((a) => a.id)).toEqual(expect.arrayContaining([cemeteries.id, forEveryone.id]));
    expect(overseas.announcements.map((a) => a.id)).toContain(forEveryone.id);
    expect(overseas.announcements.map((a) => a.id)).not.toContain(cemeteries.id);

    const file = metropole.announcements.find((a) => a.id === cemeteries.id)!.files[0]!;
    await expect(getAnnouncementFile(handle.db, { actor: actors.reunionAgent, fileId: file.id })).rejects.toMatchObject({ kind: 'not_found' });
    expect((await getAnnouncementFile(handle.db, { actor: actors.agent, fileId: file.id })).fileName).toBe('guide-reprises.txt');
  });

  it('filters by kind', async () => {
    const { announcements: emergencies } = await listAnnouncements(handle.db, { actor: actors.agent, kind: 'emergency_maintenance' });
    expect(emergencies.length).toBeGreaterThan(0);
    expect(emergencies.every((a) => a.kind === 'emergency_maintenance')).toBe(true);
  });
});

describe('files', () => {
  it('are stored with the announcement and read back byte for byte, typed from their extension', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
    const release = content({ kind: 'release', title: 'Version 5.3', version: '5.3', body: 'Notes de version jointes.', startsAt: after(30 * 24 * HOUR) });
    const created = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: release,
      files: await checkedFiles(['Notes de version 5.3.pdf', pdf], ['changements-état-civil.txt', 'Éditions : nouvel aperçu.']),
      now,
    });
    const view = await getAnnouncement(handle.db, { actor: actors.technician, announcementId: created.id });
    expect(view.files.map(({ fileName, contentType, size }) => ({ fileName, contentType, size }))).toEqual([
      { fileName: 'Notes de version 5.3.pdf', contentType: 'application/pdf', size: pdf.byteLength },
      { fileName: 'changements-état-civil.txt', contentType: 'text/plain', size: text('Éditions : nouvel aperçu.').byteLength },
    ]);
    const read = await getAnnouncementFile(handle.db, { actor: actors.reunionAgent, fileId: view.files[0]!.id });
    expect(new Uint8Array(await new Response(read.content.body).arrayBuffer())).toEqual(pdf);
    expect(read.contentType).toBe('application/pdf');

    await updateAnnouncement(handle.db, {
      actor: actors.manager,
      announcementId: created.id,
      content: release,
      files: await checkedFiles(['guide.txt', 'Guide des reprises.']),
      now,
    });
    expect((await getAnnouncement(handle.db, { actor: actors.manager, announcementId: created.id })).files).toHaveLength(3);
  });

  // A set with a file that is not accepted is refused whole by the form's schema, before any
  // operation runs: lib/validation/announcements.test.ts.
  it('a file id that is not one, or unknown, is not found', async () => {
    await expect(getAnnouncementFile(handle.db, { actor: actors.agent, fileId: '../../etc/passwd' })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(getAnnouncementFile(handle.db, { actor: actors.agent, fileId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      kind: 'not_found',
    });
  });
});
