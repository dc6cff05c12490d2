import { expect, test } from '@playwright/test';
import { callAction, contextFor } from './http';
import { actionId, fileTicket } from './objects';

// issue 12: hostile requests answer as a refusal, never as a 500: an undecodable path is not
// found, a state-changing request from another origin (or from none) is forbidden.

test('a path that does not decode (%ff) is not found, in every area, with its security headers', async () => {
  const cases: Array<['agent' | 'technician', string]> = [
    ['agent', '/demandes/%ff'],
    ['agent', '/demandes/%ff/confirmation'],
    ['agent', '/faq/%ff'],
    ['agent', '/api/pieces-jointes/%ff'],
    ['agent', '/api/annonces/fichiers/%ff'],
    ['agent', '/%ff'],
    ['technician', '/console/demandes/%ff'],
    ['technician', '/console/faq/%ff'],
    ['technician', '/console/annonces/%ff'],
    ['technician', '/console/incidents/%ff'],
    ['technician', '/api/pieces-jointes/%e9t%e9'],
  ];
  for (const persona of ['agent', 'technician'] as const) {
    const context = await contextFor(persona);
    for (const [who, path] of cases.filter(([who]) => who === persona)) {
      const response = await context.get(path);
      expect(response.status(), `${who} ${path}`).toBe(404);
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      if (!path.startsWith('/api/')) expect(await response.text(), path).toContain('Page introuvable');
    }
    await context.dispose();
  }
  const manager = await contextFor('manager');
  expect((await manager.get('/console/organisations/%ff')).status()).toBe(404);
  await manager.dispose();
});

test('a server action posted from another origin, from no origin or from a sandbox is forbidden, and changes nothing', async () => {
  const ticket = await fileTicket();
  const agent = await contextFor('agent');
  const reply = actionId('app/(portal)/demandes/actions.ts#replyAction');
  const fields: Array<[string, string]> = [
    ['ticketId', ticket.id],
    ['reference', ticket.reference],
    ['body', 'Réponse forgée par un autre site.'],
  ];
  const origins: Array<Record<string, string>> = [
    { origin: 'https://autre.example' },
    {},
    { origin: 'null' },
    { origin: 'http://localhost.autre.example:3100' },
  ];
  for (const headers of origins) {
    const { response } = await callAction(agent, `/demandes/${ticket.reference}`, reply, fields, headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(await response.text()).toBe('Requête refusée : elle ne vient pas d’une page de Guichet.');
  }
  const page = await (await agent.get(`/demandes/${ticket.reference}`)).text();
  expect(page).not.toContain('Réponse forgée par un autre site.');

  // The same request from the portal's own page goes through.
  const genuine = await callAction(agent, `/demandes/${ticket.reference}`, reply, [...fields.slice(0, 2), ['body', 'Réponse du portail.']]);
  expect(genuine.status).toBe('success');
  await agent.dispose();
});

test('a sign-in or sign-out posted from another origin is forbidden', async () => {
  const anonymous = await contextFor('anonymous');
  for (const path of ['/api/auth/callback/credentials', '/api/auth/signout']) {
    const response = await anonymous.post(path, { headers: { origin: 'https://autre.example' }, form: { email: 'agent1@saint-exemple.demo', password: 'x' } });
    expect(response.status(), path).toBe(403);
  }
  await anonymous.dispose();
});
