import { openDatabase } from '@/db/client';
import { env } from '@/lib/env';
import { smtpSender } from '@/lib/server/email/smtp-transport';
import { startWorker } from '@/lib/server/worker';

/**
 * `npm run worker`: the deadline sweeper and email sender on their own, beside web servers
 * started with WORKER=off, or several of them. Needs DATABASE_URL: the embedded database
 * belongs to the one process that opened it.
 */
async function main() {
  const config = env();
  if (!config.DATABASE_URL) throw new Error('npm run worker a besoin de DATABASE_URL (la base embarquée appartient au serveur web).');
  const handle = await openDatabase({ url: config.DATABASE_URL, poolSize: 2 });
  const worker = startWorker(async () => handle.db, { send: smtpSender(), intervalMs: config.WORKER_INTERVAL_MS });
  console.log('Guichet : tâche de fond démarrée.');
  // The loop's timer holds no process open (it must not hold the web server's): this process lives
  // for it until a signal, even while PostgreSQL restarts and no connection is open — without this
  // it ended, silently and with status 0, at the first restart.
  const alive = setInterval(() => {}, 3_600_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      clearInterval(alive);
      void worker
        .stop()
        .then(() => handle.close())
        .then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
