import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { slaClocks, tickets, type Ticket } from '@/db/schema';
import { availableRestorePoints } from '@/lib/backups';
import { restoreRequestSchema, softwareAccountRequestSchema } from '@/lib/validation/requests';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { toClock } from '@/lib/server/sla/clock-rows';
import { availableActions } from '@/lib/server/tickets/available-actions';
import { cancelTicket } from '@/lib/server/tickets/cancel-ticket';
import { countQueues } from '@/lib/server/tickets/count-queues';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { listQueue } from '@/lib/server/tickets/list-queue';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { advanceRequest } from './advance-request';
import { fileRestoreRequest } from './file-restore-request';
import { fileSoftwareAccountRequest } from './file-software-account-request';

// The console's queue "Restaurations et comptes" (§7, §11) and what the Demande's page offers staff.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const admin = () => ({ ...actors.clientAdmin, email: 'admin@saint-exemple.demo' });
const technician = () => ({ ...actors.technician, email: 'technicien1@guichet.demo' });
const filedAt = paris('2026-03-31T10:00');
const now = paris('2026-03-31T16:00');

const restoreForm = () =>
  restoreRequestSchema.parse({
    pointTakenAt: availableRestorePoints(filedAt, { timeZone: 'Europe/Paris' })[1]!.takenAt.toISOString(),
    scope: 'État civil',
    reason: 'Une mauvaise manipulation a supprimé des actes.',
    acknowledgedLoss: 'on',
  });
const accountForm = (personName: string) =>
  softwareAccountRequestSchema.parse({
    action: 'create',
    personName,
    personEmail: 'personne@saint-exemple.fr',
    personRole: 'Officier d’état civil',
    modules: ['État civil'],
  });

/** One typed request at each step, a cancelled one, and an ordinary Demande. */
const filed: Record<'requested' | 'planned' | 'done' | 'refused' | 'cancelled' | 'account' | 'standard', Ticket> = {} as never;

beforeAll(async () => {
  const restore = async () => (await fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(), now: filedAt })).ticket;
  filed.requested = await restore();
  filed.planned = await restore();
  filed.done = await restore();
  filed.refused = await restore();
  filed.cancelled = await restore();
  filed.account = (await fileSoftwareAccountRequest(handle.db, { actor: admin(), form: accountForm('Jeanne Martin'), now: filedAt })).ticket;
  filed.standard = (await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: filedAt })).ticket;

  for (const ticket of [filed.planned, filed.done, filed.refused, filed.account]) {
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-31T11:00') });
  }
  const step = (ticket: Ticket, value: Parameters<typeof advanceRequest>[1]['step']) =>
    advanceRequest(handle.db, { actor: technician(), ticketId: ticket.id, step: value, now: paris('2026-03-31T12:00') });
  await step(filed.planned, { step: 'plan', plannedFor: paris('2026-04-01T20:00') });
  await step(filed.done, { step: 'complete', result: 'Restauré, vérifié avec la mairie.' });
  await step(filed.refused, { step: 'refuse', reason: 'Le module n’a pas changé depuis ce point.' });
  await cancelTicket(handle.db, { actor: actors.clientAdmin, ticketId: filed.cancelled.id, now: paris('2026-03-31T10:30') });
});

describe('the queue "Restaurations et comptes"', () => {
  it('holds the typed requests still to plan or to carry out, and counts them like the other queues', async () => {
    const page = await listQueue(handle.db, { actor: actors.technician, tab: 'typed_requests', now });
    expect(page.rows.map((row) => row.id).sort()).toEqual([filed.requested.id, filed.planned.id, filed.account.id].sort());
    const planned = page.rows.find((row) => row.id === filed.planned.id);
    expect(planned).toMatchObject({ type: 'restore', requestStep: 'planned', requestPlannedFor: paris('2026-04-01T20:00') });
    // The one not taken in charge comes first, at its pickup deadline.
    expect(page.rows[0]?.id).toBe(filed.requested.id);

    const counts = await countQueues(handle.db, { actor: actors.technician, now });
    expect(counts.typed_requests).toBe(3);
    expect(await countQueues(handle.db, { actor: actors.manager, now, filters: { type: 'software_account' } })).toMatchObject({ typed_requests: 1 });
  });

  it('stops counting at the limit, as every queue does', async () => {
    expect((await countQueues(handle.db, { actor: actors.technician, now, limit: 1 })).typed_requests).toBe(2);
  });

  it('is only for the support', async () => {
    await expect(listQueue(handle.db, { actor: actors.clientAdmin, tab: 'typed_requests', now })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('the "Type" filter', () => {
  it('narrows any queue to ordinary Demandes, restores or software accounts', async () => {
    const ids = async (type: 'standard' | 'restore' | 'software_account') =>
      (await listQueue(handle.db, { actor: actors.technician, tab: 'all', filters: { type }, now })).rows.map((row) => row.id).sort();
    expect(await ids('standard')).toEqual([filed.standard.id]);
    expect(await ids('software_account')).toEqual([filed.account.id]);
    expect(await ids('restore')).toHaveLength(5);
    const awaiting = await listQueue(handle.db, { actor: actors.technician, tab: 'awaiting_pickup', filters: { type: 'restore' }, now });
    expect(awaiting.rows.map((row) => row.id)).toEqual([filed.requested.id]);
  });
});

describe('what the console offers on a typed request', () => {
  async function offer(ticket: Ticket, actor = actors.technician) {
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    const clocks = (await handle.db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticket.id))).map(toClock);
    return availableActions(actor, row!, clocks, 'Europe/Paris', now);
  }

  it('its own steps, never the qualification, the action plan, the remedy or the resolution of an ordinary Demande', async () => {
    const actions = await offer(filed.planned);
    for (const action of ['plan_request', 'complete_request', 'refuse_request', 'comment', 'request_information'] as const) expect(actions).toContain(action);
    for (const action of ['start_qualification', 'qualify', 'requalify', 'deliver_action_plan', 'deliver_remedy', 'resolve'] as const)
      expect(actions).not.toContain(action);
  });

  it('the pickup first, then the steps; nothing but closing or reopening once done', async () => {
    const requested = await offer(filed.requested);
    expect(requested).toContain('take_in_charge');
    expect(requested).not.toContain('plan_request');
    const done = await offer(filed.done);
    expect([...done].filter((action) => action.endsWith('_request'))).toEqual([]);
    expect(done).toContain('reopen');
  });

  it('an ordinary Demande never gets the typed steps', async () => {
    await takeTicket(handle.db, { actor: actors.technician, ticketId: filed.standard.id, now: paris('2026-03-31T13:00') });
    const actions = await offer(filed.standard);
    expect(actions).toContain('qualify');
    expect([...actions].filter((action) => action.endsWith('_request'))).toEqual([]);
  });
});
