import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { organizations, supportSettings, users } from '@/db/schema';
import { screenshotPng } from '@/e2e/fixtures/files';
import type { Database } from '@/db/client';
import type { ActionState } from '@/lib/forms/action-state';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import { DEMO_PASSWORD } from '@/db/seed';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { ticketContent } from '@/test/fixtures';
import type { DemoActors } from '@/test/fixtures';
import { schemaVocabulary } from './schema-vocabulary';

// issue 12: every server action and every route handler of app/, called with arbitrary hostile
// input (fast-check) by every kind of visitor: never a 500 (an exception other than Next's own
// redirect / 403 / 404), a French message when refused, and nothing written when refused.
// Actions are found by scanning app/ for 'use server' modules, routes for route.ts files: a new
// one is covered without touching this file.

const world = vi.hoisted(() => ({
  db: undefined as unknown as Database,
  session: null as null | { user: { id: string; sessionVersion: number } },
}));

vi.mock('@/lib/server/db', () => ({ getDb: () => Promise.resolve(world.db) }));
vi.mock('@/lib/auth/options', () => ({
  authOptions: () => ({}),
  SESSION_MAX_AGE: 12 * 60 * 60,
  SIGN_IN_ERRORS: { invalid: 'CredentialsSignin', throttled: 'throttled', totpRequired: 'totp-required', totpInvalid: 'totp-invalid' },
}));
vi.mock('next-auth', () => ({ getServerSession: () => Promise.resolve(world.session) }));
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(new Headers({ 'x-forwarded-for': '192.0.2.66' })),
  cookies: () => Promise.resolve({ has: () => false, get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
// Next's interrupts are exceptions with a digest; the server turns them into a redirect, a 403 or a 404.
vi.mock('next/navigation', () => {
  const interrupt = (digest: string) => Object.assign(new Error(digest), { digest });
  return {
    redirect: (url: string) => {
      throw interrupt(`NEXT_REDIRECT;replace;${url};307;`);
    },
    permanentRedirect: (url: string) => {
      throw interrupt(`NEXT_REDIRECT;replace;${url};308;`);
    },
    notFound: () => {
      throw interrupt('NEXT_HTTP_ERROR_FALLBACK;404');
    },
    forbidden: () => {
      throw interrupt('NEXT_HTTP_ERROR_FALLBACK;403');
    },
    unauthorized: () => {
      throw interrupt('NEXT_HTTP_ERROR_FALLBACK;401');
    },
  };
});

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

const ROOT = path.resolve(__dirname, '..', '..');
const RUNS_PER_ACTION = 40;
const RUNS_PER_ROUTE = 40;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(relative, keep);
    return keep(relative) ? [relative] : [];
  });
}

const ACTION_MODULES = filesUnder('app', (file) => /\.tsx?$/.test(file) && /^\s*['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8')));
const ROUTE_MODULES = filesUnder('app', (file) => /\/route\.ts$/.test(file)).filter((file) => !file.includes('[...nextauth]'));

// ——— Who calls: every role, a user of the other organization, and nobody.
type Caller = 'anonyme' | keyof Pick<DemoActors, 'agent' | 'clientAdmin' | 'reunionAgent' | 'technician' | 'manager'>;
const CALLERS: Caller[] = ['anonyme', 'agent', 'clientAdmin', 'reunionAgent', 'technician', 'manager'];

/** A session as the caller's browser would hold it after signing in now (an earlier input may have ended the previous one). */
async function signInAs(caller: Caller) {
  if (caller === 'anonyme') {
    world.session = null;
    return;
  }
  const [account] = await world.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, actors[caller].id));
  world.session = { user: { id: actors[caller].id, sessionVersion: account!.sessionVersion } };
}

/**
 * Before each action: the callers as the demo data made them (an earlier input may have
 * deactivated one, changed its role or required a new password) and a fresh Demande per
 * organization (an earlier one may be closed or cancelled), so inputs reach the operations.
 */
async function freshWorld() {
  for (const caller of CALLERS) {
    if (caller === 'anonyme') continue;
    await world.db
      .update(users)
      .set({ active: true, deactivatedAt: null, role: actors[caller].role, mustChangePassword: false, totpSecret: null, totpEnabledAt: null })
      .where(eq(users.id, actors[caller].id));
  }
  await world.db.update(supportSettings).set({ requireStaffTotp: false });
  await world.db.update(organizations).set({ supportSuspendedAt: null, supportSuspensionReason: null });
  const fresh = await Promise.all([actors.agent, actors.reunionAgent].map((actor) => createTicket(world.db, { actor, content: ticketContent(), files: [] })));
  idsOf.ticket = fresh.map(({ ticket }) => ticket.id);
  idsOf.reference = fresh.map(({ ticket }) => ticket.reference);
}

// ——— What they send.
const ids: string[] = [];
const idsOf: Record<string, string[]> = {};
const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'Objet\u0000 avec NUL',
  '%ff',
  '%00',
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  "'; drop table users; --",
  '../../etc/passwd',
  'facture\u202Efdp.txt',
  '\ud800',
  '😀'.repeat(50),
  'x'.repeat(60_000),
  '-1',
  '0',
  '1e400',
  'NaN',
  '9999-99-99',
  '2026-02-30',
  '2026-13-45T25:61',
  '0001-01-01T00:00',
  'true',
  'false',
  'on',
  'off',
  'oui',
  'non',
  'null',
  'undefined',
  '{"__proto__":{"admin":true}}',
  '00000000-0000-0000-0000-000000000000',
  'DEM-2026-000001',
];

function hostileFiles(): File[] {
  const png = screenshotPng();
  return [
    new File([], ''),
    new File([new Uint8Array(png.buffer)], 'capture.png'),
    new File(['<svg onload=window.__xss=1>'], 'logo.svg'),
    new File(['<svg onload=window.__xss=1>'], 'logo.png'),
    new File([Uint8Array.from([0x4d, 0x5a, 0x90, 0x00])], 'facture.pdf'),
    new File(['journal'], 'facture\u202Efdp.txt'),
    new File(['journal'], '../../x.txt'),
    new File(['journal du matin'], 'journal.txt'),
  ];
}

let vocabulary: ReturnType<typeof schemaVocabulary>;

const hostileValue = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.constantFrom(...vocabulary.values) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileFiles()) },
  );

/** A value a real form could send for a field of this name, so inputs also get past the schemas and reach the operations. */
function plausibleValue(name: string): fc.Arbitrary<string | File> {
  const text = fc.constantFrom(
    'Texte assez long pour passer les règles du formulaire.',
    'Réponse <img src=x onerror=window.__xss=1> & « guillemets » — 😀',
    'Objet\u0000 avec un NUL au milieu',
    '\u0000Texte qui commence par un NUL et reste assez long',
  );
  const kind = /^ticket/.test(name)
    ? 'ticket'
    : /^(user|requester|assignee)/.test(name)
      ? 'user'
      : /^organization/.test(name)
        ? 'organization'
        : /^(article|sourceTicket)/.test(name)
          ? name.startsWith('article')
            ? 'article'
            : 'ticket'
          : /^announcement/.test(name)
            ? 'announcement'
            : /^email/.test(name)
              ? 'email'
              : name === 'reference'
                ? 'reference'
                : undefined;
  if (kind) return fc.constantFrom(...(idsOf[kind] ?? ids));
  if (/Id$/.test(name)) return fc.constantFrom(...ids);
  if (/email/i.test(name)) return fc.nat(1_000_000).map((n) => `essai${n}@exemple.fr`);
  if (/password|confirmation/i.test(name)) return fc.constantFrom(DEMO_PASSWORD, 'Soleil-Mairie-Vote-42', 'court');
  if (/At$|Date$|^(du|au|from|to)$/.test(name)) return fc.constantFrom('2026-03-02T10:00', '2026-03-02', '2099-01-01T08:00', '2020-01-01T00:00');
  if (/Limit|Percent|Days$|BusinessDays/.test(name)) return fc.constantFrom('5', '75', '0', '100000');
  if (/phone/i.test(name)) return fc.constantFrom('01 23 45 67 89', '+262 262 00 00 00');
  if (name === 'attachments') return fc.constantFrom(...hostileFiles().slice(1, 2), ...hostileFiles().slice(-1));
  if (name === 'code') return fc.constantFrom('123456', 'ABCD-EFGH');
  return fc.oneof(text, fc.constantFrom(...vocabulary.values));
}

/** A form: every field name the schemas know, each absent, plausible or hostile (once or repeated), and a few unknown ones. */
const formFields = () =>
  fc
    .tuple(
      fc.tuple(
        ...vocabulary.fields.map((name) =>
          fc.oneof(
            { weight: 2, arbitrary: fc.constant([] as Array<string | File>) },
            { weight: 8, arbitrary: plausibleValue(name).map((value) => [value]) },
            { weight: 1, arbitrary: fc.array(hostileValue(), { minLength: 1, maxLength: 3 }) },
          ),
        ),
      ),
      fc.array(fc.tuple(fc.string({ maxLength: 12 }), hostileValue()), { maxLength: 3 }),
    )
    .map(([known, unknown]) => [...vocabulary.fields.flatMap((name, i) => known[i]!.map((value) => [name, value] as const)), ...unknown]);

// ——— What "nothing written" means: every table's content, fingerprinted in one query.
let fingerprintQuery: string;
async function fingerprint(): Promise<string> {
  const rows = await world.db.execute<{ digest: string }>(sql.raw(fingerprintQuery));
  return (Array.isArray(rows) ? rows : (rows as { rows: Array<{ digest: string }> }).rows).map((row) => row.digest).join(',');
}

// A refusal speaks French: not zod's or JavaScript's English, no code value.
const ENGLISH = /\b(invalid|expected|received|required|undefined|null|NaN|error|object|string|number|cannot|failed|unexpected)\b/i;
function frenchProblem(state: ActionState<unknown>): string | null {
  if (state.status !== 'error') return null;
  for (const text of [state.message, ...Object.values(state.fieldErrors)]) {
    if (!text || !text.trim()) return 'message vide';
    if (ENGLISH.test(text)) return `message pas en français : ${text}`;
  }
  return null;
}

function digestOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
}

const tally = { actions: 0, inputs: 0, routes: 0, requests: 0, outcomes: {} as Record<string, number> };
const count = (outcome: string) => (tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1);

beforeAll(async () => {
  world.db = handle.db;
  vocabulary = schemaVocabulary(await modulesUnder('lib/validation'), await modulesUnder('lib/search-params'));
  // Real objects of both organizations, so some inputs reach the operations' own checks.
  for (const actor of [actors.agent, actors.reunionAgent]) await createTicket(handle.db, { actor, content: ticketContent(), files: [] });
  const found = await handle.db.execute<{ kind: string; id: string }>(
    sql`select 'ticket' as kind, id::text as id from tickets union all select 'user', id::text from users
        union all select 'organization', id::text from organizations union all select 'article', id::text from faq_articles
        union all select 'announcement', id::text from announcements union all select 'reference', reference from tickets
        union all select 'email', id::text from email_outbox`,
  );
  for (const { kind, id } of Array.isArray(found) ? found : (found as { rows: Array<{ kind: string; id: string }> }).rows) {
    ids.push(id);
    (idsOf[kind] ??= []).push(id);
  }
  const tables = await handle.db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  fingerprintQuery = (Array.isArray(tables) ? tables : (tables as { rows: Array<{ name: string }> }).rows)
    .map(({ name }) => `select '${name}:' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`)
    .join(' union all ');
});

function modulesUnder(dir: string): Promise<object[]> {
  const sources = filesUnder(dir, (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return Promise.all(sources.map((file) => import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<object>));
}

afterAll(() => {
  console.log(
    `Entrées hostiles : ${tally.inputs} sur ${tally.actions} actions, ${tally.requests} requêtes sur ${tally.routes} routes — ${JSON.stringify(tally.outcomes)}`,
  );
});

describe('hostile input to every server action', () => {
  it('finds the actions of app/ (a new module is covered without listing it here)', () => {
    expect(ACTION_MODULES.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of ACTION_MODULES) {
    it(`${file}: never a 500, a French refusal, nothing written when refused`, async () => {
      const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      const actions = Object.entries(loaded).filter(
        (entry): entry is [string, (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>] => typeof entry[1] === 'function',
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        tally.actions += 1;
        // Most inputs come from the callers the action's guard lets in, so they reach its schema and operation.
        await freshWorld();
        const admitted: Caller[] = [];
        for (const caller of CALLERS) {
          await signInAs(caller);
          if (
            await action({ status: 'idle' }, new FormData()).then(
              () => true,
              (error: unknown) => !digestOf(error),
            )
          )
            admitted.push(caller);
        }
        const caller =
          admitted.length > 0
            ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...admitted) }, { weight: 1, arbitrary: fc.constantFrom(...CALLERS) })
            : fc.constantFrom(...CALLERS);
        await fc.assert(
          fc.asyncProperty(caller, formFields(), async (caller, fields) => {
            tally.inputs += 1;
            await signInAs(caller);
            const form = new FormData();
            for (const [field, value] of fields) form.append(field, value);
            const before = await fingerprint();
            let outcome: string;
            try {
              const state = await action({ status: 'idle' }, form);
              outcome = state.status === 'error' ? (state.message === FIELDS_TO_CORRECT ? 'refus (formulaire)' : 'refus (opération)') : state.status;
              const problem = frenchProblem(state);
              if (problem) throw new Error(`${name} (${caller}) : ${problem}`);
              if (state.status === 'error') expect(await fingerprint(), `${name} (${caller}) a écrit en refusant`).toBe(before);
            } catch (error) {
              const digest = digestOf(error);
              if (!digest) throw new Error(`${name} (${caller}) : erreur 500 — ${error instanceof Error ? error.message : String(error)}`, { cause: error });
              outcome = digest.startsWith('NEXT_REDIRECT') ? 'redirection' : digest.replace('NEXT_HTTP_ERROR_FALLBACK;', 'http ');
              // A redirect may follow a success (a new Demande's confirmation page); a 403 or 404 writes nothing.
              if (!digest.startsWith('NEXT_REDIRECT')) expect(await fingerprint(), `${name} (${caller}) a écrit en refusant`).toBe(before);
            }
            count(outcome);
          }),
          { numRuns: RUNS_PER_ACTION },
        );
      }
    });
  }
});

describe('hostile input to every route handler', () => {
  for (const file of ROUTE_MODULES) {
    it(`${file}: never a 500, a French refusal`, async () => {
      tally.routes += 1;
      const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      const handlers = Object.entries(loaded).filter(
        (entry): entry is [string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>] =>
          ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(entry[0]),
      );
      expect(handlers.length).toBeGreaterThan(0);
      const segment = fc.oneof(fc.constantFrom(...HOSTILE_TEXT, ...ids), fc.string({ unit: 'binary', maxLength: 30 }));
      for (const [method, handler] of handlers) {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...CALLERS),
            fc.array(fc.tuple(fc.constantFrom(...vocabulary.searchKeys), segment), { maxLength: 6 }),
            segment,
            async (caller, query, id) => {
              tally.requests += 1;
              await signInAs(caller);
              const url = new URL('http://localhost/api/x');
              for (const [key, value] of query) url.searchParams.append(key, value);
              const response = await handler(new Request(url, { method }), { params: Promise.resolve({ id, slug: id, reference: id }) });
              count(`http ${response.status}`);
              expect(response.status, `${method} ${file} (${caller}) ${url.search} id=${JSON.stringify(id)}`).toBeLessThan(500);
              if (response.status >= 400 && (response.headers.get('content-type') ?? '').includes('json')) {
                const body = (await response.json()) as { error?: string };
                expect(body.error ?? '').not.toMatch(ENGLISH);
                expect(body.error ?? '').not.toBe('');
              }
            },
          ),
          { numRuns: RUNS_PER_ROUTE },
        );
      }
    });
  }
});
