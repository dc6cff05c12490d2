// `npm run bench:queue` — the staff queues on a large table: first-page and deep-page latency
// of each tab, and the tab counts, on the schema's indexes. A throwaway database on
// DATABASE_URL's server when set, else PGlite. BENCH_TICKETS sets the size (200 000 by default).
import { performance } from 'node:perf_hooks';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { organizations, slaClocks, tickets } from '@/db/schema';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import type { KeysetCursor } from '@/lib/search-params/keyset-cursor';
import { QUEUE_TABS, type QueueTab } from '@/lib/support/queue-tabs';
import { countQueues, QUEUE_COUNT_LIMIT } from '@/lib/server/tickets/count-queues';
import { cursorInstant } from '@/lib/server/tickets/cursor-instant';
import { firstRunningClock, listQueue, queueConditions, runningClock } from '@/lib/server/tickets/list-queue';
import { createTestDatabase } from '@/test/database';
import { demoActors } from '@/test/fixtures';

const SIZE = Number(process.env.BENCH_TICKETS ?? 200_000);
const RUNS = 9;
const now = new Date('2026-03-10T12:00:00.000Z');

type Actors = Awaited<ReturnType<typeof demoActors>>;

/**
 * A support's history: mostly closed Demandes (their clocks stopped), a few thousand open ones
 * with a running clock due from three days ago to two days ahead, some waiting for the client
 * (clock paused), spread over 40 organizations and the three staff members; one in 250 is a
 * typed request (a restore or a software account, §7, §11) at the step its status implies.
 */
async function seed(db: Database, actors: Actors) {
  const extra = await db
    .insert(organizations)
    .values(Array.from({ length: 38 }, (_, i) => ({ name: `Commune de charge ${i + 1}` })))
    .returning({ id: organizations.id });
  const organizationIds = [actors.agent.organizationId, actors.reunionAgent.organizationId, ...extra.map((row) => row.id)];
  const staff = [actors.technician.id, actors.technician2.id, actors.manager.id];
  const calendar = JSON.stringify(DEFAULT_SUPPORT_CALENDAR);
  const at = now.toISOString();
  const batch = 50_000;
  for (let from = 1; from <= SIZE; from += batch) {
    const to = Math.min(SIZE, from + batch - 1);
    // g % 100: 0–4 registered, 5–8 in correction, 9–10 waiting for the client, 11–12 in charge, 13–14 resolved, the rest closed.
    await db.execute(sql`
      with t as (
        insert into tickets (reference, organization_id, requester_id, recorded_by_id, channel, module, subject, context,
                             reply_preference, status, qualification, severity, assignee_id, created_at, received_at, updated_at, type, request_step)
        select 'DEM-2026-Q' || lpad(g::text, 7, '0'),
               (${sql.raw(`array['${organizationIds.join("','")}']::uuid[]`)})[1 + (g * 7) % ${organizationIds.length}],
               ${actors.agent.id}, ${actors.agent.id},
               case when g % 3 = 0 then 'phone' else 'portal' end::ticket_channel,
               (array['Etat civil','Elections','COMEDEC','Cimetières'])[1 + g % 4],
               'Charge ' || g, 'Charge', 'electronic',
               case when g % 100 < 5 then 'registered' when g % 100 < 9 then 'in_correction' when g % 100 < 11 then 'waiting_client'
                    when g % 100 < 13 then 'in_charge' when g % 100 < 15 then 'resolved' else 'closed' end::ticket_status,
               case when g % 100 between 5 and 10 then 'anomaly' end::qualification_outcome,
               case when g % 100 between 5 and 6 then 'blocking' when g % 100 between 7 and 10 then 'major' end::severity,
               case when g % 100 >= 5 then (${sql.raw(`array['${staff.join("','")}']::uuid[]`)})[1 + g % 3] end,
               ${at}::timestamptz - make_interval(days => g % 700), ${at}::timestamptz - make_interval(days => g % 700), ${at}::timestamptz,
               case g % 250 when 0 then 'restore' when 1 then 'software_account' else 'standard' end::ticket_type,
               case when g % 250 > 1 then null when g % 100 < 5 or g % 100 between 11 and 12 then 'requested'
                    when g % 100 < 11 then 'planned' else 'done' end::request_step
        from generate_series(${from}::int, ${to}::int) g
        returning id, status, severity, substring(reference from 11)::int as g
      ),
      pickup as (
        insert into sla_clocks (ticket_id, kind, calendar, budget_ms, at_risk_ratio, started_at, due_at, at_risk_at, stopped_at, outcome)
        select id, 'pickup', ${calendar}::jsonb, 28800000, 0.75, ${at}::timestamptz,
               ${at}::timestamptz + make_interval(secs => (g::bigint * 7919) % 432000 - 259200),
               ${at}::timestamptz + make_interval(secs => (g::bigint * 7919) % 432000 - 259200 - 7200),
               case when status <> 'registered' then ${at}::timestamptz - interval '1 day' end,
               case when status <> 'registered' then 'met' end::clock_outcome
        from t
      )
      insert into sla_clocks (ticket_id, kind, calendar, budget_ms, at_risk_ratio, started_at, due_at, at_risk_at, paused_at, stopped_at, outcome)
      select id, case when severity = 'blocking' then 'actionPlan' else 'remedy' end::clock_kind, ${calendar}::jsonb, 43200000, 0.75,
             ${at}::timestamptz, ${at}::timestamptz + make_interval(secs => (g::bigint * 104729) % 864000 - 259200),
             ${at}::timestamptz + make_interval(secs => (g::bigint * 104729) % 864000 - 259200 - 10800),
             case when status = 'waiting_client' then ${at}::timestamptz - interval '1 hour' end,
             case when status not in ('in_correction', 'waiting_client') then ${at}::timestamptz - interval '2 hours' end,
             case when status not in ('in_correction', 'waiting_client') then 'met' end::clock_outcome
      from t where severity is not null or g % 100 >= 15 and g % 2 = 0`);
  }
  await db.execute(sql`analyze`);
}

/** A cursor 90 % of the way into a tab, as if someone had paged that far. */
async function deepCursor(db: Database, actors: Actors, tab: QueueTab): Promise<KeysetCursor | null> {
  const conditions = queueConditions(actors.technician, tab, {}, now);
  const counts = await countQueues(db, { actor: actors.technician, now, limit: Number.MAX_SAFE_INTEGER });
  const offset = Math.floor(counts[tab] * 0.9);
  const [withDeadline] = conditions.byDeadline
    ? await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(slaClocks)
        .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
        .where(and(runningClock, conditions.clock, conditions.ticket, firstRunningClock))
    : [{ n: 0 }];
  const inDeadlines = withDeadline?.n ?? 0;
  if (offset < inDeadlines) {
    const [row] = await db
      .select({ at: cursorInstant(slaClocks.dueAt), id: tickets.id })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .where(and(runningClock, conditions.clock, conditions.ticket, firstRunningClock))
      .orderBy(asc(slaClocks.dueAt), asc(slaClocks.ticketId))
      .offset(offset)
      .limit(1);
    return row ?? null;
  }
  const [row] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        conditions.ticket,
        conditions.byDeadline
          ? sql`not exists (select 1 from ${slaClocks} c where c.ticket_id = ${tickets.id} and c.stopped_at is null and c.paused_at is null)`
          : undefined,
      ),
    )
    .orderBy(asc(tickets.id))
    .offset(offset - inDeadlines)
    .limit(1);
  return row ? { at: null, id: row.id } : null;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  // A query this slow says enough in one run.
  if (performance.now() - start > 500) return performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

async function measure(db: Database, actors: Actors, quiet: string, label: string) {
  const counts = await countQueues(db, { actor: actors.technician, now, limit: Number.MAX_SAFE_INTEGER });
  console.log(`\n${label}`);
  console.log('file             | demandes | 1re page | page profonde | collectivité (2,5 %) | collectivité sans demande   (ms, médiane)');
  const cell = (ms: number, width: number) => ms.toFixed(1).padStart(width);
  for (const tab of QUEUE_TABS) {
    const actor = actors.technician;
    const deep = await deepCursor(db, actors, tab);
    const first = await median(() => listQueue(db, { actor, tab, now }));
    const far = deep ? await median(() => listQueue(db, { actor, tab, now, after: deep })) : NaN;
    const filtered = await median(() => listQueue(db, { actor, tab, now, filters: { organizationId: actors.reunionAgent.organizationId ?? undefined } }));
    const empty = await median(() => listQueue(db, { actor, tab, now, filters: { organizationId: quiet } }));
    console.log(`${tab.padEnd(16)} | ${String(counts[tab]).padStart(8)} | ${cell(first, 8)} | ${cell(far, 13)} | ${cell(filtered, 20)} | ${cell(empty, 25)}`);
  }
  const all = await median(() => countQueues(db, { actor: actors.technician, now }));
  console.log(`comptes des ${QUEUE_TABS.length} files (arrêtés à ${QUEUE_COUNT_LIMIT} + 1) : ${all.toFixed(2)} ms`);
}

async function main() {
  const handle = await createTestDatabase();
  try {
    const actors = await demoActors(handle.db);
    const start = performance.now();
    await seed(handle.db, actors);
    const [clocks] = await handle.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(slaClocks);
    console.log(`Base : ${handle.kind} — ${SIZE} demandes, ${clocks?.n ?? 0} délais, écrits en ${((performance.now() - start) / 1000).toFixed(1)} s`);
    // A new client that never filed a Demande: a filter that matches nothing.
    const [quiet] = await handle.db.insert(organizations).values({ name: 'Commune sans demande' }).returning({ id: organizations.id });
    if (!quiet) throw new Error('Organisation non créée');
    await handle.db.execute(sql`analyze`);
    await measure(handle.db, actors, quiet.id, 'Avec les index du schéma (dont sla_clocks_running_due_idx et tickets_open_idx)');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
