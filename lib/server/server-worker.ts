import 'server-only';
import { env } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { smtpSender } from '@/lib/server/email/smtp-transport';
import { startWorker } from '@/lib/server/worker';

/** The worker of the web server process, unless WORKER=off (e.g. when `npm run worker` runs apart). */
export async function startServerWorker(): Promise<void> {
  if (!env().WORKER_IN_SERVER) return;
  const send = smtpSender();
  startWorker(getDb, { send, intervalMs: env().WORKER_INTERVAL_MS });
  console.info(`Guichet : délais surveillés ; courriels ${send ? 'envoyés par SMTP' : 'gardés dans la file d’envoi (SMTP_URL absent)'}.`);
}
