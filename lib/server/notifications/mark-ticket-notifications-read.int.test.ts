import { describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { countUnreadNotifications, hasUnreadTicketNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';
import { notify } from './notify';

// Issue 16: opening a Demande reads its notifications, for that user only; nothing else is touched.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const now = paris('2026-03-09T10:00');

describe('reading the notifications of a Demande', () => {
  it('marks the opener’s unread notifications of that Demande, once, and leaves the others', async () => {
    const { ticket: first } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent({ subject: 'Première' }), now });
    const { ticket: second } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent({ subject: 'Seconde' }), now });
    const about = (ticketId: string) => ({ ticketId, type: 'test', title: 'Titre', body: 'Corps', at: now });
    await notify(handle.db, { ...about(first.id), recipientIds: [actors.agent.id, actors.agent2.id] });
    await notify(handle.db, { ...about(first.id), recipientIds: [actors.agent.id] });
    await notify(handle.db, { ...about(second.id), recipientIds: [actors.agent.id] });
    const before = await countUnreadNotifications(handle.db, actors.agent.id);

    expect(await hasUnreadTicketNotifications(handle.db, { userId: actors.agent.id, ticketId: first.id })).toBe(true);
    // The two above, and the acknowledgment of its filing if the requester was told one.
    const marked = await markNotificationsRead(handle.db, { actor: actors.agent, ticketId: first.id, now });
    expect(marked).toBeGreaterThanOrEqual(2);
    expect(await hasUnreadTicketNotifications(handle.db, { userId: actors.agent.id, ticketId: first.id })).toBe(false);
    expect(await countUnreadNotifications(handle.db, actors.agent.id)).toBe(before - marked);
    // Idempotent: opening it again marks nothing.
    expect(await markNotificationsRead(handle.db, { actor: actors.agent, ticketId: first.id, now })).toBe(0);
    // Another Demande of the same user, and the same Demande for a colleague, stay unread.
    expect(await hasUnreadTicketNotifications(handle.db, { userId: actors.agent.id, ticketId: second.id })).toBe(true);
    expect(await hasUnreadTicketNotifications(handle.db, { userId: actors.agent2.id, ticketId: first.id })).toBe(true);
  });
});
