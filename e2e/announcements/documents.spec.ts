import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';

test.use({ storageState: storageStateOf('agent') });

test('the portal lists what is ahead first, from the demo data: version 5.2 ahead, the technical document behind', async ({ page }) => {
  await page.goto('/annonces');
  await expect(page.getByRole('heading', { level: 1, name: 'Annonces' })).toBeVisible();
  const release = page.getByRole('region', { name: 'À venir' }).getByRole('article', { name: /Version 5\.2/ });
  await expect(release).toContainText('Nouvelle version');
  await expect(release).toContainText('Mise en service');
  await expect(release.getByRole('heading', { name: 'Nouveautés' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Précédentes' }).getByRole('article', { name: 'Prérequis techniques du poste de travail' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the support publishes a technical document with a file, corrects it, and an agent downloads the file as an attachment', async ({ page, browser }) => {
  const title = `Guide d’installation des lecteurs de cartes ${Date.now()}`;
  const fileName = 'Guide de mise à jour 5.2.txt';
  const content = 'Étape 1 : fermer le navigateur.\nÉtape 2 : installer le pilote.\n';

  const context = await browser.newContext({ storageState: storageStateOf('manager') });
  const staff = await context.newPage();
  await staff.goto('/console/annonces/nouvelle');
  await staff.getByLabel('Type d’annonce').selectOption('document');
  await expect(staff.getByLabel(/^Début/)).toHaveCount(0);
  await staff.getByLabel('Titre').fill(title);
  await staff.getByLabel('Version (facultatif)').fill('5.2');
  await staff.getByLabel('Module concerné').selectOption('COMEDEC');
  await staff.getByLabel('Texte (obligatoire)', { exact: true }).fill('Le guide est joint.');
  await staff.getByLabel('Fichiers à publier').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(content) });
  await staff.getByRole('button', { name: 'Publier l’annonce' }).click();
  await expect(staff.getByRole('status').filter({ hasText: title })).toHaveText(`Annonce « ${title} » publiée.`);

  await staff.getByRole('link', { name: title }).click();
  await expect(staff.getByRole('heading', { name: 'Modifier l’annonce' })).toBeVisible();
  await expect(staff.getByRole('link', { name: fileName })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByLabel('Texte (obligatoire)', { exact: true }).fill('Le guide est joint. **Lisez-le avant d’installer le pilote.**');
  await staff.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(staff.getByRole('status').filter({ hasText: title })).toHaveText(`Annonce « ${title} » enregistrée.`);
  await context.close();

  await page.goto('/annonces?type=documents');
  const card = page.getByRole('article', { name: title });
  await expect(card).toContainText('Document technique');
  await expect(card).toContainText('Module COMEDEC');
  await expect(card.locator('strong')).toHaveText('Lisez-le avant d’installer le pilote.');
  await expectNoSeriousA11yViolations(page);

  const link = card.getByRole('link', { name: fileName });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(fileName);

  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(response.headers()['content-disposition']).toContain(`filename*=UTF-8''Guide%20de%20mise%20%C3%A0%20jour%205.2.txt`);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-type']).toBe('text/plain');
  expect(await response.text()).toBe(content);

  expect((await page.request.get('/api/annonces/fichiers/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
});
