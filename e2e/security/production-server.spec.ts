import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../fixtures/personas';
import { actionId } from './objects';

// issue 12: a second server on the same build, configured as production runs it — a public
// address in https and no trusted proxy — to check what the e2e server (http, TRUST_PROXY=1)
// cannot show: HSTS, Secure cookies, and X-Forwarded-* headers that are not believed.

const PORT = 3199;
const LOCAL = `http://localhost:${PORT}`;
const PUBLIC_URL = 'https://guichet.exemple.fr';

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn(process.execPath, ['node_modules/.bin/tsx', 'scripts/e2e-server.ts'], {
    env: { ...process.env, E2E_PORT: String(PORT), E2E_PUBLIC_URL: PUBLIC_URL, E2E_TRUST_PROXY: '0', E2E_BUILD: '0' },
    stdio: 'ignore',
    detached: true,
  });
  const started = Date.now();
  for (;;) {
    const up = await fetch(`${LOCAL}/connexion`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) break;
    if (server.exitCode !== null) throw new Error(`Le second serveur s’est arrêté (code ${server.exitCode}).`);
    if (Date.now() - started > 170_000) throw new Error('Le second serveur ne répond pas.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  // The whole group: the e2e server script and the Next.js server it started.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

/** next-auth's sign-in, as the form posts it, cookies carried by hand. */
async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${LOCAL}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${LOCAL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: PUBLIC_URL,
      cookie: cookies.map((cookie) => cookie.split(';')[0]).join('; '),
      ...headers,
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: PUBLIC_URL, json: 'true' }),
  });
  const { url } = (await response.json()) as { url: string };
  return { cookies: [...cookies, ...response.headers.getSetCookie()], error: new URL(url).searchParams.get('error') };
}

test('HSTS and an upgrade of insecure requests when the public address is https', async () => {
  for (const path of ['/connexion', '/page-qui-n-existe-pas', '/demandes/%ff']) {
    const response = await fetch(`${LOCAL}${path}`, { redirect: 'manual' });
    expect(response.headers.get('strict-transport-security'), path).toBe('max-age=63072000; includeSubDomains');
    expect(response.headers.get('content-security-policy'), path).toContain('upgrade-insecure-requests');
  }
});

test('every cookie is Secure (and the session’s __Secure-) when the public address is https', async () => {
  const { cookies, error } = await signIn('agent1@saint-exemple.demo', DEMO_PASSWORD);
  expect(error).toBeNull();
  const session = cookies.find((cookie) => cookie.startsWith('__Secure-next-auth.session-token='));
  expect(session, cookies.join('\n')).toBeDefined();
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; SameSite=Lax/i);
  for (const cookie of cookies) expect(cookie, cookie).toMatch(/; Secure/i);
});

test('without TRUST_PROXY, a client’s X-Forwarded-Host does not pass a cross-origin action off as same-origin', async () => {
  // node:http, not fetch: the request names its Host as the reverse proxy would pass it on.
  const post = async (headers: Record<string, string>) => {
    const form = new FormData();
    form.append('_1_email', 'personne@exemple.fr');
    form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    return new Promise<{ status: number; text: string; policy: string | undefined }>((resolve, reject) => {
      const sent = request(
        `${LOCAL}/connexion/mot-de-passe-oublie`,
        {
          method: 'POST',
          headers: {
            host: new URL(PUBLIC_URL).host,
            'content-type': encoded.headers.get('content-type')!,
            'content-length': body.byteLength,
            'next-action': actionId('app/(auth)/connexion/actions.ts#forgotPasswordAction'),
            accept: 'text/x-component',
            ...headers,
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text, policy: String(response.headers['content-security-policy']) }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  };
  const forged = await post({ origin: 'https://autre.example', 'x-forwarded-host': 'autre.example' });
  expect(forged.status).toBe(403);
  expect(forged.text).toBe('Requête refusée : elle ne vient pas d’une page de Guichet.');
  expect(forged.policy).toContain("frame-ancestors 'none'");
  expect((await post({})).status).toBe(403);
  const genuine = await post({ origin: PUBLIC_URL });
  expect(genuine.status).toBe(200);
  expect(genuine.text).toContain('"status":');
});

test('without TRUST_PROXY, a client’s X-Forwarded-For does not hide its address from the sign-in throttle', async () => {
  // Ten failures, each claiming another address: all come from this one socket, which is put under watch.
  let last: string | null = null;
  for (let i = 0; i < 10; i++) {
    ({ error: last } = await signIn(`inconnu${i}@exemple.fr`, 'mauvais-mot-de-passe', { 'x-forwarded-for': `198.51.100.${i + 1}` }));
  }
  expect(last).toMatch(/^throttled:/);
});
