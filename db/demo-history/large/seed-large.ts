import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DateTime } from 'luxon';
import postgres from 'postgres';
import { addBusinessTime } from '@/lib/calendar';
import { formatTicketReference } from '@/lib/tickets';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import {
  announcements,
  auditLog,
  contracts,
  faqArticles,
  faqVotes,
  incidentOrganizations,
  incidents,
  incidentUpdates,
  organizations,
  slaClocks,
  ticketEvents,
  ticketMessages,
  tickets,
  usageCounters,
  users,
} from '@/db/schema';
import { isEmpty, seedDemoData } from '@/db/seed';
import { DEFAULT_SETTINGS, staffWeights } from '../demo-input';
import { planIncidents } from '../incidents';
import { DAY_MS, MINUTE_MS, officeCalendar } from '../instants';
import { castOf, historyStart, organizationStart, planUsage, tellStory, worldOf, type DemoHistoryInput } from '../plan';
import { Random } from '../random';
import { readCast } from '../seed-demo-history';
import { TicketRun, type PlannedTicket } from '../simulate';
import { HISTORY_KINDS, historyDraft, type HistoryKind } from '../stories';
import { copyEncoder, type CopyEncoder } from './copy-rows';
import { planLargeCast, planLargeFaq } from './large-cast';

export interface LargeSeedOptions {
  tickets: number;
  organizations: number;
  users: number;
  faq: number;
  /** How far back the history goes. */
  months: number;
  seed: string | number;
  now?: Date;
  /** A password hash every generated account shares (they are requesters, they never sign in). */
  passwordHash: string;
  log: (line: string) => void;
}

/** In a large database, people write more than in the demo: about 8 history events and 3 messages a Demande. */
const LARGE_TALK = 1.7;
/** A few Demandes with a long conversation (about 50 history events), as support histories have. */
const LARGE_KINDS: Readonly<Record<HistoryKind, number>> = { ...HISTORY_KINDS, conversation: 0.2 };
const TICKETS_PER_SLICE = 500;

/**
 * Fills an empty PostgreSQL database with a large history (issue 17): the demo accounts, then
 * thousands of organizations and their people, French FAQ articles, incidents, and `tickets`
 * Demandes told through the same rules as the demo (stories.ts → simulate.ts), streamed with
 * COPY on parallel connections while secondary indexes and foreign keys are set aside, then
 * rebuilt, checked and analysed. Returns the rows written per table.
 */
export async function seedLargeDatabase(url: string, options: LargeSeedOptions): Promise<Record<string, number>> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const { log } = options;
  const now = options.now ?? new Date();
  const handle = await openDatabase({ url, poolSize: 2 });
  const sql = postgres(url, { max: 8, onnotice: () => {} });
  const counts: Record<string, number> = {};
  try {
    await migrateDatabase(handle);
    if (!(await isEmpty(handle.db))) {
      throw new Error(
        'Cette base contient déjà des comptes : la génération d’un grand volume se fait dans une base vide (createdb, puis DATABASE_URL vers elle).',
      );
    }
    await seedDemoData(handle.db);
    const demo = await readCast(handle.db);
    log(`Comptes de démonstration écrits (${elapsed()}).`);

    const root = new Random(options.seed);
    const cast = planLargeCast(root.fork('cast'), {
      organizations: options.organizations,
      users: options.users,
      now,
      months: options.months,
      passwordHash: options.passwordHash,
      demo: { organizations: demo.organizations, staff: demo.staff },
    });
    counts.organizations = await copyAll(sql, organizations, cast.organizations);
    counts.contracts = await copyAll(sql, contracts, cast.contracts);
    counts.users = await copyAll(sql, users, cast.users);
    const staffIds = cast.staff.map((person) => person.id);
    const faq = planLargeFaq(root.fork('faq'), { count: options.faq, authorIds: staffIds, now });
    counts.faq_articles = await copyAll(sql, faqArticles, faq);
    log(
      `${counts.organizations + demo.organizations.length} collectivités, ${counts.users + demo.staff.length + demo.organizations.reduce((n, o) => n + o.clients.length, 0)} comptes, ${faq.length} articles de FAQ (${elapsed()}).`,
    );

    const setAside = await setAsideIndexesAndKeys(sql, ['tickets', 'sla_clocks', 'ticket_events', 'ticket_messages', 'audit_log']);
    log(`${setAside.indexes.length} index et ${setAside.keys.length} clés étrangères mis de côté pendant le chargement.`);

    const input: DemoHistoryInput = {
      seed: options.seed,
      now,
      months: options.months,
      tickets: options.tickets,
      present: false,
      settings: DEFAULT_SETTINGS,
      organizations: cast.plan,
      staff: staffWeights(cast.staff),
      faqArticles: [],
      publicUrl: null,
      notifications: false,
      files: false,
      firstNumber: 1,
    };
    const world = worldOf(input);
    const casts = cast.plan.map((organization) => ({ ...castOf(input, world, organization), talk: LARGE_TALK }));
    const from = historyStart(input);
    const portalFilings: Date[] = [];
    const written = await streamTickets(sql, { input, world, casts, from, log, elapsed, portalFilings });
    Object.assign(counts, written);

    const planned = planIncidents(root.fork('incidents'), {
      from,
      now,
      organizationIds: cast.plan.map((organization) => organization.id),
      author: cast.staff.find((person) => person.role === 'support_manager')!,
      perMonth: 3,
    });
    counts.announcements = await copyAll(sql, announcements, planned.announcements);
    counts.incidents = await copyAll(sql, incidents, planned.incidents);
    counts.incident_organizations = await copyAll(sql, incidentOrganizations, planned.scopes);
    counts.incident_updates = await copyAll(sql, incidentUpdates, planned.updates);
    const firstAudit = written.audit_log + 1;
    counts.audit_log =
      written.audit_log +
      (await copyAll(
        sql,
        auditLog,
        planned.audits.map((row, index) => ({ ...row, id: firstAudit + index })),
      ));
    counts.faq_votes = await copyAll(sql, faqVotes, planVotes(root.fork('votes'), cast.plan, faq, from, now));
    await sql`update faq_articles set
      helpful_yes = (select count(*)::int from faq_votes v where v.article_id = faq_articles.id and v.helpful),
      helpful_no = (select count(*)::int from faq_votes v where v.article_id = faq_articles.id and not v.helpful)`;
    counts.usage_counters = await copyAll(sql, usageCounters, planUsage(root.fork('usage'), portalFilings, from, now));
    await sql`select setval('ticket_number_seq', ${written.tickets})`;
    await sql`select setval(pg_get_serial_sequence('ticket_events', 'id'), (select max(id) from ticket_events))`;
    await sql`select setval(pg_get_serial_sequence('audit_log', 'id'), (select max(id) from audit_log))`;
    log(`Incidents, votes et usage écrits (${elapsed()}). Reconstruction des index…`);

    await restoreIndexesAndKeys(sql, setAside, log, elapsed);
    await sql`analyze`;
    log(`Statistiques à jour (${elapsed()}).`);
    return counts;
  } finally {
    await sql.end({ timeout: 5 });
    await handle.close();
  }
}

/** Rows of one table through one COPY. */
async function copyAll<T extends Parameters<typeof copyEncoder>[0]>(sql: postgres.Sql, table: T, rows: ReadonlyArray<T['$inferSelect']>): Promise<number> {
  if (rows.length === 0) return 0;
  const encoder = copyEncoder(table);
  const stream = await sql.unsafe(encoder.statement).writable();
  let chunk = '';
  for (const row of rows) {
    chunk += encoder.line(row);
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
  return rows.length;
}

interface StreamContext {
  input: DemoHistoryInput;
  world: ReturnType<typeof worldOf>;
  casts: Array<ReturnType<typeof castOf>>;
  from: Date;
  log: (line: string) => void;
  elapsed: () => string;
  portalFilings: Date[];
}

/**
 * The Demandes, filed over the months in proportion to each organization's weight, numbered in
 * the order they were filed, each told by its story and streamed into four COPYs at once
 * (Demandes, clocks, history, messages, plus the audit log), a slice at a time so the database
 * works while the next slice is told.
 */
async function streamTickets(
  sql: postgres.Sql,
  context: StreamContext,
): Promise<Record<'tickets' | 'sla_clocks' | 'ticket_events' | 'ticket_messages' | 'audit_log', number>> {
  const { input, world, casts, from, log, elapsed } = context;
  const total = input.tickets;
  const dates = new Random(`${input.seed}:dates`);
  const weights = casts.map((cast) => input.organizations.find((organization) => organization.id === cast.organization.id)!.weight);
  const cumulative = new Float64Array(weights.length);
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const starts = input.organizations.map((organization) => organizationStart(organization, from).getTime());
  const owner = new Int32Array(total);
  const filed = new Float64Array(total);
  const kinds = Object.keys(LARGE_KINDS) as HistoryKind[];
  const kind = new Uint8Array(total);
  for (let index = 0; index < total; index++) {
    const draw = dates.next() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > draw) high = middle;
      else low = middle + 1;
    }
    owner[index] = low;
    filed[index] = fileInstant(dates, input.organizations[low]!.timeZone, starts[low]!, input.now.getTime());
    kind[index] = kinds.indexOf(dates.weighted(LARGE_KINDS));
  }
  const order = Uint32Array.from({ length: total }, (_, index) => index).sort((a, b) => filed[a]! - filed[b]!);
  log(`${total} demandes datées et numérotées (${elapsed()}).`);

  const encoders = {
    tickets: copyEncoder(tickets),
    sla_clocks: copyEncoder(slaClocks),
    ticket_events: copyEncoder(ticketEvents),
    ticket_messages: copyEncoder(ticketMessages),
    audit_log: copyEncoder(auditLog),
  };
  const names = Object.keys(encoders) as Array<keyof typeof encoders>;
  const streams = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await sql.unsafe((encoders[name] as CopyEncoder<unknown>).statement).writable()] as const)),
  ) as Record<keyof typeof encoders, Writable>;
  // A COPY refused by the database ends its stream with the reason: the first one stops the load.
  let failure: unknown = null;
  for (const name of names) streams[name].on('error', (error) => (failure ??= error));
  const counts = Object.fromEntries(names.map((name) => [name, 0])) as Record<keyof typeof encoders, number>;
  const buffers = Object.fromEntries(names.map((name) => [name, ''])) as Record<keyof typeof encoders, string>;
  const flush = async () => {
    const waits: Array<Promise<unknown>> = [];
    for (const name of names) {
      if (buffers[name].length > 0 && !streams[name].write(buffers[name])) waits.push(once(streams[name], 'drain'));
      buffers[name] = '';
    }
    await Promise.all(waits);
  };
  const yearOf = yearFinder(input.settings.calendar.timeZone);
  let number = 0;
  let refused = 0;
  let eventId = 0;
  let auditId = 0;
  let reported = 0;
  for (let position = 0; position < total; position++) {
    const index = order[position]!;
    const random = new Random(`${input.seed}#${index}`);
    const createdAt = new Date(filed[index]!);
    if (failure) throw failure;
    const draft = historyDraft(casts[owner[index]!]!, random, createdAt, kinds[kind[index]!]!);
    const run = new TicketRun(world, random, {
      ...draft.ticket,
      id: random.uuid(),
      reference: formatTicketReference(yearOf(draft.ticket.createdAt), number + 1),
    });
    let planned: PlannedTicket;
    try {
      planned = tellStory(draft, run);
    } catch {
      // A story the rules refuse is left out (plan.ts does the same); its number goes to the next.
      refused++;
      continue;
    }
    number++;
    if (planned.ticket.channel === 'portal') context.portalFilings.push(planned.ticket.createdAt);
    buffers.tickets += encoders.tickets.line(planned.ticket);
    for (const clock of planned.clocks) buffers.sla_clocks += encoders.sla_clocks.line(clock);
    for (const event of planned.events) buffers.ticket_events += encoders.ticket_events.line({ ...event, id: ++eventId });
    for (const message of planned.messages) buffers.ticket_messages += encoders.ticket_messages.line(message);
    for (const audit of planned.audits) buffers.audit_log += encoders.audit_log.line({ ...audit, id: ++auditId });
    counts.tickets++;
    counts.sla_clocks += planned.clocks.length;
    counts.ticket_events += planned.events.length;
    counts.ticket_messages += planned.messages.length;
    counts.audit_log += planned.audits.length;
    const done = position + 1;
    if (done % TICKETS_PER_SLICE === 0 || done === total) {
      await flush();
      if (done - reported >= total / 20 || done === total) {
        reported = done;
        log(`Demandes : ${done.toLocaleString('fr-FR')} / ${total.toLocaleString('fr-FR')} (${Math.round((100 * done) / total)} %), ${elapsed()}`);
      }
    }
  }
  await flush();
  if (refused > 0) log(`${refused} histoire(s) refusée(s) par les règles, laissée(s) de côté.`);
  await Promise.all(
    names.map(async (name) => {
      streams[name].end();
      await once(streams[name], 'finish');
    }),
  );
  if (failure) throw failure;
  return counts;
}

/** When a Demande was filed: in the office hours of a random working day (88 %), or any time. */
function fileInstant(random: Random, timeZone: string, start: number, now: number): number {
  for (let attempt = 0; attempt < 6; attempt++) {
    const day = start + Math.floor(random.next() * ((now - start) / DAY_MS)) * DAY_MS;
    if (random.chance(0.12)) return Math.min(now - MINUTE_MS, day + Math.floor(random.next() * DAY_MS));
    // From the UTC midnight of that day, some minutes of the office's open time: the same day in any zone of France's.
    const at = addBusinessTime(officeCalendar(timeZone), new Date(day), random.int(0, 449) * MINUTE_MS + random.int(0, 59_999)).getTime();
    if (at - day < DAY_MS && at < now) return at;
  }
  return now - DAY_MS;
}

/** The year of an instant in the support's zone, without a date library call per Demande. */
function yearFinder(timeZone: string): (instant: Date) => number {
  const boundaries = new Map<number, number>();
  const startOf = (year: number) => {
    let boundary = boundaries.get(year);
    if (boundary === undefined) {
      boundary = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timeZone }).toMillis();
      boundaries.set(year, boundary);
    }
    return boundary;
  };
  return (instant) => {
    const time = instant.getTime();
    const year = new Date(time).getUTCFullYear();
    if (time < startOf(year)) return year - 1;
    if (time >= startOf(year + 1)) return year + 1;
    return year;
  };
}

/** Readers' votes on the published articles, one per reader and article at most. */
function planVotes(
  random: Random,
  organizations: ReadonlyArray<{ clients: ReadonlyArray<{ id: string }> }>,
  articles: ReadonlyArray<{ id: string; published: boolean }>,
  from: Date,
  now: Date,
) {
  const published = articles.filter((article) => article.published);
  const readers = organizations.flatMap((organization) => organization.clients);
  const seen = new Set<string>();
  const votes = [];
  const count = Math.min(readers.length * 2, 40_000);
  for (let n = 0; n < count && published.length > 0; n++) {
    const articleId = random.pick(published).id;
    const userId = random.pick(readers).id;
    if (seen.has(`${articleId}${userId}`)) continue;
    seen.add(`${articleId}${userId}`);
    votes.push({
      articleId,
      userId,
      helpful: random.chance(0.78),
      votedAt: new Date(from.getTime() + Math.floor(random.next() * (now.getTime() - from.getTime()))),
    });
  }
  return votes;
}

interface SetAside {
  indexes: Array<{ name: string; definition: string }>;
  keys: Array<{ table: string; name: string; definition: string }>;
}

/**
 * Secondary indexes and foreign keys of the tables about to be loaded, dropped now and rebuilt
 * after: building an index once over sorted data is faster than maintaining it row by row, and a
 * key checked once by a join faster than by a trigger per row. Primary keys and unique indexes stay.
 */
async function setAsideIndexesAndKeys(sql: postgres.Sql, tables: readonly string[]): Promise<SetAside> {
  const indexes = await sql<Array<{ name: string; definition: string }>>`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    where t.relname in ${sql(tables)} and t.relnamespace = 'public'::regnamespace and not x.indisprimary and not x.indisunique`;
  const keys = await sql<Array<{ table: string; name: string; definition: string }>>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c where c.contype = 'f' and (c.conrelid::regclass::text in ${sql(tables)} or c.confrelid::regclass::text in ${sql(tables)})`;
  for (const key of keys) await sql.unsafe(`alter table "${key.table}" drop constraint "${key.name}"`);
  for (const index of indexes) await sql.unsafe(`drop index "${index.name}"`);
  return { indexes: [...indexes], keys: [...keys] };
}

async function restoreIndexesAndKeys(sql: postgres.Sql, setAside: SetAside, log: (line: string) => void, elapsed: () => string): Promise<void> {
  const statements = setAside.indexes.map((index) => index.definition);
  // Two builds at a time: one per core.
  const queue = [...statements];
  await Promise.all(
    [0, 1].map(async () => {
      await sql.reserve().then(async (connection) => {
        try {
          await connection`set maintenance_work_mem = '512MB'`;
          for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) await connection.unsafe(statement);
        } finally {
          connection.release();
        }
      });
    }),
  );
  log(`${statements.length} index reconstruits (${elapsed()}).`);
  for (const key of setAside.keys) await sql.unsafe(`alter table "${key.table}" add constraint "${key.name}" ${key.definition}`);
  log(`${setAside.keys.length} clés étrangères rétablies et vérifiées (${elapsed()}).`);
}
