import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { screenshotPng } from '../fixtures/files';
import { expect, storageStateOf } from '../fixtures/personas';
import { takeAndQualifyMajor } from './console-steps';

test.use({ storageState: storageStateOf('agent') });

test('an agent files a Demande with a screenshot, support asks for information, the agent answers and the clock resumes', async ({ page, browser }) => {
  test.slow();
  await page.goto('/demandes/nouvelle');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Objet').fill('Édition des actes de naissance impossible');
  await page.getByLabel('Module concerné').selectOption('État civil');
  await page.getByLabel('Contexte').fill('Depuis ce matin, le bouton Éditer ne produit plus le PDF de l’acte.');
  await page.getByLabel('Message d’erreur').fill('Erreur 500 – génération impossible');
  await page.getByLabel('Enchaînement des menus').fill('Actes > Naissance > Éditer');
  await page.getByLabel('Pièces jointes').setInputFiles(screenshotPng());
  await expect(page.getByRole('img', { name: 'Aperçu de capture-ecran.png' })).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();

  await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  const reference = (await page.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];
  await expect(page.getByRole('status').filter({ hasText: 'accusé de réception' })).toContainText('prise en charge au plus tard');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Suivre la demande' }).click();
  await expect(page.getByRole('heading', { name: 'Édition des actes de naissance impossible' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^capture-ecran\.png/ })).toBeVisible();
  await expect(page.locator('[data-clock="pickup"]')).toContainText('(dans le délai)');
  await expectNoSeriousA11yViolations(page);

  // The technician, in the console: takes it in charge, qualifies it Majeure, asks for information.
  const console = await browser.newContext({ storageState: storageStateOf('technician') });
  const staff = await console.newPage();
  await takeAndQualifyMajor(staff, reference);
  const ask = staff.locator('details', { has: staff.getByText('Demander des informations', { exact: true }) });
  await ask.locator('summary').click();
  await ask.getByLabel('Question au client').fill('Pouvez-vous nous envoyer le PDF généré la veille ?');
  await ask.getByRole('button', { name: 'Demander des informations' }).click();
  await expect(staff.locator('[data-clock="remedy"]')).toContainText('En pause : en attente du client');
  await expectNoSeriousA11yViolations(staff);
  await console.close();

  // The agent sees the change, answers with an attachment, and the clock runs again.
  await page.reload();
  await expect(page.getByText('En attente du client').first()).toBeVisible();
  await expect(page.locator('[data-clock="remedy"]')).toContainText('En pause : en attente de votre réponse');
  await expect(page.locator('[data-awaited-question]')).toHaveText('Pouvez-vous nous envoyer le PDF généré la veille ?');
  await page.getByLabel('Votre réponse (obligatoire)', { exact: true }).fill('Voici la capture de la veille.');
  await page.getByLabel('Pièces jointes').setInputFiles(screenshotPng('veille.png'));
  await page.getByRole('button', { name: 'Envoyer les informations' }).click();
  await expect(page.getByText('Informations apportées par le client')).toBeVisible();
  await expect(page.locator('[data-clock="remedy"]')).not.toContainText('En pause');
  await expect(page.getByRole('link', { name: /^veille\.png/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An agent of another organization gets a 404 on that reference, and on its attachment.
  const other = await browser.newContext({ storageState: storageStateOf('reunionAgent') });
  const stranger = await other.newPage();
  const response = await stranger.goto(`/demandes/${reference}`);
  expect(response?.status()).toBe(404);
  const href = await page.getByRole('link', { name: /^veille\.png/ }).getAttribute('href');
  expect((await stranger.request.get(href!)).status()).toBe(404);
  await other.close();
});

test('an attachment downloads as a file; only a raster image’s preview is shown inline, as an image and nothing else', async ({ page }) => {
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill('Pièce jointe à télécharger');
  await page.getByLabel('Module concerné').selectOption('Élections');
  await page.getByLabel('Contexte').fill('Contrôle du téléchargement des pièces jointes.');
  await page
    .getByLabel('Pièces jointes')
    .setInputFiles([screenshotPng('preuve.png'), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Journal de la veille.') }]);
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page.getByRole('link', { name: 'Suivre la demande' }).click();
  const href = await page.getByRole('link', { name: /^preuve\.png/ }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  // The image is previewed on the page, served inline with its stored type, under a policy that lets it be an image only.
  const preview = page.getByRole('img', { name: /^Aperçu de preuve\.png/ });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(2);
  const inline = await page.request.get(`${href}?apercu`);
  expect(inline.headers()['content-type']).toBe('image/png');
  expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
  expect(inline.headers()['content-security-policy']).toBe("default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'");
  expect(inline.headers()['x-content-type-options']).toBe('nosniff');

  // Any other file, asked as a preview, is still a download, and has none on the page.
  const text = await page.getByRole('link', { name: /^notes\.txt/ }).getAttribute('href');
  await expect(page.getByRole('img', { name: /notes\.txt/ })).toHaveCount(0);
  const download = await page.request.get(`${text}?apercu`);
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(download.headers()['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
});

test('a refused file says why and nothing typed is lost; a draft survives a reload', async ({ page }) => {
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill('Brouillon conservé');
  await page.getByLabel('Contexte').fill('Un contexte assez long pour être valable.');
  await page.getByLabel('Pièces jointes').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await expect(page.getByText('« logo.svg » : ce type de fichier n’est pas accepté.')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByLabel('Module concerné')).toHaveAccessibleDescription('Choisissez le module concerné.');
  await expect(page.getByLabel('Objet')).toHaveValue('Brouillon conservé');
  await page.reload();
  await expect(page.getByLabel('Objet')).toHaveValue('Brouillon conservé');
  await expect(page.getByLabel('Contexte')).toHaveValue('Un contexte assez long pour être valable.');
});
