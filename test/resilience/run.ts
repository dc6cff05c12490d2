import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/build-if-needed';
import { startCluster, type Cluster } from './cluster';
import { load } from './load';
import { postgresRestart } from './postgres-restart';
import { stopAll } from './processes';
import { Report } from './report';
import { sweeperKilled } from './sweeper-killed';
import { twoInstances } from './two-instances';

/**
 * `npm run test:resilience`: faults injected into a real deployment — a PostgreSQL cluster of the
 * test's own, production servers (`next start`), workers and an SMTP server — then a load
 * measurement. Ends with what was injected, what held and the figures, the line
 * "N passed, N failed" (also written to test-results/resilience-summary.txt for .ci/run), and a
 * non-zero exit on any failure. Every process it starts is ended, whatever happens.
 */
const LOAD_SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 60);
// Well under CI's patience: a run stuck somewhere is ended, and counted as failed.
const WATCHDOG_MS = 9 * 60_000;

const report = new Report();
const startedAt = Date.now();
const logDir = mkdtempSync(path.join(tmpdir(), 'guichet-resilience-'));
let cluster: Cluster | undefined;

async function cleanUp() {
  await stopAll();
  cluster?.destroy();
}

function finish(code: number): never {
  report.print();
  const summary = `${report.passed} passed, ${report.failed} failed`;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(path.join('test-results', 'resilience-summary.txt'), `${summary}\n`);
  console.log(`Durée : ${Math.round((Date.now() - startedAt) / 1000)} s ; journaux des processus : ${code === 0 ? 'supprimés' : logDir}`);
  if (code === 0) rmSync(logDir, { recursive: true, force: true });
  console.log(`Résilience: ${summary}`);
  process.exit(code);
}

// Last resort, after an uncaught error: the cluster is stopped and its folder removed all the same.
process.on('exit', () => cluster?.destroy());
// Ctrl-C (which also reaches this process relayed by tsx), a kill, or the watchdog: clean up once.
let aborting = false;
function abort(reason: string) {
  if (aborting) return;
  aborting = true;
  report.check(reason, false);
  void cleanUp().finally(() => finish(1));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => abort(`interrompu (${signal})`));
setTimeout(() => abort(`délai de ${WATCHDOG_MS / 60_000} minutes dépassé`), WATCHDOG_MS).unref();

async function main() {
  buildIfNeeded();
  cluster = await startCluster();
  console.log(`PostgreSQL jetable sur le port ${cluster.port} ; journaux sous ${logDir}`);
  const context = { cluster, logDir, report };
  const scenarios = {
    balayeur: sweeperKilled,
    instances: twoInstances,
    postgres: postgresRestart,
    charge: (c: typeof context) => load({ ...c, seconds: LOAD_SECONDS }),
  };
  // RESILIENCE_SCENARIOS=postgres,charge runs only those (all by default).
  const chosen = process.env.RESILIENCE_SCENARIOS?.split(',') ?? Object.keys(scenarios);
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (!chosen.includes(name)) continue;
    try {
      await scenario(context);
    } catch (error) {
      report.check('le scénario est allé au bout', false, error instanceof Error ? error.message : String(error));
    } finally {
      await stopAll();
    }
  }
}

void main()
  .catch((error: unknown) => report.check('mise en place', false, error instanceof Error ? error.message : String(error)))
  .finally(() => {
    if (!aborting) void cleanUp().finally(() => finish(report.failed === 0 && report.checks.length > 0 ? 0 : 1));
  });
