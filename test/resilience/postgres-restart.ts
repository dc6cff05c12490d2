import postgres from 'postgres';
import type { Cluster } from './cluster';
import { actions, CLIENTS, confirmedReference, signInMany, ticketFields } from './demo';
import { seedDatabase, startInstance } from './guichet';
import { sleep, waitFor } from './processes';
import type { Report } from './report';

const CLIENT_COUNT = 10;
const RECOVERY_MS = 30_000;
const STEADY_MS = 10_000;

/**
 * Ten clients file Demandes without pause against one production server while PostgreSQL is
 * crashed (every backend killed, WAL recovery on start) and later restarted cleanly. The server is
 * never restarted: it must serve again on its own, and every Demande it confirmed (its answer
 * redirected to the confirmation page with the reference) must be in the database afterwards.
 */
export async function postgresRestart({ cluster, logDir, report }: { cluster: Cluster; logDir: string; report: Report }) {
  report.begin('PostgreSQL redémarré pendant des créations de Demandes');
  const databaseUrl = cluster.createDatabase('resilience_restart');
  await seedDatabase({ databaseUrl, logDir });
  const app = await startInstance('restart-app', { databaseUrl, logDir, worker: true });
  const { createTicket } = actions();
  const visitors = await signInMany(app.url, CLIENTS, CLIENT_COUNT);

  const confirmed = new Set<string>();
  const failures = new Map<string, number>();
  const requests: Array<{ client: number; start: number; end: number; ok: boolean }> = [];
  let running = true;
  const clients = visitors.map(async (visitor, client) => {
    for (let n = 0; running; n++) {
      const start = Date.now();
      let failure: string | undefined;
      try {
        const outcome = await visitor.action('/demandes/nouvelle', createTicket, ticketFields(`redémarrage-${client}-${n}`));
        const reference = outcome.kind === 'redirect' ? confirmedReference(outcome.location) : undefined;
        if (reference) confirmed.add(reference);
        else failure = outcome.kind === 'failure' ? `HTTP ${outcome.status}` : `${outcome.kind} ${outcome.status}`;
      } catch (error) {
        failure = error instanceof Error ? error.name : 'erreur';
      }
      requests.push({ client, start, end: Date.now(), ok: !failure });
      if (failure) failures.set(failure, (failures.get(failure) ?? 0) + 1);
      // A person does not resubmit the very same instant.
      await sleep(100);
    }
  });

  await sleep(4_000);
  cluster.crash();
  report.fault(`PostgreSQL arrêté brutalement (pg_ctl stop -m immediate) après ${confirmed.size} Demandes confirmées, redémarré 3 s plus tard`);
  await sleep(3_000);
  cluster.start();
  await sleep(4_000);
  cluster.restart();
  report.fault('PostgreSQL redémarré proprement (pg_ctl restart -m fast) en pleine charge');
  const back = Date.now();
  // Recovered when every client has had a Demande confirmed that it sent after PostgreSQL came back.
  const recoveredClients = () => new Set(requests.filter((request) => request.ok && request.start >= back).map((request) => request.client)).size;
  let recoveredAt: number | undefined;
  try {
    await waitFor('chaque client de nouveau servi', () => recoveredClients() === CLIENT_COUNT, { timeoutMs: RECOVERY_MS, everyMs: 100 });
    recoveredAt = Date.now();
  } catch {
    // Reported below.
  }
  await sleep(STEADY_MS);
  running = false;
  await Promise.all(clients);

  const stillRunning = app.child.exitCode === null && app.child.signalCode === null;
  report.check(
    `le serveur sert de nouveau chaque client dans les ${RECOVERY_MS / 1000} s qui suivent le retour de PostgreSQL, sans être lui-même redémarré`,
    recoveredAt !== undefined && stillRunning,
    recoveredAt !== undefined
      ? `tous servis ${((recoveredAt - back) / 1000).toFixed(1)} s après le retour`
      : `${recoveredClients()} clients sur ${CLIENT_COUNT} servis`,
  );
  const steady = requests.filter((request) => recoveredAt !== undefined && request.start >= recoveredAt);
  const steadyFailures = steady.filter((request) => !request.ok).length;
  report.check(
    `ensuite, plus aucune erreur (${STEADY_MS / 1000} s de charge)`,
    recoveredAt !== undefined && steady.length > 0 && steadyFailures === 0,
    `${steady.length} envois, ${steadyFailures} en échec, le plus long ${Math.max(0, ...steady.map((request) => request.end - request.start))} ms`,
  );

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<Array<{ reference: string }>>`select reference from tickets where subject like 'Essai de résilience redémarrage-%'`;
    const stored = new Set(rows.map((row) => row.reference));
    const lost = [...confirmed].filter((reference) => !stored.has(reference));
    report.check(
      'chaque Demande confirmée existe dans la base',
      confirmed.size > 0 && lost.length === 0,
      `${confirmed.size} confirmées, ${lost.length} perdues${lost.length ? ` (${lost.slice(0, 5).join(', ')})` : ''}`,
    );
    const failed = [...failures].map(([kind, n]) => `${n} × ${kind}`).join(', ') || 'aucun';
    report.figure(
      `redémarrages de PostgreSQL : ${requests.length} envois, ${confirmed.size} confirmés, échecs pendant les pannes : ${failed} ; ` +
        `${stored.size - confirmed.size} Demandes enregistrées sans que leur confirmation parvienne au client`,
    );
  } finally {
    await sql.end({ timeout: 5 });
    await app.stop();
  }
}
