import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import type { Cluster } from './cluster';
import { actions, CLIENTS, confirmedReference, PASSWORD, signInMany, ticketFields } from './demo';
import { seedDatabase, startInstance, startWorkerProcess } from './guichet';
import { MailServer } from './mail-server';
import { waitFor } from './processes';
import type { Report } from './report';
import { printableBytes } from '../printable-bytes';
import { nextAttemptAfterFailure } from '@/lib/email/retry-policy';
import { Visitor } from './visitor';

/**
 * Two web servers behind an imaginary load balancer (A with its worker, B with WORKER=off) and two
 * `npm run worker`, on one PostgreSQL: three sweepers and three email senders at once. A file
 * uploaded through A downloads through B; sign-in throttling counted on A holds on B; every
 * at-risk and breach notification is given once; and with the SMTP server down, mails wait in
 * the outbox with back-off and leave exactly once when it returns.
 */
export async function twoInstances({ cluster, logDir, report }: { cluster: Cluster; logDir: string; report: Report }) {
  report.begin('Deux instances et deux tâches de fond sur une base');
  const databaseUrl = cluster.createDatabase('resilience_instances');
  await seedDatabase({ databaseUrl, logDir });
  const since = new Date();
  const mail = await MailServer.start();
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const options = { databaseUrl, logDir, smtpUrl: mail.url };
    const [a, b] = await Promise.all([startInstance('instance-a', { ...options, worker: true }), startInstance('instance-b', { ...options, worker: false })]);
    startWorkerProcess('worker-1', options);
    startWorkerProcess('worker-2', options);
    const { createTicket } = actions();
    const onA = await signInMany(a.url, CLIENTS, 4);
    const onB = onA.map((visitor) => visitor.on(b.url));

    // A file uploaded through A, downloaded through B, with the same session.
    const data = printableBytes(3 * 1024 * 1024 + 17, 7);
    const filed = await onA[0]!.action('/demandes/nouvelle', createTicket, ticketFields('fichier', [new File([data], 'journal.txt', { type: 'text/plain' })]));
    const reference = filed.kind === 'redirect' ? confirmedReference(filed.location) : undefined;
    report.check('une Demande avec pièce jointe déposée sur A est confirmée', !!reference, JSON.stringify(filed).slice(0, 200));
    if (reference) {
      const page = await onB[0]!.page(`/demandes/${reference}`);
      const link = /\/api\/pieces-jointes\/[0-9a-f-]{36}/.exec(page.html)?.[0];
      const download = link ? await onB[0]!.fetch(link) : undefined;
      const bytes = download ? Buffer.from(await download.arrayBuffer()) : Buffer.alloc(0);
      report.check(
        'la pièce jointe déposée sur A se télécharge sur B, identique octet pour octet',
        download?.status === 200 && sha256(bytes) === sha256(data),
        `${download?.status ?? 'pas de lien'}, ${bytes.byteLength} octets sur ${data.byteLength}`,
      );
      report.check(
        'rien n’est écrit sur le disque local des instances',
        [a, b].every((instance) => !existsSync(path.join(logDir, instance.name, 'attachments'))),
      );
    }

    await notificationsOnce({ sql, visitors: [...onA, ...onB], report });
    await mailOutage({ sql, mail, since, visitors: [...onA, ...onB], report });
    await throttlingShared({ a, b, report });
  } finally {
    await sql.end({ timeout: 5 });
    await mail.down();
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function fileTickets(visitors: Visitor[], count: number, marker: string): Promise<string[]> {
  const { createTicket } = actions();
  const references: string[] = [];
  for (let i = 0; i < count; i += visitors.length) {
    const outcomes = await Promise.all(
      visitors.slice(0, count - i).map((visitor, j) => visitor.action('/demandes/nouvelle', createTicket, ticketFields(`${marker}-${i + j}`))),
    );
    for (const outcome of outcomes) {
      const reference = outcome.kind === 'redirect' ? confirmedReference(outcome.location) : undefined;
      if (!reference) throw new Error(`Demande non confirmée : ${JSON.stringify(outcome).slice(0, 300)}`);
      references.push(reference);
    }
  }
  return references;
}

/** Demandes filed through both instances, their pickup deadlines moved into the past: three sweepers race. */
async function notificationsOnce({ sql, visitors, report }: { sql: postgres.Sql; visitors: Visitor[]; report: Report }) {
  const references = await fileTickets(visitors, 40, 'délai');
  await sql`
    update sla_clocks set at_risk_at = now() - interval '2 hours', due_at = now() - interval '1 hour'
    from tickets where tickets.id = sla_clocks.ticket_id and tickets.reference in ${sql(references)} and sla_clocks.kind = 'pickup'`;
  report.fault(`${references.length} délais de prise en charge avancés dans le passé, sous trois balayeurs à la fois`);
  await waitFor(
    'les délais signalés hors délai',
    async () => {
      const [row] = await sql<Array<{ n: number }>>`
        select count(*)::int as n from sla_clocks join tickets on tickets.id = sla_clocks.ticket_id
        where tickets.reference in ${sql(references)} and sla_clocks.breach_flagged_at is null`;
      return row!.n === 0;
    },
    { timeoutMs: 60_000 },
  );
  const rows = await sql<Array<{ type: string; n: number }>>`
    select notifications.type, count(*)::int as n from notifications join tickets on tickets.id = notifications.ticket_id
    where tickets.reference in ${sql(references)} and notifications.type in ('clock_at_risk', 'clock_breached')
    group by notifications.ticket_id, notifications.user_id, notifications.type`;
  const [managers] = await sql<Array<{ n: number }>>`select count(*)::int as n from users where role = 'support_manager' and active`;
  const expected = references.length * managers!.n;
  for (const type of ['clock_at_risk', 'clock_breached']) {
    const ofType = rows.filter((row) => row.type === type);
    report.check(
      `« ${type === 'clock_at_risk' ? 'à risque' : 'hors délai'} » notifié une fois et une seule par Demande et par destinataire`,
      ofType.length === expected && ofType.every((row) => row.n === 1),
      `${ofType.reduce((sum, row) => sum + row.n, 0)} notifications pour ${expected} attendues`,
    );
  }
  await outboxDrained(sql);
}

async function outboxDrained(sql: postgres.Sql) {
  await waitFor(
    'la file d’envoi vidée',
    async () => {
      const [row] = await sql<Array<{ n: number }>>`select count(*)::int as n from email_outbox where status = 'pending'`;
      return row!.n === 0;
    },
    { timeoutMs: 60_000 },
  );
}

/**
 * Per recipient, how many mails written since `since` the outbox marked sent, against how many the
 * SMTP server received (the demo history's mails, sent long ago, are not this server's).
 */
async function compareDeliveries(sql: postgres.Sql, mail: MailServer, since: Date) {
  const sent = await sql<Array<{ to_address: string; n: number }>>`
    select to_address, count(*)::int as n from email_outbox where status = 'sent' and created_at >= ${since} group by to_address`;
  const received = new Map<string, number>();
  for (const message of mail.received) received.set(message.to, (received.get(message.to) ?? 0) + 1);
  const total = sent.reduce((sum, row) => sum + row.n, 0);
  const same = sent.length === received.size && sent.every((row) => received.get(row.to_address) === row.n);
  return { same, total, received: mail.received.length };
}

/** The SMTP server stopped while Demandes are filed: their mails wait, retried with back-off, and leave once when it is back. */
async function mailOutage({ sql, mail, since, visitors, report }: { sql: postgres.Sql; mail: MailServer; since: Date; visitors: Visitor[]; report: Report }) {
  const before = await compareDeliveries(sql, mail, since);
  report.check(
    'avant la panne, chaque courriel envoyé est reçu une fois par le serveur SMTP',
    before.same,
    `${before.total} envoyés, ${before.received} reçus`,
  );

  await mail.down();
  report.fault('serveur SMTP arrêté');
  const startedAt = new Date();
  const references = await fileTickets(visitors, 8, 'courriel');
  const waiting = async () =>
    sql<Array<{ id: string; status: string; attempts: number; next_attempt_at: Date; last_error: string | null }>>`
      select id, status, attempts, next_attempt_at, last_error from email_outbox where created_at >= ${startedAt}`;
  await waitFor('un premier essai d’envoi en échec pour chaque courriel', async () => (await waiting()).every((row) => row.attempts >= 1), {
    timeoutMs: 30_000,
  });
  const failed = await waiting();
  const receivedDuringOutage = mail.received.length - before.received;
  report.check(
    'pendant la panne, les courriels attendent dans la file, reprogrammés avec un délai (back-off)',
    failed.length >= references.length &&
      // A failure at or after `startedAt` is retried no sooner than the policy's first delay after it.
      failed.every(
        (row) =>
          row.status === 'pending' && row.attempts === 1 && !!row.last_error && row.next_attempt_at >= nextAttemptAfterFailure(1, startedAt).nextAttemptAt,
      ) &&
      receivedDuringOutage === 0,
    `${failed.length} courriels en attente après un essai, prochain essai dans ~${Math.round((Math.min(...failed.map((row) => row.next_attempt_at.getTime())) - Date.now()) / 1000)} s`,
  );

  await mail.up();
  report.fault('serveur SMTP redémarré');
  await waitFor(
    'les courriels en attente partis',
    async () => {
      const rows = await waiting();
      return rows.every((row) => row.status === 'sent');
    },
    { timeoutMs: 150_000, everyMs: 1_000 },
  );
  const delivered = await sql<Array<{ attempts: number; sent_at: Date; id: string }>>`
    select id, attempts, sent_at from email_outbox where id in ${sql(failed.map((row) => row.id))}`;
  const scheduled = new Map(failed.map((row) => [row.id, row.next_attempt_at.getTime()]));
  report.check(
    'au retour du serveur, chacun part au moment prévu par le back-off, au deuxième essai',
    delivered.every((row) => row.attempts === 2 && row.sent_at.getTime() >= scheduled.get(row.id)!),
    `${delivered.length} envoyés`,
  );
  const after = await compareDeliveries(sql, mail, since);
  report.check('chaque courriel est reçu exactement une fois', after.same, `${after.total} envoyés, ${after.received} reçus`);
  report.figure(`courriels : ${after.total} envoyés par trois expéditeurs, dont ${failed.length} retenus pendant la panne SMTP, ${after.received} reçus`);
}

/** Failures counted through A refuse even the right password through B: the count lives in the database. */
async function throttlingShared({ a, b, report }: { a: { url: string }; b: { url: string }; report: Report }) {
  const attacker = new Visitor(a.url);
  const target = CLIENTS[1]!;
  let attempts = 0;
  let throttled = false;
  while (!throttled && attempts < 30) {
    attempts += 1;
    throttled = (await attacker.signIn(target, 'mauvais-mot-de-passe')) === 'throttled';
  }
  report.fault(`${attempts} mots de passe faux pour ${target} sur l’instance A`);
  const onB = await new Visitor(b.url).signIn(target, PASSWORD);
  report.check(
    'les échecs comptés sur A limitent aussi les connexions sur B',
    throttled && onB === 'throttled',
    `A : ${throttled ? 'limité' : 'jamais limité'}, B : ${onB}`,
  );
}
