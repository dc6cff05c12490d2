import { asc, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { usageCounters } from '@/db/schema';
import { isRoutePattern, routePatternOf } from '@/lib/reports/route-patterns';
import { DEMANDE_ORIGINS, FAQ_SEARCH_OUTCOMES } from '@/lib/reports/usage';
import { ServiceError } from '@/lib/server/service-error';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { countUsage } from './count-usage';
import { getUsageFigures } from './get-usage-figures';

// §17: usage figures counted without any personal data.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

const FIXED_WORDS = new Set<string>([...FAQ_SEARCH_OUTCOMES, ...DEMANDE_ORIGINS]);

describe('usage counters (§17)', () => {
  it('adds one per event and per day, in one row per day, metric and key', async () => {
    const monday = paris('2026-03-09T10:00');
    const visited = [
      '/demandes/DEM-2026-000123',
      '/demandes/DEM-2026-000124',
      '/faq/mot-de-passe',
      '/console/organisations/0b9f7c2e-8d4a-4f4e-9a52-1f1f2a3b4c5d',
    ];
    for (const path of visited) {
      const pattern = routePatternOf(path);
      if (pattern) await countUsage(handle.db, { metric: 'page_view', key: pattern }, monday);
    }
    await countUsage(handle.db, { metric: 'faq_search', key: 'without_result' }, monday);
    await countUsage(handle.db, { metric: 'faq_search', key: 'with_result' }, monday);
    await countUsage(handle.db, { metric: 'portal_demande', key: 'after_search_without_result' }, monday);
    // 23:30 UTC on Monday is Tuesday in Paris.
    await countUsage(handle.db, { metric: 'faq_search', key: 'without_result' }, new Date('2026-03-09T23:30:00Z'));

    const rows = await handle.db.select().from(usageCounters).orderBy(asc(usageCounters.day), asc(usageCounters.metric), asc(usageCounters.key));
    expect(rows).toEqual([
      { day: '2026-03-09', metric: 'faq_search', key: 'with_result', count: 1 },
      { day: '2026-03-09', metric: 'faq_search', key: 'without_result', count: 1 },
      { day: '2026-03-09', metric: 'page_view', key: '/console/organisations/[id]', count: 1 },
      { day: '2026-03-09', metric: 'page_view', key: '/demandes/[reference]', count: 2 },
      { day: '2026-03-09', metric: 'page_view', key: '/faq/[slug]', count: 1 },
      { day: '2026-03-09', metric: 'portal_demande', key: 'after_search_without_result', count: 1 },
      { day: '2026-03-10', metric: 'faq_search', key: 'without_result', count: 1 },
    ]);
  });

  it('stores a day, a metric, a key from a closed list and a count — nothing that could name anyone', async () => {
    const result: unknown = await handle.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'usage_counters' order by ordinal_position`,
    );
    // postgres.js returns the rows, PGlite an object holding them.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ column_name: string }>;
    const names = rows.map((row) => row.column_name);
    expect(names).toEqual(['day', 'metric', 'key', 'count']);
    for (const row of await handle.db.select().from(usageCounters)) {
      expect(isRoutePattern(row.key) || FIXED_WORDS.has(row.key)).toBe(true);
      expect(row.key).not.toMatch(/@|DEM-\d{4}|[0-9a-f]{8}-[0-9a-f]{4}-/i);
    }
  });

  it('gives managers the figures of a range, Demandes per module and channel from the Demandes', async () => {
    await createTicket(handle.db, { actor: actors.agent, content: ticketContent({ module: 'Élections' }), now: paris('2026-03-09T11:00') });
    await createTicket(handle.db, {
      actor: actors.technician,
      content: ticketContent({ module: 'Élections', replyPreference: 'callback', callbackPhone: '01 23 45 67 89' }),
      phone: { organizationId: actors.agent.organizationId!, requesterId: actors.agent.id },
      now: paris('2026-03-10T11:00'),
    });
    const { figures, counters } = await getUsageFigures(handle.db, {
      actor: actors.manager,
      search: { from: '2026-03-09', to: '2026-03-10' },
      now: paris('2026-03-20T12:00'),
    });
    expect(counters).toHaveLength(7);
    expect(figures.pageViews[0]).toEqual({ pattern: '/demandes/[reference]', count: 2 });
    expect(figures.days.map((day) => [day.day, day.pageViews, day.faqSearches.without_result])).toEqual([
      ['2026-03-09', 4, 1],
      ['2026-03-10', 0, 1],
    ]);
    expect(figures.demandesByModule).toEqual([{ module: 'Élections', byChannel: { portal: 1, phone: 1 }, total: 2 }]);
  });

  it('is for managers only', async () => {
    await expect(getUsageFigures(handle.db, { actor: actors.technician, search: {} })).rejects.toBeInstanceOf(ServiceError);
    await expect(getUsageFigures(handle.db, { actor: actors.clientAdmin, search: {} })).rejects.toBeInstanceOf(ServiceError);
  });
});
