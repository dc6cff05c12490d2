import { test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';
import { takeAndQualifyMajor } from './console-steps';

// Issue 16: the client sees who follows the Demande and its criticité (explained), and opening it
// reads its notifications; the bell follows.

/** The bell's unread count, as its link says it. */
async function unreadOf(page: Page): Promise<number> {
  const bell = await page
    .getByRole('link', { name: /^Notifications/ })
    .first()
    .textContent();
  return Number(bell?.match(/(\d+)/)?.[1] ?? 0);
}

test.use({ storageState: storageStateOf('agent') });

test('the client reads who follows the Demande and its criticité, and opening it reads its notifications', async ({ page, browser }) => {
  test.slow();
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill('Mentions marginales absentes');
  await page.getByLabel('Module concerné').selectOption('État civil');
  await page.getByLabel('Contexte').fill('Les mentions marginales ne figurent plus sur les copies intégrales.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  const reference = (await page.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];

  // The technician takes it in charge and qualifies it Majeure: the requester is told each time.
  const console = await browser.newContext({ storageState: storageStateOf('technician') });
  const staff = await console.newPage();
  await takeAndQualifyMajor(staff, reference);
  await console.close();

  await page.goto('/');
  const before = await unreadOf(page);
  expect(before).toBeGreaterThan(0);
  await page.goto(`/demandes/${reference}`);
  await expect(page.getByText('Suivie par Thomas Technicien')).toBeVisible();
  await expect(page.getByText('Criticité : Majeure')).toBeVisible();
  // Its notifications are read: the bell counts fewer, and going back changes nothing more.
  await expect.poll(() => unreadOf(page)).toBeLessThan(before);
  const after = await unreadOf(page);
  await page.reload();
  await expect(page.getByText('Suivie par Thomas Technicien')).toBeVisible();
  expect(await unreadOf(page)).toBe(after);
  await expectNoSeriousA11yViolations(page);

  // What Majeure means, with the booklet's definitions and deadlines.
  await page.getByRole('link', { name: '(ce que cela signifie)' }).click();
  await expect(page).toHaveURL(/\/aide\/criticite$/);
  await expect(page.getByRole('heading', { level: 1, name: 'La criticité d’une anomalie' })).toBeVisible();
  for (const level of ['Bloquante', 'Majeure', 'Mineure']) await expect(page.getByRole('heading', { level: 2, name: level })).toBeVisible();
  await expect(page.getByText('Délai : 12 heures ouvrées')).toBeVisible();
  await expect(page.getByText('Délai : 6 jours ouvrés')).toBeVisible();
  await expect(page.getByText('Délai : aucun délai')).toBeVisible();
});

test.describe('the journal', () => {
  test.use({ storageState: storageStateOf('manager') });

  test('says each entry in French: no JSON, no ISO date, an IPv4 address as such, in the page and its CSV', async ({ page }) => {
    await page.goto('/console/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/::ffff:|[{}]|"|\d{4}-\d{2}-\d{2}|Etat civil/);
    const csv = await (await page.request.get('/api/journal')).text();
    const details = csv.split('\r\n').map((line) => line.split(';').slice(6).join(';'));
    expect(details.join('\n')).not.toMatch(/::ffff:|[{}]|\d{4}-\d{2}-\d{2}/);
  });
});

test('the site has a favicon', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});
