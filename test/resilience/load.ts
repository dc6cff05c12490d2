import postgres from 'postgres';
import type { Cluster } from './cluster';
import { actions, CLIENTS, confirmedReference, signInMany, TECHNICIANS, ticketFields } from './demo';
import { seedDatabase, startInstance } from './guichet';
import { sleep } from './processes';
import type { Report } from './report';
import { printableBytes } from '../printable-bytes';
import { hiddenField, type ActionOutcome } from './visitor';

const PORTAL_CLIENTS = 40;
const STAFF_CLIENTS = 10;

type Operation = 'déposer' | 'consulter' | 'répondre (client)' | 'consulter (support)' | 'répondre (support)';

/**
 * A measurement, never a timed assertion: 50 concurrent clients for `seconds` against one
 * production server on PostgreSQL — 40 town-hall agents filing a Demande (one in five with a
 * 200 kB attachment), opening it and answering on it, and 10 technicians answering the Demandes
 * just filed from the console. Checks that no request failed and that everything the clients
 * were told was recorded is in the database; prints throughput and latency percentiles.
 */
export async function load({ cluster, logDir, report, seconds }: { cluster: Cluster; logDir: string; report: Report; seconds: number }) {
  report.begin(`Charge : ${PORTAL_CLIENTS + STAFF_CLIENTS} clients simultanés pendant ${seconds} s`);
  const databaseUrl = cluster.createDatabase('resilience_load');
  await seedDatabase({ databaseUrl, logDir });
  const app = await startInstance('load-app', { databaseUrl, logDir, worker: true });
  const { createTicket, reply, staffComment } = actions();
  const agents = await signInMany(app.url, CLIENTS, PORTAL_CLIENTS);
  const technicians = await signInMany(app.url, TECHNICIANS, STAFF_CLIENTS);

  const latencies = new Map<Operation, number[]>();
  const errors: string[] = [];
  const confirmed: string[] = [];
  const answers: string[] = [];
  const attachment = printableBytes(200 * 1024, 3);

  async function timed<T>(operation: Operation, call: () => Promise<T>, ok: (value: T) => boolean): Promise<T | undefined> {
    const start = performance.now();
    try {
      const value = await call();
      const elapsed = performance.now() - start;
      if (!ok(value)) {
        errors.push(`${operation} : ${JSON.stringify(value).slice(0, 200)}`);
        return undefined;
      }
      const list = latencies.get(operation) ?? [];
      list.push(elapsed);
      latencies.set(operation, list);
      return value;
    } catch (error) {
      errors.push(`${operation} : ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
  const succeeded = (outcome: ActionOutcome) => outcome.kind === 'state' && outcome.state === 'success';

  const deadline = Date.now() + seconds * 1000;
  const portal = agents.map(async (agent, client) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const marker = `charge-${client}-${n}`;
      const files = n % 5 === 0 ? [new File([attachment], 'capture.txt', { type: 'text/plain' })] : [];
      const filed = await timed(
        'déposer',
        () => agent.action('/demandes/nouvelle', createTicket, ticketFields(marker, files)),
        (outcome) => outcome.kind === 'redirect' && !!confirmedReference(outcome.location),
      );
      const reference = filed?.kind === 'redirect' ? confirmedReference(filed.location) : undefined;
      if (!reference) continue;
      confirmed.push(reference);
      const page = await timed(
        'consulter',
        () => agent.page(`/demandes/${reference}`),
        (result) => result.status === 200 && !!hiddenField(result.html, 'ticketId'),
      );
      if (!page) continue;
      const body = `Précision ${marker}`;
      const fields: Array<[string, string]> = [
        ['ticketId', hiddenField(page.html, 'ticketId')!],
        ['reference', reference],
        ['body', body],
      ];
      if (await timed('répondre (client)', () => agent.action(`/demandes/${reference}`, reply, fields), succeeded)) answers.push(body);
    }
  });
  const staff = technicians.map(async (technician, client) => {
    for (let n = 0; Date.now() < deadline; n++) {
      const reference = confirmed[confirmed.length - 1 - ((client + n * STAFF_CLIENTS) % Math.max(confirmed.length, 1))];
      if (!reference) {
        await sleep(200);
        continue;
      }
      const page = await timed(
        'consulter (support)',
        () => technician.page(`/console/demandes/${reference}`),
        (result) => result.status === 200,
      );
      const ticketId = page && hiddenField(page.html, 'ticketId');
      if (!ticketId) continue;
      const body = `Réponse du support support-${client}-${n}`;
      const fields: Array<[string, string]> = [
        ['ticketId', ticketId],
        ['reference', reference],
        ['kind', 'public'],
        ['body', body],
      ];
      if (await timed('répondre (support)', () => technician.action(`/console/demandes/${reference}`, staffComment, fields), succeeded)) answers.push(body);
    }
  });
  const started = performance.now();
  await Promise.all([...portal, ...staff]);
  const elapsed = (performance.now() - started) / 1000;

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const stored = new Set(
      (await sql<Array<{ reference: string }>>`select reference from tickets where subject like 'Essai de résilience charge-%'`).map((row) => row.reference),
    );
    const bodies = new Set(
      (
        await sql<Array<{ body: string }>>`select body from ticket_messages where body like 'Précision charge-%' or body like 'Réponse du support support-%'`
      ).map((row) => row.body),
    );
    const lostTickets = confirmed.filter((reference) => !stored.has(reference));
    const lostAnswers = answers.filter((body) => !bodies.has(body));
    report.check(
      'aucune requête en erreur',
      errors.length === 0,
      errors.length ? `${errors.length} erreurs, dont : ${errors.slice(0, 3).join(' | ')}` : undefined,
    );
    report.check(
      'rien de perdu : chaque Demande et chaque réponse confirmées aux clients sont dans la base',
      confirmed.length > 0 && lostTickets.length === 0 && lostAnswers.length === 0,
      `${confirmed.length} Demandes et ${answers.length} réponses confirmées ; ${lostTickets.length + lostAnswers.length} manquantes`,
    );
  } finally {
    await sql.end({ timeout: 5 });
    await app.stop();
  }

  const total = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
  report.figure(`charge : ${total} requêtes réussies en ${elapsed.toFixed(0)} s (${(total / elapsed).toFixed(1)}/s), ${errors.length} en erreur`);
  for (const [operation, list] of latencies) {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
    report.figure(
      `  ${operation.padEnd(20)} ${String(sorted.length).padStart(5)} × — p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    );
  }
}
