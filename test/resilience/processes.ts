import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** A port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('aucun port libre'))));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it answers true, or fails after `timeoutMs` with `what`. */
export async function waitFor(what: string, probe: () => Promise<boolean> | boolean, { timeoutMs = 60_000, everyMs = 250 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // Not yet.
    }
    if (Date.now() > deadline) throw new Error(`${what} : toujours pas au bout de ${Math.round(timeoutMs / 1000)} s.`);
    await sleep(everyMs);
  }
}

export interface Started {
  name: string;
  child: ChildProcess;
  log: string;
  stop(): Promise<void>;
  /** The last lines it printed, for a failure report. */
  tail(lines?: number): string;
}

const running = new Set<Started>();

/**
 * Starts a process in its own process group, its output in `logDir/<name>.log`; every process
 * started here is ended by `stopAll` (and, failing that, when this process exits).
 */
export function startProcess(name: string, command: string, args: string[], { env, logDir }: { env: NodeJS.ProcessEnv; logDir: string }): Started {
  const log = path.join(logDir, `${name}.log`);
  const output = createWriteStream(log);
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started: Started = {
    name,
    child,
    log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(started);
    },
    tail(lines = 30) {
      try {
        return readFileSync(log, 'utf8').split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
  };
  running.add(started);
  return started;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop()));
}

// Last resort (an exception, Ctrl-C): kill what is left, synchronously.
process.on('exit', () => {
  for (const started of running) killGroup(started.child, 'SIGKILL');
});
