import { expect, test, type APIResponse } from '@playwright/test';
import { screenshotPng } from '../fixtures/files';
import { storageStateOf } from '../fixtures/personas';
import { BASE_URL, callAction, contextFor } from './http';
import { actionId, fileTicket } from './objects';

// issue 12: the security headers on every kind of answer (scripts/serve.mjs sets them before
// Next.js sees the request), and a policy strict enough to matter yet loose enough that every
// page still works in the browser.

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, `${what} : Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(policy, `${what} : Content-Security-Policy`).toMatch(/default-src '(self|none)'/);
  expect(headers['permissions-policy'], `${what} : Permissions-Policy`).toContain('camera=()');
  expect(headers['referrer-policy'], `${what} : Referrer-Policy`).toBe('same-origin');
  expect(headers['x-content-type-options'], `${what} : X-Content-Type-Options`).toBe('nosniff');
  expect(headers['x-frame-options'], `${what} : X-Frame-Options`).toBe('DENY');
  // The e2e server's public address is http://localhost: no HSTS there (see production-server.spec.ts).
  expect(headers['strict-transport-security'], `${what} : HSTS`).toBeUndefined();
  return policy;
}

test('every kind of answer carries the security headers, error pages and downloads included', async () => {
  test.slow();
  const anonymous = await contextFor('anonymous');
  const agent = await contextFor('agent');
  const ticket = await fileTicket();

  const page = await agent.get('/');
  const answers: Array<[string, APIResponse, number]> = [
    ['une page', page, 200],
    ['la page de connexion', await anonymous.get('/connexion'), 200],
    ['une redirection vers la connexion', await anonymous.get('/demandes', { maxRedirects: 0 }), 307],
    ['une page introuvable', await agent.get('/page-qui-n-existe-pas'), 404],
    ['un chemin indécodable', await agent.get('/demandes/%ff'), 404],
    ['une page refusée', await agent.get('/console'), 403],
    ['une réponse JSON', await agent.get('/api/faq/suggestions?q=acte'), 200],
    ['un refus JSON', await anonymous.get('/api/faq/suggestions?q=acte'), 401],
    ['un téléchargement', await agent.get(`/api/pieces-jointes/${ticket.attachmentId}`), 200],
    ['un fichier statique', await agent.get(/src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())![1]!), 200],
  ];
  const action = await callAction(agent, `/demandes/${ticket.reference}`, actionId('app/(portal)/demandes/actions.ts#replyAction'), [
    ['ticketId', ticket.id],
    ['reference', ticket.reference],
    ['body', 'Une réponse, pour ses en-têtes.'],
  ]);
  answers.push(['la réponse d’une action', action.response, 200]);
  const refused = await callAction(agent, '/demandes', actionId('app/(portal)/demandes/actions.ts#replyAction'), [], { origin: 'https://autre.example' });
  answers.push(['une action d’une autre origine, refusée', refused.response, 403]);

  for (const [what, response, status] of answers) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
  const download = answers.find(([what]) => what === 'un téléchargement')![1];
  expect(download.headers()['content-security-policy']).toContain('sandbox');
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  await anonymous.dispose();
  await agent.dispose();
});

test('the policy allows scripts only by a fresh nonce, which Next.js puts on each of its scripts', async () => {
  const anonymous = await contextFor('anonymous');
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await anonymous.get('/connexion');
    const policy = response.headers()['content-security-policy']!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).not.toContain('unsafe-eval');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(2);
  await anonymous.dispose();
});

test('the pages work under the policy: no violation while signing in, filing with a preview, reading the queue', async ({ browser }) => {
  test.slow();
  const violations: string[] = [];
  const watch = async (storageState?: string) => {
    const context = await browser.newContext({ storageState });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return { context, page };
  };
  const collect = async (page: import('@playwright/test').Page) =>
    violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));

  const visitor = await watch();
  await visitor.page.goto('/connexion');
  await visitor.page.getByLabel('Adresse e-mail').fill('agent2@saint-exemple.demo');
  await visitor.page.getByLabel('Mot de passe').fill('Guichet-Demo-2026!');
  await visitor.page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(visitor.page).toHaveURL(`${BASE_URL}/`);
  await collect(visitor.page);
  await visitor.page.goto('/demandes/nouvelle');
  await visitor.page.getByLabel('Pièces jointes').setInputFiles(screenshotPng());
  // The preview is a blob: image the policy allows.
  await expect(visitor.page.getByRole('img', { name: 'Aperçu de capture-ecran.png' })).toBeVisible();
  expect(
    await visitor.page.getByRole('img', { name: 'Aperçu de capture-ecran.png' }).evaluate((image: HTMLImageElement) => image.naturalWidth),
  ).toBeGreaterThan(0);
  await collect(visitor.page);
  await visitor.context.close();

  const staff = await watch(storageStateOf('technician'));
  await staff.page.goto('/console/demandes?file=toutes');
  await expect(staff.page.getByRole('heading', { level: 1, name: 'Demandes' })).toBeVisible();
  await collect(staff.page);
  await staff.context.close();

  expect(violations).toEqual([]);
});
