import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { ACTIONS, ROUTES, VISITORS, type Expected, type MatrixVisitor } from './access-matrix';
import { BASE_URL, answerOf, buildActions, buildRoutes, callAction, contextFor, type Answer } from './http';
import { makeObjects, type SecurityObjects } from './objects';

// The access matrix (access-matrix.ts) against the production build, over HTTP.

let objects: SecurityObjects;
const contexts = new Map<MatrixVisitor, APIRequestContext>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  objects = await makeObjects();
  for (const visitor of VISITORS) contexts.set(visitor, await contextFor(visitor === 'otherOrganization' ? 'reunionAgent' : visitor));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function matches(expected: Expected, answer: Answer, message: string | undefined, status: string | undefined): boolean {
  switch (expected) {
    case 'allowed':
      return answer.kind === 'allowed';
    case 'sign-in':
    case 'redirect':
      return answer.kind === expected;
    case 'refused':
      // The action ran and refused, in words of its own (not the form's "fields to correct"), or a 403/404.
      return (
        (answer.kind === 'allowed' && status === 'error' && !!message && message !== 'Certains champs sont à corriger.') ||
        (answer.kind === 'status' && [403, 404].includes(answer.status))
      );
    default:
      return answer.kind === 'status' && answer.status === expected && !answer.streamed;
  }
}

function told(answer: Answer, message?: string): string {
  if (answer.kind === 'status' && answer.streamed)
    return `${answer.status} rendu dans une réponse déjà partie avec le statut 200 (refus levé sous un loading.tsx)`;
  if (answer.kind === 'status') return String(answer.status);
  if (answer.kind === 'redirect') return `redirection vers ${answer.location}`;
  if (answer.kind === 'allowed' && message) return `allowed (« ${message} »)`;
  return answer.kind;
}

/** Runs the checks a few at a time (the server has two cores). */
async function inBatches<T>(items: T[], run: (item: T) => Promise<void>, size = 4): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

test('every page, route handler and server action of the build is in the matrix', () => {
  const routes = buildRoutes();
  const actions = [...buildActions().keys()];
  const problems = [
    ...routes.filter((route) => !(route in ROUTES)).map((route) => `route absente de e2e/security/access-matrix.ts (ROUTES) : '${route}'`),
    ...Object.keys(ROUTES)
      .filter((route) => !routes.includes(route))
      .map((route) => `route de la matrice absente de la construction (à retirer) : '${route}'`),
    ...actions.filter((action) => !(action in ACTIONS)).map((action) => `action absente de e2e/security/access-matrix.ts (ACTIONS) : '${action}'`),
    ...Object.keys(ACTIONS)
      .filter((action) => !actions.includes(action))
      .map((action) => `action de la matrice absente de la construction (à retirer) : '${action}'`),
  ];
  expect(problems, problems.join('\n')).toEqual([]);
  console.log(`Matrice des accès : ${routes.length} routes et ${actions.length} actions, ${VISITORS.length} visiteurs chacune.`);
});

test('every page and route handler answers each visitor as the matrix says', async () => {
  test.setTimeout(300_000);
  const built = buildRoutes();
  const checks = Object.entries(ROUTES)
    .filter(([route]) => built.includes(route))
    .flatMap(([route, rule]) => VISITORS.map((visitor) => ({ route, rule, visitor })));
  const mismatches: string[] = [];
  await inBatches(checks, async ({ route, rule, visitor }) => {
    const url = rule.url?.(objects) ?? route;
    const context = contexts.get(visitor)!;
    const response = rule.post
      ? await context.post(url, { data: rule.post, headers: { origin: BASE_URL, 'content-type': 'text/plain' }, maxRedirects: 0 })
      : await context.get(url, { maxRedirects: 0 });
    let answer = await answerOf(response);
    // A refusal thrown after the page began streaming (under a loading.tsx) keeps the status 200, the
    // refusal travelling in the page as an error digest: told apart.
    const streamed = answer.kind === 'allowed' ? /NEXT_HTTP_ERROR_FALLBACK;(\d{3})/.exec(await response.text()) : null;
    if (streamed) answer = { kind: 'status', status: Number(streamed[1]), streamed: true };
    const expected = rule.answers[visitor];
    if (!matches(expected, answer, undefined, undefined)) mismatches.push(`${url} — ${visitor} : attendu ${expected}, obtenu ${told(answer)}`);
  });
  console.log(`Matrice des accès : ${checks.length} requêtes sur les pages et routes.`);
  expect(mismatches.sort(), mismatches.join('\n')).toEqual([]);
});

test('every server action answers each visitor as the matrix says', async () => {
  test.setTimeout(300_000);
  const built = buildActions();
  const checks = Object.entries(ACTIONS)
    .filter(([key]) => built.has(key))
    .flatMap(([key, rule]) => VISITORS.map((visitor) => ({ key, rule, visitor })));
  const mismatches: string[] = [];
  await inBatches(checks, async ({ key, rule, visitor }) => {
    const { id, pages } = built.get(key)!;
    // Posted to a page that holds the action, as its form would (a static page when there is one).
    const page = [...pages].sort((a, b) => Number(a.includes('[')) - Number(b.includes('[')))[0]!;
    const url = ROUTES[page]?.url?.(objects) ?? page;
    const fields = visitor === 'otherOrganization' && rule.object ? rule.object(objects) : [];
    const result = await callAction(contexts.get(visitor)!, url, id, fields);
    const expected = rule.answers[visitor];
    if (!matches(expected, result.answer, result.message, result.status)) {
      mismatches.push(`${key} (sur ${url}) — ${visitor} : attendu ${expected}, obtenu ${told(result.answer, result.message)}`);
    }
  });
  console.log(`Matrice des accès : ${checks.length} appels d’actions.`);
  expect(mismatches.sort(), mismatches.join('\n')).toEqual([]);
});
