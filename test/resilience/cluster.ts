import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './processes';

/**
 * A PostgreSQL cluster of the test's own — initdb and pg_ctl on a free port, in a temporary
 * folder — that it may stop, crash and restart at will: never the machine's shared server.
 * initdb refuses root, so as root the cluster runs as the `postgres` system user.
 */
export interface Cluster {
  port: number;
  /** The URL of a database of the cluster (`postgres` by default). */
  url(database?: string): string;
  createDatabase(name: string): string;
  /** A crash: every backend killed at once, no checkpoint (WAL recovery at the next start). */
  crash(): void;
  /** A clean restart: connections closed, checkpoint, start again. */
  restart(): void;
  start(): void;
  destroy(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(path.join(root, version, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('initdb introuvable sous /usr/lib/postgresql/*/bin : installez PostgreSQL.');
  return path.join(root, newest, 'bin');
}

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'guichet-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const result = spawnSync(command, fullArgs, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} : échec (${result.status})\n${result.stdout}\n${result.stderr}`);
  };
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', ...args]);

  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-instructions']);
  // Sockets in the test's folder, TCP on loopback only; fsync stays on: a crash must not lose a commit.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => pgCtl('-o', options, 'start');
  start();

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let destroyed = false;
  const cluster: Cluster = {
    port,
    url,
    createDatabase(name) {
      run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qc', `create database ${name}`]);
      return url(name);
    },
    crash: () => pgCtl('-m', 'immediate', 'stop'),
    restart: () => pgCtl('-m', 'fast', 'restart'),
    start,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
