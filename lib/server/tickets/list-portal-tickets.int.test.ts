import { beforeAll, describe, expect, it } from 'vitest';
import { desc, eq, sql } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { KeysetCursor } from '@/lib/search-params/keyset-cursor';
import { portalTicketFilters, portalTicketSearch } from '@/lib/search-params/portal-tickets';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createTicket } from './create-ticket';
import { listPortalTickets, PORTAL_PAGE_SIZE } from './list-portal-tickets';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

beforeAll(async () => {
  // More than two pages, many registered within the same millisecond, as a burst of calls would be.
  for (let i = 0; i < PORTAL_PAGE_SIZE * 2 + 5; i++) {
    await createTicket(handle.db, { actor: actors.agent, content: ticketContent({ subject: `Demande ${i}` }), now: paris(`2026-03-09T09:0${i % 3}`) });
  }
  // Microseconds apart inside each millisecond: a cursor rounded to the millisecond would skip some.
  await handle.db.execute(sql`update ${tickets} set created_at = created_at + make_interval(secs => random() / 1000)`);
});

async function everyId(): Promise<string[]> {
  const organizationId = actors.agent.organizationId as string;
  const rows = await handle.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(eq(tickets.organizationId, organizationId))
    .orderBy(desc(tickets.createdAt), desc(tickets.id));
  return rows.map((row) => row.id);
}

describe('the client’s list of Demandes', () => {
  it('pages by keyset to the microsecond: every Demande once, newest first', async () => {
    const seen: string[] = [];
    let after: KeysetCursor<string> | null = null;
    do {
      const page: Awaited<ReturnType<typeof listPortalTickets>> = await listPortalTickets(handle.db, actors.agent, after ? { after } : {});
      seen.push(...page.rows.map((row) => row.id));
      expect(page.hasMore).toBe(page.next !== null);
      after = page.next;
    } while (after);
    expect(seen).toEqual(await everyId());
  });

  it('reads the next page from the URL its link writes', async () => {
    const first = await listPortalTickets(handle.db, actors.agent, {});
    const href = portalTicketSearch.href('/demandes', { after: first.next ?? undefined });
    const search = portalTicketSearch.parse(new URL(href, 'http://guichet.test').searchParams);
    const second = await listPortalTickets(handle.db, actors.agent, portalTicketFilters(search, 'Europe/Paris'));
    expect(second.rows.map((row) => row.id)).toEqual((await everyId()).slice(PORTAL_PAGE_SIZE, PORTAL_PAGE_SIZE * 2));
  });

  // issue 10: these answered 500.
  it.each([
    '/demandes?apres=2026-01-01T00:00:00Z_x',
    '/demandes?du=0001-01-01',
    '/demandes?au=9999-99-99',
    '/demandes?q=%00',
    `/demandes?apres=${Buffer.from(JSON.stringify(['9999-99-99T99:99:99.000000Z', '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70'])).toString('base64url')}`,
  ])('%s lists the first page, unfiltered', async (url) => {
    const search = portalTicketSearch.parse(new URL(url, 'http://guichet.test').searchParams);
    const page = await listPortalTickets(handle.db, actors.agent, portalTicketFilters(search, 'Europe/Paris'));
    expect(page.rows.map((row) => row.id)).toEqual((await everyId()).slice(0, PORTAL_PAGE_SIZE));
  });

  it('never hands PostgreSQL what it would refuse, whoever the caller', async () => {
    const page = await listPortalTickets(handle.db, actors.agent, {
      q: '\u0000',
      status: ['nonsense' as never],
      from: new Date('0001-01-01T00:00:00Z'),
      to: new Date(Number.NaN),
      after: { at: '9999-99-99T99:99:99.000000Z', id: 'x' },
    });
    expect(page.total).toBe((await everyId()).length);
  });
});
