import { beforeAll, describe, expect, it } from 'vitest';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import type { KeysetCursor } from '@/lib/search-params/keyset-cursor';
import { UNASSIGNED, type QueueFilters } from '@/lib/search-params/queue';
import type { QueueTab } from '@/lib/support/queue-tabs';
import { organizationId, paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { cancelTicket } from './cancel-ticket';
import { countQueues } from './count-queues';
import { createTicket } from './create-ticket';
import { listQueue, type QueueRow } from './list-queue';
import { qualifyTicket } from './qualify-ticket';
import { requestInformation } from './request-information';
import { takeTicket } from './take-ticket';

const HOUR = 3_600_000;
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
let reunion: string;
const t: Record<string, string> = {};

// One Monday of the support centre (default hours 08:30–12:30, 13:30–17:30, Paris).
const MONDAY_1630 = paris('2026-03-09T16:30');
const TUESDAY_1030 = paris('2026-03-10T10:30');

/** Demandes with the same deadline come by id: their names in that order. */
const byId = (...names: string[]) => names.map((name) => t[name] as string).sort();
const tied = (...list: string[]) => byId(...list).map((id) => Object.keys(t).find((name) => t[name] === id));

beforeAll(async () => {
  reunion = await organizationId(handle.db, 'Mairie de Saint-Denis-Exemple');
  const saintExemple = actors.agent.organizationId as string;
  const file = async (name: string, at: string, options: { actor?: typeof actors.agent; phone?: boolean; module?: string } = {}) => {
    const { ticket } = await createTicket(handle.db, {
      actor: options.phone ? actors.technician : (options.actor ?? actors.agent),
      content: ticketContent({ subject: `Demande ${name}`, ...(options.module && { module: options.module }) }),
      ...(options.phone && { phone: { organizationId: saintExemple, requesterId: actors.agent2.id } }),
      now: paris(at),
    });
    t[name] = ticket.id;
    return ticket.id;
  };
  const { technician } = actors;
  await file('t1', '2026-03-09T08:30'); // pickup due Mon 17:30, at risk from 15:30
  await file('t2', '2026-03-09T09:00'); // due Tue 09:00, at risk from Mon 16:00
  await file('t3', '2026-03-09T10:00', { actor: actors.reunionAgent }); // due Tue 10:00, at risk from Mon 17:00
  const t4 = await file('t4', '2026-03-09T08:45');
  await takeTicket(handle.db, { actor: technician, ticketId: t4, now: paris('2026-03-09T09:30') });
  const t5 = await file('t5', '2026-03-09T08:40');
  await takeTicket(handle.db, { actor: technician, ticketId: t5, now: paris('2026-03-09T09:00') });
  // §14: a blocking anomaly owes its action plan within 12 business hours: due Tue 14:10, at risk Tue 10:10.
  await qualifyTicket(handle.db, {
    actor: technician,
    ticketId: t5,
    qualification: { outcome: 'anomaly', severity: 'blocking' },
    now: paris('2026-03-09T09:10'),
  });
  const t6 = await file('t6', '2026-03-09T08:50');
  await takeTicket(handle.db, { actor: technician, ticketId: t6, now: paris('2026-03-09T09:00') });
  await qualifyTicket(handle.db, { actor: technician, ticketId: t6, qualification: { outcome: 'anomaly', severity: 'major' }, now: paris('2026-03-09T09:05') });
  await requestInformation(handle.db, { actor: technician, ticketId: t6, question: 'Quel navigateur ?', now: paris('2026-03-09T09:20') });
  await file('t7', '2026-03-09T11:00', { phone: true, module: 'Élections' }); // due Tue 11:00, at risk Tue 09:00
  const t8 = await file('t8', '2026-03-09T08:55');
  await cancelTicket(handle.db, { actor: actors.agent, ticketId: t8, now: paris('2026-03-09T09:00') });
  // Two calls recorded the same instant: the same deadline (Tue 12:00, at risk Tue 10:00), ordered by id.
  await file('t9', '2026-03-09T12:00', { phone: true });
  await file('t10', '2026-03-09T12:00', { phone: true });
});

async function all(tab: QueueTab, filters: QueueFilters = {}, { now = MONDAY_1630, pageSize = 50, actor = actors.technician } = {}): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  let after: KeysetCursor | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listQueue(handle.db, { actor, tab, filters, after, now, pageSize });
    rows.push(...page.rows);
    if (!page.next) return rows;
    after = page.next;
  }
  throw new Error('Pagination sans fin');
}

const ids = (rows: QueueRow[]) => rows.map((row) => row.id);
const names = (rows: QueueRow[]) => rows.map((row) => Object.keys(t).find((name) => t[name] === row.id));

describe('the queues (/console/demandes)', () => {
  it('orders by the next deadline (the running, unpaused clock’s dueAt), ties by id, then the Demandes without one', async () => {
    const rows = await all('all');
    const [t9, t10] = byId('t9', 't10');
    const [u, v, w] = byId('t4', 't6', 't8');
    expect(ids(rows)).toEqual([t.t1, t.t2, t.t3, t.t7, t9, t10, t.t5, u, v, w]);
    const deadlines = rows.flatMap((row) => (row.clock && row.clock.pausedAt === null ? [row.clock.dueAt.getTime()] : []));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(rows[0]?.clock?.dueAt).toEqual(addBusinessTime(DEFAULT_SUPPORT_CALENDAR, paris('2026-03-09T08:30'), 8 * HOUR));
    expect(rows.find((row) => row.id === t.t5)?.clock).toMatchObject({ kind: 'actionPlan', dueAt: paris('2026-03-10T14:10') });
  });

  it('shows each row’s organization, assignee and running clock; a Demande waiting for the client keeps its paused clock', async () => {
    const rows = await all('all');
    expect(rows.find((row) => row.id === t.t3)).toMatchObject({ organizationName: 'Mairie de Saint-Denis-Exemple', status: 'registered', assigneeName: null });
    expect(rows.find((row) => row.id === t.t4)).toMatchObject({ status: 'in_charge', assigneeName: 'Thomas Technicien', clock: null });
    expect(rows.find((row) => row.id === t.t6)).toMatchObject({ status: 'waiting_client', clock: { kind: 'remedy', pausedAt: paris('2026-03-09T09:20') } });
    expect(rows.find((row) => row.id === t.t8)).toMatchObject({ status: 'cancelled', clock: null });
  });

  it('puts each Demande in the queues it belongs to, judged against now', async () => {
    expect(names(await all('awaiting_pickup'))).toEqual(['t1', 't2', 't3', 't7', ...tied('t9', 't10')]);
    expect(names(await all('mine'))).toEqual(['t5', ...tied('t4', 't6')]);
    expect(await all('mine', {}, { actor: actors.technician2 })).toEqual([]);
    expect(names(await all('waiting_client'))).toEqual(['t6']);

    // Monday 16:30: t1 (at risk 15:30, due 17:30) and t2 (at risk 16:00) are at risk, nothing is late.
    expect(names(await all('at_risk'))).toEqual(['t1', 't2']);
    expect(await all('overdue')).toEqual([]);
    // Tuesday 10:30: three pickups are late; the calls and the action plan are at risk.
    const tuesday = { now: TUESDAY_1030 };
    expect(names(await all('overdue', {}, tuesday))).toEqual(['t1', 't2', 't3']);
    expect(ids(await all('at_risk', {}, tuesday))).toEqual([t.t7, ...byId('t9', 't10'), t.t5]);
  });

  it('counts each queue by the same rules, under the same filters', async () => {
    expect(await countQueues(handle.db, { actor: actors.technician, now: MONDAY_1630 })).toEqual({
      awaiting_pickup: 6,
      mine: 3,
      at_risk: 2,
      overdue: 0,
      waiting_client: 1,
      typed_requests: 0,
      all: 10,
    });
    expect(await countQueues(handle.db, { actor: actors.technician, now: TUESDAY_1030 })).toMatchObject({ at_risk: 4, overdue: 3 });
    // Past the limit a count stops one above it, so the page can say "more than".
    expect(await countQueues(handle.db, { actor: actors.technician, now: TUESDAY_1030, limit: 3 })).toEqual({
      awaiting_pickup: 4,
      mine: 3,
      at_risk: 4,
      overdue: 3,
      waiting_client: 1,
      typed_requests: 0,
      all: 4,
    });
    expect(await countQueues(handle.db, { actor: actors.technician, filters: { organizationId: reunion }, now: TUESDAY_1030 })).toEqual({
      awaiting_pickup: 1,
      mine: 0,
      at_risk: 0,
      overdue: 1,
      waiting_client: 0,
      typed_requests: 0,
      all: 1,
    });
  });

  it('filters by organization, module, severity, status, assignee and channel', async () => {
    expect(names(await all('all', { organizationId: reunion }))).toEqual(['t3']);
    expect(names(await all('awaiting_pickup', { organizationId: actors.agent.organizationId as string }))).not.toContain('t3');
    expect(names(await all('all', { module: 'Élections' }))).toEqual(['t7']);
    expect(names(await all('all', { severity: 'blocking' }))).toEqual(['t5']);
    expect(names(await all('all', { status: 'in_charge' }))).toEqual(['t4']);
    expect(await all('all', { status: 'waiting_client' })).toEqual(await all('waiting_client'));
    expect(await all('awaiting_pickup', { status: 'in_charge' })).toEqual([]);
    expect(await all('overdue', { status: 'waiting_client' }, { now: TUESDAY_1030 })).toEqual([]);
    expect(ids(await all('all', { assigneeId: actors.technician.id }))).toEqual([t.t5, ...byId('t4', 't6')]);
    expect(ids(await all('all', { assigneeId: UNASSIGNED }))).toEqual([t.t1, t.t2, t.t3, t.t7, ...byId('t9', 't10'), t.t8]);
    expect(ids(await all('all', { channel: 'phone' }))).toEqual([t.t7, ...byId('t9', 't10')]);
    expect(names(await all('at_risk', { channel: 'phone' }, { now: TUESDAY_1030 }))).toEqual(['t7', ...tied('t9', 't10')]);
  });

  it('pages by keyset: any page size gives the same rows, each once, across the deadline and no-deadline legs', async () => {
    const whole = ids(await all('all'));
    for (const pageSize of [1, 2, 3, 7]) expect(ids(await all('all', {}, { pageSize }))).toEqual(whole);
    const first = await listQueue(handle.db, { actor: actors.technician, tab: 'all', now: MONDAY_1630, pageSize: 6 });
    // The sixth row is the second of the two calls due Tuesday 12:00 Paris time.
    expect(first.next).toEqual({ at: '2026-03-10T11:00:00.000000Z', id: whole[5] });
  });

  it('stays stable while Demandes arrive: no row of the next pages is skipped or repeated', async () => {
    const before = ids(await all('awaiting_pickup'));
    const first = await listQueue(handle.db, { actor: actors.technician, tab: 'awaiting_pickup', now: MONDAY_1630, pageSize: 3 });
    expect(ids(first.rows)).toEqual(before.slice(0, 3));
    // A new Demande due before the cursor lands on page 1, not again on page 2; one due later shows up in its place.
    const early = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-09T08:35') });
    const late = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-09T15:00') });
    const rest: string[] = [];
    let after = first.next;
    while (after) {
      const page = await listQueue(handle.db, { actor: actors.technician, tab: 'awaiting_pickup', now: MONDAY_1630, pageSize: 3, after });
      rest.push(...ids(page.rows));
      after = page.next;
    }
    expect(rest).toEqual([...before.slice(3), late.ticket.id]);
    expect(rest).not.toContain(early.ticket.id);
  });

  it('never hands PostgreSQL a malformed cursor or filter: the queue starts over, the filter is dropped (issue 10)', async () => {
    const query = { actor: actors.technician, tab: 'all' as const, now: MONDAY_1630, pageSize: 3 };
    const first = ids((await listQueue(handle.db, query)).rows);
    for (const after of [
      { at: '9999-99-99T99:99:99Z', id: t.t1 as string },
      { at: '9999-99-99T99:99:99.000000Z', id: t.t1 as string },
      { at: "2026-03-10T11:00:00.000000Z'::timestamptz", id: t.t1 as string },
      { at: null, id: 'x' },
    ]) {
      expect(ids((await listQueue(handle.db, { ...query, after })).rows)).toEqual(first);
    }
    const malformed = { organizationId: 'x', assigneeId: 'y', module: '\u0000' };
    expect(ids(await all('all', malformed))).toEqual(ids(await all('all')));
    await expect(countQueues(handle.db, { actor: actors.technician, filters: malformed, now: MONDAY_1630 })).resolves.toMatchObject({
      all: expect.any(Number),
    });
  });

  it('is for the support only', async () => {
    await expect(listQueue(handle.db, { actor: actors.agent, tab: 'all' })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(countQueues(handle.db, { actor: actors.clientAdmin })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
