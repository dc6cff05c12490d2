import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, testAs } from '../fixtures/personas';
import { REUNION, filterByOrganization, recordPhoneCall } from './phone-call';

const test = testAs('technician');

test('a technician records two calls, finds them in the queue by deadline, filters, and assigns them to a colleague', async ({ page }) => {
  test.slow();
  const tag = Date.now().toString(36);
  await page.goto('/console/demandes/nouvelle');
  await expectNoSeriousA11yViolations(page);

  // Refused fields say why, next to the field, and keep what was typed.
  await page.getByLabel('Collectivité (obligatoire)', { exact: true }).selectOption({ label: REUNION });
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Objet (obligatoire)', { exact: true }).fill('Copie intégrale');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByLabel('Demandeur')).toHaveAccessibleDescription('Choisissez le demandeur.');
  await expect(page.getByLabel('Objet (obligatoire)', { exact: true })).toHaveValue('Copie intégrale');
  await expectNoSeriousA11yViolations(page);

  const first = await recordPhoneCall(page, `Mention marginale absente ${tag}`);
  const second = await recordPhoneCall(page, `Copie intégrale illisible ${tag}`);

  // "Non prises en charge" by default, with counts; nearest deadline first.
  await page.goto('/console/demandes');
  const current = page.getByRole('navigation', { name: 'Files de demandes' }).getByRole('link', { name: /Non prises en charge/ });
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(current).toHaveText(/Non prises en charge\s*\d+/);
  const deadlines = await page.locator('tbody time').evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
  expect(deadlines.length).toBeGreaterThanOrEqual(2);
  expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  await expectNoSeriousA11yViolations(page);

  // Filter by organization: the filter lives in the URL and survives a refresh.
  await filterByOrganization(page);
  await page.reload();
  await expect(page.getByLabel('Collectivité', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Collectivité', { exact: true }).locator('option:checked')).toHaveText(REUNION);
  const organizations = await page.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(organizations.length).toBeGreaterThanOrEqual(2);
  expect(new Set(organizations)).toEqual(new Set([REUNION]));
  await expect(page.getByRole('link', { name: first, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: second, exact: true })).toBeVisible();

  // Bulk: assign both to Inès, each through its own operation; the page says which.
  await page.getByRole('checkbox', { name: `Sélectionner ${first}` }).check();
  await page.getByRole('checkbox', { name: `Sélectionner ${second}` }).check();
  await expect(page.getByText('2 demandes sélectionnées.')).toBeVisible();
  await page.getByLabel('Assigner à').selectOption({ label: 'Inès Technicienne' });
  await page.getByRole('button', { name: 'Assigner la sélection' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Assignées à Inès Technicienne' });
  await expect(done).toContainText(first);
  await expect(done).toContainText(second);
  for (const reference of [first, second]) {
    await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: reference, exact: true }) })).toContainText('Inès Technicienne');
  }
  await expect(page).toHaveURL(/collectivite=/);
  await expectNoSeriousA11yViolations(page);

  // Bulk pickup: the lifecycle decides per Demande.
  await page.getByRole('checkbox', { name: `Sélectionner ${first}` }).check();
  await page.getByRole('button', { name: /Prendre en charge \(1\)/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Prise en charge : ${first}` })).toBeVisible();
  await expect(page.getByRole('link', { name: first, exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: /^Mes demandes/ }).click();
  await expect(page.getByRole('link', { name: first, exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: first, exact: true }) })).toContainText('Thomas Technicien');
});

test('a technician is refused the managers’ settings, and does not see their link', async ({ page }) => {
  const response = await page.goto('/console/parametres');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  await page.goto('/console');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres' })).toHaveCount(0);
});
