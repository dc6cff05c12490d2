import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { notifications, slaClocks, ticketEvents, tickets } from '@/db/schema';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { openDatabase } from '@/db/client';
import { usesServerDatabase } from '@/test/database';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { sweepAllClocks, sweepClocks } from './sweep-clocks';

const CLOCKS = 1_000;
// Integration tests run on DATABASE_URL's server when set (test/database.ts), else in memory.
const serverDatabase = usesServerDatabase();
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const now = new Date('2026-03-10T12:00:00Z');

/** `n` Demandes assigned to technicien1, each with a pickup clock past due at `now`. */
async function pastDueClocks(n: number, label: string): Promise<string[]> {
  const created = new Date(now.getTime() - 3 * 24 * 3_600_000);
  const rows = await handle.db
    .insert(tickets)
    .values(
      Array.from({ length: n }, (_, i) => ({
        reference: `DEM-2026-${label}${String(i).padStart(6, '0')}`,
        organizationId: actors.agent.organizationId!,
        requesterId: actors.agent.id,
        recordedById: actors.agent.id,
        channel: 'portal' as const,
        module: 'État civil',
        subject: `Demande ${i}`,
        context: 'Contexte de test',
        replyPreference: 'electronic' as const,
        status: 'registered' as const,
        assigneeId: actors.technician.id,
        createdAt: created,
        receivedAt: created,
        updatedAt: created,
      })),
    )
    .returning({ id: tickets.id });
  await handle.db.insert(slaClocks).values(
    rows.map((row, i) => ({
      ticketId: row.id,
      kind: 'pickup' as const,
      calendar: DEFAULT_SUPPORT_CALENDAR,
      budgetMs: 8 * 3_600_000,
      atRiskRatio: 0.75,
      startedAt: created,
      atRiskAt: new Date(now.getTime() - 2 * 3_600_000 - i),
      dueAt: new Date(now.getTime() - 3_600_000 - i),
    })),
  );
  return rows.map((row) => row.id);
}

async function notificationsPerClock(ticketIds: string[], type: string) {
  return handle.db
    .select({ ticketId: notifications.ticketId, userId: notifications.userId, n: count() })
    .from(notifications)
    .where(and(eq(notifications.type, type), sql`${notifications.ticketId} in ${ticketIds}`))
    .groupBy(notifications.ticketId, notifications.userId);
}

/** Transactions other sessions hold open on this test's database. */
async function openTransactionsOfOthers(): Promise<number> {
  const [row] = await handle.db
    .select({ n: count() })
    .from(sql`pg_stat_activity`)
    .where(sql`datname = current_database() and xact_start is not null and pid <> pg_backend_pid()`);
  return row?.n ?? 0;
}

describe('the deadline sweeper', () => {
  it('gives exactly one at-risk and one breach notification per clock and recipient with two sweepers at once', async () => {
    const ids = await pastDueClocks(CLOCKS, '9');
    // On a server, the second sweeper has its own connection pool, as a second process would;
    // the embedded database has one connection, where the two interleave transaction by transaction.
    const other = handle.url ? await openDatabase({ url: handle.url }) : handle;
    const [a, b] = await Promise.all([sweepAllClocks(handle.db, { now, batchSize: 100 }), sweepAllClocks(other.db, { now, batchSize: 100 })]);
    if (other !== handle) await other.close();
    expect(a.atRisk + b.atRisk).toBe(CLOCKS);
    expect(a.breached + b.breached).toBe(CLOCKS);

    for (const type of ['clock_at_risk', 'clock_breached']) {
      const rows = await notificationsPerClock(ids, type);
      // The assignee and the one active manager, once each, for every clock.
      expect(rows).toHaveLength(CLOCKS * 2);
      expect(rows.every((row) => row.n === 1)).toBe(true);
      expect(new Set(rows.map((row) => row.userId))).toEqual(new Set([actors.technician.id, actors.manager.id]));
    }
    const [flagged] = await handle.db
      .select({ n: count() })
      .from(slaClocks)
      .where(and(isNotNull(slaClocks.breachFlaggedAt), sql`${slaClocks.ticketId} in ${ids}`));
    expect(flagged?.n).toBe(CLOCKS);

    // Sweeping again finds nothing: each transition is announced once.
    expect(await sweepAllClocks(handle.db, { now })).toEqual({ atRisk: 0, breached: 0 });
  });

  it('a sweeper killed mid-batch loses nothing: its batch rolls back and the next sweeper flags it once', async () => {
    const ids = await pastDueClocks(50, '8');
    let processed = 0;
    await expect(
      sweepClocks(handle.db, 'breached', {
        now,
        batchSize: 50,
        afterEach: () => {
          processed += 1;
          if (processed === 25) throw new Error('processus tué');
        },
      }),
    ).rejects.toThrow('processus tué');
    expect(await notificationsPerClock(ids, 'clock_breached')).toHaveLength(0);

    await sweepAllClocks(handle.db, { now });
    const rows = await notificationsPerClock(ids, 'clock_breached');
    expect(rows).toHaveLength(50 * 2);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const events = await handle.db
      .select({ n: count() })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.type, 'clock_breached'), sql`${ticketEvents.ticketId} in ${ids}`));
    expect(events[0]?.n).toBe(50);
  });

  // A real kill needs a database two processes share: the PostgreSQL server (CI always has it).
  it.runIf(serverDatabase)(
    'a sweeper process killed with SIGKILL mid-batch loses nothing',
    async () => {
      const ids = await pastDueClocks(20, '6');
      const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'test/sweep-slowly.ts', handle.url!, now.toISOString()], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Kill it once it has flagged a few clocks inside its open transaction.
      await new Promise<void>((resolve, reject) => {
        let flagged = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          flagged += chunk.toString().split('flagged').length - 1;
          if (flagged >= 3) resolve();
        });
        child.on('exit', (code) => reject(new Error(`the sweeper ended on its own (${code})`)));
      });
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // The server notices the dead client on its own time: until then its rows stay locked (and skipped).
      for (let waited = 0; (await openTransactionsOfOthers()) > 0 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));

      // Its transaction died with it: nothing of that batch was announced.
      expect(await notificationsPerClock(ids, 'clock_breached')).toHaveLength(0);
      await sweepAllClocks(handle.db, { now });
      const rows = await notificationsPerClock(ids, 'clock_breached');
      expect(rows).toHaveLength(20 * 2);
      expect(rows.every((row) => row.n === 1)).toBe(true);
    },
    60_000,
  );

  it('leaves paused, stopped and not-yet-due clocks alone', async () => {
    const [paused, stopped, future] = await pastDueClocks(3, '7');
    await handle.db.update(slaClocks).set({ pausedAt: now }).where(eq(slaClocks.ticketId, paused!));
    await handle.db.update(slaClocks).set({ stoppedAt: now, outcome: 'breached' }).where(eq(slaClocks.ticketId, stopped!));
    await handle.db
      .update(slaClocks)
      .set({ atRiskAt: new Date(now.getTime() + 1), dueAt: new Date(now.getTime() + 2) })
      .where(eq(slaClocks.ticketId, future!));
    expect(await sweepAllClocks(handle.db, { now })).toEqual({ atRisk: 0, breached: 0 });
  });
});
