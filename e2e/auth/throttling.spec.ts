import { test } from '@playwright/test';
import { DEMO_PASSWORD, alertOf, expect, signIn } from '../fixtures/personas';

// The e2e server trusts X-Forwarded-For (TRUST_PROXY=1), so each test can play its own client address.
function fromAddress(address: string) {
  return test.extend({ extraHTTPHeaders: { 'X-Forwarded-For': address } });
}

async function failTenTimes(page: import('@playwright/test').Page, emailOf: (i: number) => string) {
  for (let i = 0; i < 10; i++) {
    await signIn(page, emailOf(i), 'mauvais-mot-de-passe');
    await expect(alertOf(page)).toBeVisible();
  }
}

// issue 12: a town hall's agents share one address. Ten failures from it put it under watch, which
// refuses only the accounts that have failures of their own: a colleague's right password still works.
fromAddress('203.0.113.10')('ten failures from one address refuse the guessed accounts, not a colleague with the right password', async ({ page, browser }) => {
  await failTenTimes(page, (i) => `inconnu${i}@exemple.fr`);
  await expect(alertOf(page)).toContainText('Trop de tentatives de connexion infructueuses');

  // An account with a failure of its own is refused from the watched address, right password or not…
  await signIn(page, 'admin@reunion-exemple.demo', 'mauvais-mot-de-passe');
  await expect(alertOf(page)).toContainText('Réessayez dans 15 minutes');
  await signIn(page, 'admin@reunion-exemple.demo', DEMO_PASSWORD);
  await expect(alertOf(page)).toContainText('Réessayez dans 15 minutes');
  await expect(page).toHaveURL(/\/connexion/);

  // …but not from another address.
  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.11' } });
  const otherPage = await other.newPage();
  await signIn(otherPage, 'admin@reunion-exemple.demo', DEMO_PASSWORD);
  await expect(otherPage).toHaveURL(/\/$/);
  await other.close();

  // A colleague who is not under attack signs in from the watched address.
  await signIn(page, 'technicien2@guichet.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/console$/);
});

test('failures on one email back it off from every address, even with the right password', async ({ browser }) => {
  const email = 'agent1@reunion-exemple.demo';
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${i + 1}` } });
    const page = await context.newPage();
    await signIn(page, email, 'mauvais-mot-de-passe');
    await expect(alertOf(page)).toBeVisible();
    await context.close();
  }
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.200' } });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(alertOf(page)).toContainText('Trop de tentatives de connexion infructueuses');
  await expect(page).toHaveURL(/\/connexion/);
  await context.close();
});
