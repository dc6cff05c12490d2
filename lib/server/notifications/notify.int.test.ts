import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { emailOutbox, notifications } from '@/db/schema';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { countUnreadNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';
import { notify } from './notify';
import { setEmailPreference } from './set-email-preference';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const now = new Date('2026-03-02T09:00:00Z');

const message = { ticketId: null, type: 'test', title: 'Titre', body: 'Corps', at: now, email: { link: { label: 'Voir', url: 'http://localhost/x' } } };

describe('notify', () => {
  it('writes the in-app notification always, and the email unless the user turned it off', async () => {
    await setEmailPreference(handle.db, { actor: actors.agent2, emailEnabled: false });
    await notify(handle.db, { ...message, recipientIds: [actors.agent.id, actors.agent2.id, actors.agent.id, null] });
    expect(await handle.db.$count(notifications, eq(notifications.type, 'test'))).toBe(2);
    const emails = await handle.db.select({ to: emailOutbox.toAddress }).from(emailOutbox);
    expect(emails).toEqual([{ to: 'agent1@saint-exemple.demo' }]);
  });

  it('marks only the actor’s own notifications read', async () => {
    expect(await countUnreadNotifications(handle.db, actors.agent.id)).toBe(1);
    expect(await markNotificationsRead(handle.db, { actor: actors.agent })).toBe(1);
    expect(await countUnreadNotifications(handle.db, actors.agent.id)).toBe(0);
    expect(await countUnreadNotifications(handle.db, actors.agent2.id)).toBe(1);
  });
});
