// `npm run bench:sweeper`: the idle cost of the deadline sweeper (nothing due) as the number of
// running clocks grows. On DATABASE_URL's server when set (a throwaway database), else PGlite.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { sweepAllClocks } from '@/lib/server/sla/sweep-clocks';
import { createTestDatabase } from '@/test/database';
import { demoActors } from '@/test/fixtures';

const SIZES = [0, 10_000, 100_000];
const RUNS = 200;

async function main() {
  const handle = await createTestDatabase();
  try {
    const { agent } = await demoActors(handle.db);
    const now = new Date('2026-03-10T12:00:00Z');
    const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
    let inserted = 0;
    console.log(`Base : ${handle.kind}`);
    console.log('horloges en cours | balayage à vide (ms, moyenne sur 200)');
    for (const size of SIZES) {
      const add = size - inserted;
      if (add > 0) {
        // Demandes and clocks due in the future: running, so indexed, but never picked.
        await handle.db.execute(sql`
          with t as (
            insert into tickets (reference, organization_id, requester_id, recorded_by_id, channel, module, subject, context,
                                 reply_preference, status, created_at, updated_at)
            select 'DEM-2026-B' || lpad((${inserted} + g)::text, 7, '0'), ${agent.organizationId}, ${agent.id}, ${agent.id}, 'portal',
                   'Etat civil', 'Charge', 'Charge', 'electronic', 'registered', ${at(0)}::timestamptz, ${at(0)}::timestamptz
            from generate_series(1, ${add}) g
            returning id
          )
          insert into sla_clocks (ticket_id, kind, calendar, budget_ms, at_risk_ratio, started_at, due_at, at_risk_at)
          select id, 'pickup', ${JSON.stringify(DEFAULT_SUPPORT_CALENDAR)}::jsonb, 28800000, 0.75, ${at(0)}::timestamptz,
                 ${at(86_400_000)}::timestamptz, ${at(3_600_000)}::timestamptz
          from t`);
        await handle.db.execute(sql`analyze sla_clocks`);
        inserted = size;
      }
      await sweepAllClocks(handle.db, { now });
      const start = performance.now();
      for (let i = 0; i < RUNS; i++) await sweepAllClocks(handle.db, { now });
      const mean = (performance.now() - start) / RUNS;
      console.log(`${String(size).padStart(17)} | ${mean.toFixed(3)}`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
