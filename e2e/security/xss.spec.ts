import { test, type Browser, type Page } from '@playwright/test';
import { expect, storageStateOf, type PersonaName } from '../fixtures/personas';
import { callAction, contextFor } from './http';
import { actionId } from './objects';

// issue 12: script written into every text field a person fills — a Demande, a reply, an FAQ
// article, an announcement — stays text in both areas: nothing runs (window.__xss stays unset),
// no element or link is made of it, and the reader sees it as it was typed.

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const LINK = '[ouvrir](javascript:window.__xss=1)';
const MARK = `xss-${Date.now()}`;

async function open(browser: Browser, persona: PersonaName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(persona) });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(event.violatedDirective);
    });
  });
  return context.newPage();
}

/** Nothing ran, nothing was built from the payloads, and the given texts read literally. */
async function expectInert(page: Page, url: string, literally: string[]) {
  await page.goto(url);
  await expect(page.getByText(MARK).first()).toBeVisible();
  for (const text of literally) await expect(page.getByText(text, { exact: false }).first(), `${url} : ${text}`).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), url).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []), url).toEqual([]);
  await expect(page.locator('img[src="x"], img[onerror], svg[onload], a[href^="javascript:"]'), url).toHaveCount(0);
  await expect(page.locator('script:not([src])').filter({ hasText: '__xss' }), url).toHaveCount(0);
}

test('script typed into a Demande, replies, an FAQ article and an announcement stays text in the portal and the console', async ({ browser }) => {
  test.slow();
  // The agent files the Demande through the form, then replies.
  const agent = await open(browser, 'agent');
  await agent.goto('/demandes/nouvelle');
  await agent.getByLabel('Objet').fill(`${MARK} ${IMG}`);
  await agent.getByLabel('Module concerné').selectOption('État civil');
  await agent.getByLabel('Contexte').fill(`Contexte ${SCRIPT} puis ${SVG} et ${LINK}`);
  await agent.getByLabel('Message d’erreur').fill(IMG);
  await agent.getByLabel('Enchaînement des menus').fill(`Actes > ${SCRIPT}`);
  await agent.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(agent.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  const reference = (await agent.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];
  await agent.goto(`/demandes/${reference}`);
  await agent.getByLabel('Votre message (obligatoire)', { exact: true }).fill(`Réponse ${IMG} ${LINK}`);
  await agent.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(agent.getByText(`Réponse ${IMG}`, { exact: false })).toBeVisible();

  // The support answers publicly, writes an FAQ article and an announcement (over HTTP, as their forms post).
  const technician = await contextFor('technician');
  const ticketHtml = await (await technician.get(`/console/demandes/${reference}`)).text();
  const ticketId = /name="ticketId"[^>]*value="([0-9a-f-]{36})"|value="([0-9a-f-]{36})"[^>]*name="ticketId"/.exec(ticketHtml)!.slice(1).find(Boolean)!;
  const comment = await callAction(technician, `/console/demandes/${reference}`, actionId('app/console/demandes/[reference]/actions.ts#commentAction'), [
    ['ticketId', ticketId],
    ['reference', reference],
    ['kind', 'public'],
    ['body', `Support ${SCRIPT} ${SVG}`],
  ]);
  expect(comment.status).toBe('success');
  const article = await callAction(technician, '/console/faq/nouvelle', actionId('app/console/faq/actions.ts#createFaqArticleAction'), [
    ['title', `${MARK} question ${IMG}`],
    ['module', 'État civil'],
    ['body', `Réponse ${SCRIPT}\n\n${LINK}\n\n![pixel](https://pistage.example/p.gif)\n\n<iframe src="https://autre.example"></iframe>`],
    ['published', 'on'],
  ]);
  expect(article.answer.kind).toBe('redirect');
  const articleId = /\/console\/faq\/([0-9a-f-]{36})/.exec(article.answer.kind === 'redirect' ? article.answer.location : '')![1]!;
  const announcement = await callAction(technician, '/console/annonces/nouvelle', actionId('app/console/annonces/actions.ts#createAnnouncementAction'), [
    ['kind', 'document'],
    ['title', `${MARK} annonce ${IMG}`],
    ['body', `Texte ${SCRIPT} ${LINK}`],
  ]);
  expect(announcement.answer.kind, announcement.message).toBe('redirect');
  await technician.dispose();

  await expectInert(agent, `/demandes/${reference}`, [IMG, SCRIPT, `Support ${SCRIPT}`, `Actes > ${SCRIPT}`]);
  await expectInert(agent, '/demandes', [IMG]);
  await agent.goto('/faq');
  await agent.getByRole('link', { name: `${MARK} question ${IMG}` }).click();
  await agent.waitForURL(/\/faq\/[a-z0-9-]+$/);
  await expectInert(agent, agent.url(), [IMG, SCRIPT, '[Image : pixel]']);
  await expectInert(agent, '/annonces', [IMG, SCRIPT]);

  const staff = await open(browser, 'technician');
  await expectInert(staff, `/console/demandes/${reference}`, [IMG, SCRIPT, `Réponse ${IMG}`]);
  await expectInert(staff, '/console/demandes?file=toutes', [IMG]);
  await expectInert(staff, '/console/faq', [IMG]);
  await staff.goto(`/console/faq/${articleId}`);
  await expect(staff.getByRole('region', { name: 'Aperçu' }).getByText(SCRIPT)).toBeVisible();
  expect(await staff.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expectInert(staff, '/console/annonces', [IMG]);
});
