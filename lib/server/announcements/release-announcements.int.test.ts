import { describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { announcements, contracts, emailOutbox, notifications, users } from '@/db/schema';
import { RELEASE_IN_PAST_MESSAGE, announcementContentSchema, type AnnouncementContentInput } from '@/lib/validation/announcements';
import { organizationId } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createAnnouncement } from './create-announcement';
import { updateAnnouncement } from './update-announcement';

const HOUR = 3_600_000;
const now = new Date('2026-11-23T09:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms);

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

const content = (input: Partial<AnnouncementContentInput>) =>
  announcementContentSchema.parse({ kind: 'release', title: 'Version 6.0', version: '6.0', body: 'Notes de version.', ...input });

const counts = async () => ({ announcements: await handle.db.$count(announcements), notifications: await handle.db.$count(notifications) });

/** Who was told of the announcement, and how. */
async function toldOf(announcementId: string) {
  return handle.db
    .select({ email: users.email, type: notifications.type, title: notifications.title, body: notifications.body, link: notifications.link })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.link, `/annonces#annonce-${announcementId}`))
    .orderBy(users.email);
}

describe('§10.2: a new version is announced before its date', () => {
  it('refuses a release dated in the past, in French, and writes nothing', async () => {
    const before = await counts();
    await expect(createAnnouncement(handle.db, { actor: actors.manager, content: content({ startsAt: after(-HOUR) }), now })).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: { startsAt: RELEASE_IN_PAST_MESSAGE },
    });
    expect(await counts()).toEqual(before);
  });

  it('accepts a patch dated in the past, and tells no one of it', async () => {
    const before = await counts();
    const patch = await createAnnouncement(handle.db, {
      actor: actors.technician,
      content: content({ kind: 'patch', version: '5.1.6', startsAt: after(-HOUR) }),
      now,
    });
    expect(patch.startsAt).toEqual(after(-HOUR));
    expect(await counts()).toEqual({ announcements: before.announcements + 1, notifications: before.notifications });
  });

  it('a published release keeps its date once passed, but cannot be moved into the past', async () => {
    const release = await createAnnouncement(handle.db, { actor: actors.manager, content: content({ startsAt: after(2 * HOUR) }), now });
    const later = after(3 * HOUR);
    const corrected = await updateAnnouncement(handle.db, {
      actor: actors.manager,
      announcementId: release.id,
      content: content({ startsAt: after(2 * HOUR), body: 'Notes corrigées.' }),
      now: later,
    });
    expect(corrected.body).toBe('Notes corrigées.');
    await expect(
      updateAnnouncement(handle.db, { actor: actors.manager, announcementId: release.id, content: content({ startsAt: after(HOUR) }), now: later }),
    ).rejects.toMatchObject({ fieldErrors: { startsAt: RELEASE_IN_PAST_MESSAGE } });
  });
});

describe('publishing a release or a maintenance tells the users concerned', () => {
  it('a release of a module: the users of the organizations whose contract includes it, with "formation à prévoir"', async () => {
    const reunion = await organizationId(handle.db, 'Mairie de Saint-Denis-Exemple');
    await handle.db
      .update(contracts)
      .set({ modules: ['État civil', 'Élections', 'COMEDEC'] })
      .where(eq(contracts.organizationId, reunion));
    const release = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: content({ title: 'Cimetières 6.0', module: 'Cimetières', startsAt: new Date('2026-12-01T06:00:00Z'), trainingRequired: 'on' }),
      now,
    });
    expect(release.trainingRequired).toBe(true);
    const told = await toldOf(release.id);
    expect(told.map((row) => row.email)).toEqual(['admin@saint-exemple.demo', 'agent1@saint-exemple.demo', 'agent2@saint-exemple.demo']);
    expect(told[0]).toEqual({
      email: 'admin@saint-exemple.demo',
      type: 'announcement.release',
      title: 'Nouvelle version : Cimetières 6.0',
      body: 'Mise en service : mardi 1 décembre 2026 à 07:00. Formation à prévoir : cette version change la façon de travailler. Module Cimetières.',
      link: `/annonces#annonce-${release.id}`,
    });
    const emails = await handle.db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(like(emailOutbox.subject, '%Cimetières 6.0'));
    expect(emails).toHaveLength(3);
  });

  it('one for every module: every organization’s users, each in their zone, and no staff', async () => {
    const maintenance = await createAnnouncement(handle.db, {
      actor: actors.manager,
      content: content({ kind: 'planned_maintenance', title: 'Stockage', startsAt: after(72 * HOUR), endsAt: after(74 * HOUR) }),
      now,
    });
    const told = await toldOf(maintenance.id);
    expect(told.map((row) => row.email)).toEqual([
      'admin@reunion-exemple.demo',
      'admin@saint-exemple.demo',
      'agent1@reunion-exemple.demo',
      'agent1@saint-exemple.demo',
      'agent2@saint-exemple.demo',
    ]);
    expect(told.find((row) => row.email === 'agent1@reunion-exemple.demo')?.body).toBe(
      'Du jeudi 26 novembre 2026 à 13:00 (heure de La Réunion) au jeudi 26 novembre 2026 à 15:00 (heure de La Réunion).',
    );
    expect(new Set(told.map((row) => row.type))).toEqual(new Set(['announcement.planned_maintenance']));
  });
});
