import 'server-only';
import type { Database } from '@/db/client';
import { deliverOutbox, type SendEmail } from '@/lib/server/email/deliver-outbox';
import { sweepAllClocks } from '@/lib/server/sla/sweep-clocks';
import { closeResolvedTickets } from '@/lib/server/tickets/close-resolved-tickets';
import { remindWaitingClients } from '@/lib/server/tickets/remind-waiting-clients';

export interface Worker {
  stop(): Promise<void>;
}

/**
 * The background loop of a Guichet process: every `intervalMs`, flag clocks at risk or past due,
 * remind clients who have not answered, close Demandes resolved 15 days ago, and send the due emails. It runs inside the web server (instrumentation.ts) and alone
 * (`npm run worker`); several may run at once. Its idle cost is two index probes.
 */
export function startWorker(
  // Asked again at each pass: after PostgreSQL restarts, the live database is another pool's (db/client.ts).
  database: () => Promise<Database>,
  { send, intervalMs = 30_000, log = console }: { send: SendEmail | null; intervalMs?: number; log?: Pick<Console, 'error' | 'info'> },
): Worker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tick() {
    try {
      const db = await database();
      const flagged = await sweepAllClocks(db);
      if (flagged.atRisk + flagged.breached > 0) log.info(`Délais : ${flagged.atRisk} à risque, ${flagged.breached} hors délai.`);
      const reminded = await remindWaitingClients(db);
      const closed = await closeResolvedTickets(db);
      if (reminded + closed > 0)
        log.info(`Demandes : ${reminded} relance${reminded > 1 ? 's' : ''}, ${closed} clôture${closed > 1 ? 's' : ''} automatique${closed > 1 ? 's' : ''}.`);
      if (send) await deliverOutbox(db, send);
    } catch (error) {
      log.error('Tâche de fond en échec (nouvel essai au prochain passage) :', error);
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }

  // Catch up at once on whatever was missed while no process ran.
  running = tick().finally(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
