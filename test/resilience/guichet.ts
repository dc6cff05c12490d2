import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort, startProcess, waitFor, type Started } from './processes';

const TSX = require.resolve('tsx/cli');
/** One secret for every instance, as a load balancer's instances must share it. */
const AUTH_SECRET = randomBytes(32).toString('base64url');

export interface Instance extends Started {
  url: string;
}

interface Options {
  databaseUrl: string;
  logDir: string;
  smtpUrl?: string;
}

/** What every Guichet process of the test gets: the database, the shared secret, nothing from the caller's own setup. */
function environment({ databaseUrl, smtpUrl }: Options, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'PUBLIC_URL', 'NEXTAUTH_URL', 'DATA_DIR', 'PORT', 'WORKER', 'TRUST_PROXY', 'E2E_PORT']) delete env[name];
  return {
    ...env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    SMTP_URL: smtpUrl ?? '',
    WORKER_INTERVAL_MS: '1000',
    ...extra,
  };
}

/** Migrates the database and writes the demo accounts, as `npm run db:seed` does in production. */
export async function seedDatabase(options: Options): Promise<void> {
  const child = spawn(process.execPath, [TSX, 'scripts/seed.ts'], {
    env: environment(options, { DATA_DIR: path.join(options.logDir, 'seed') }),
    stdio: 'pipe',
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run db:seed a échoué :\n${output}`);
}

/**
 * A production web server (scripts/serve.mjs, `next start`) on its own port and its own data
 * folder — nothing on one instance's disk is seen by another — with or without its worker.
 */
export async function startInstance(name: string, options: Options & { worker: boolean }): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = path.join(options.logDir, name);
  mkdirSync(dataDir, { recursive: true });
  const started = startProcess(name, process.execPath, ['scripts/serve.mjs'], {
    logDir: options.logDir,
    env: environment(options, {
      PORT: String(port),
      NEXTAUTH_URL: url,
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      WORKER: options.worker ? 'on' : 'off',
      TRUST_PROXY: '0',
    }),
  });
  const ended = () => started.child.exitCode !== null || started.child.signalCode !== null;
  await waitFor(`${name} démarré`, async () => ended() || (await fetch(`${url}/connexion`)).status === 200, { timeoutMs: 90_000 });
  if (ended()) throw new Error(`${name} s’est arrêté au démarrage :\n${started.tail()}`);
  return { ...started, url };
}

/** `npm run worker`: the deadline sweeper and email sender on their own, beside servers started with WORKER=off. */
export function startWorkerProcess(name: string, options: Options): Started {
  return startProcess(name, process.execPath, [TSX, '--conditions=react-server', 'scripts/worker.ts'], {
    logDir: options.logDir,
    env: environment(options, { DATA_DIR: path.join(options.logDir, name) }),
  });
}
