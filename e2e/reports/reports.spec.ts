import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf, testAs } from '../fixtures/personas';

// §13, §14, §17: the reports of the portal and the console, their CSV, and the usage counters.

/** The CSV behind a download: UTF-8 with a BOM, `;`-separated, as a French Excel opens it. */
async function csvOf(download: Download): Promise<string[][]> {
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
}

async function download(page: Page, linkName: string | RegExp): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  expect(file.suggestedFilename()).toMatch(/^guichet-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  return csvOf(file);
}

/** Files a Demande through the portal form, in this tab. */
async function fileDemande(page: Page, subject: string): Promise<string> {
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill(subject);
  await page.getByLabel('Module concerné').selectOption('Élections');
  await page.getByLabel('Contexte').fill('La liste d’émargement ne s’imprime plus depuis la mise à jour.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  return (await page.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];
}

testAs('reunionAgent')('a client sees their organization’s figures and chart alone, on a phone too', async ({ page }) => {
  await fileDemande(page, 'Impression de la liste d’émargement');
  await page.goto('/rapports');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rapports', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('pour la Mairie de Saint-Denis-Exemple')).toBeVisible();

  // §13 per 12-month period: the Demande just filed is within its delay.
  const periods = page.getByRole('table', { name: 'Prise en charge par période de 12 mois' });
  await expect(periods.getByRole('rowheader', { name: /Période 1/ })).toContainText('du lundi 5 janvier 2026');
  await expect(periods.getByRole('columnheader', { name: 'Collectivité' })).toHaveCount(0);
  // The monthly chart, described for those who do not see it, and its figures as a table.
  await expect(page.getByRole('img', { name: /part des demandes prises en charge dans le délai et hors délai, mois par mois/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Prise en charge, mois par mois' }).getByRole('rowheader', { name: 'Total' })).toBeVisible();
  await expect(page.getByText('Mairie de Saint-Exemple')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const rows = await download(page, 'Télécharger en CSV : Prise en charge en 8 heures ouvrées : objectif 75 % des demandes');
  expect(rows[0]).toEqual([
    'Collectivité',
    'Période',
    'Dans le délai',
    'Hors délai',
    'En cours, dans le délai',
    'Retrait du calcul',
    'Annulation avant l’échéance',
    'Taux dans le délai (%)',
    'Objectif 75 %',
  ]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(['Mairie de Saint-Denis-Exemple']);
  expect(Number(rows[1]![4])).toBeGreaterThanOrEqual(1);

  // Another organization's figures stay out of reach, whatever the address says; usage is the managers'.
  expect((await page.request.get('/api/rapports/usage-compteurs')).status()).toBe(403);
  expect((await page.request.get('/api/rapports/inconnu')).status()).toBe(404);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('img', { name: /part des demandes prises en charge/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

testAs('manager')('a manager sees every organization and downloads the tables as CSV', async ({ page }) => {
  await page.goto('/console/rapports');
  const periods = page.getByRole('table', { name: 'Prise en charge par période de 12 mois' });
  await expect(periods.getByRole('rowheader', { name: 'Mairie de Saint-Exemple' })).toBeVisible();
  await expect(periods.getByRole('rowheader', { name: 'Mairie de Saint-Denis-Exemple' })).toBeVisible();
  await expect(periods.getByRole('rowheader', { name: 'Toutes les collectivités' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const rows = await download(page, 'Télécharger en CSV : Prise en charge en 8 heures ouvrées : objectif 75 % des demandes');
  // Other tests may add organizations: both demo ones are there, and every organization's current periods together last.
  const names = rows.map((row) => row[0]);
  expect(names[0]).toBe('Collectivité');
  expect(names).toContain('Mairie de Saint-Exemple');
  expect(names.at(-1)).toBe('Toutes les collectivités');
  expect(rows.find((row) => row[0] === 'Mairie de Saint-Denis-Exemple')?.[1]).toBe('Période 1 du lundi 5 janvier 2026 au lundi 4 janvier 2027 (en cours)');
  for (const row of rows) expect(row).toHaveLength(9);

  const late = await download(page, 'Télécharger en CSV : Prises en charge hors délai');
  expect(late[0]).toEqual([
    'Référence',
    'Collectivité',
    'Module',
    'Canal',
    'Criticité',
    'Enregistrée le',
    'Échéance de prise en charge',
    'Prise en charge',
    'Retard (heures ouvrées)',
    'Retard',
  ]);

  // Filtered by organization, through the address: the table and its CSV alike.
  await page.getByLabel('Collectivité').selectOption({ label: 'Mairie de Saint-Exemple' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/collectivite=/);
  await expect(periods.getByRole('rowheader', { name: 'Mairie de Saint-Denis-Exemple' })).toHaveCount(0);
  const filtered = await download(page, 'Télécharger en CSV : Prise en charge en 8 heures ouvrées : objectif 75 % des demandes');
  expect(filtered.slice(1).map((row) => row[0])).toEqual(['Mairie de Saint-Exemple']);
});

testAs('agent')('usage is counted without any personal data: only day, metric, key and count are stored', async ({ page, browser }) => {
  const words = 'Jean Dupont acte naissance 1987';
  await page.goto(`/faq?q=${encodeURIComponent(words)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Foire aux questions' })).toBeVisible();
  const reference = await fileDemande(page, 'Demande après une recherche dans la FAQ');
  await page.goto(`/demandes/${reference}`);
  await expect(page.getByRole('heading', { name: 'Demande après une recherche dans la FAQ' })).toBeVisible();

  const context = await browser.newContext({ storageState: storageStateOf('manager') });
  const staff = await context.newPage();
  await staff.goto('/console/rapports/usage');
  await expect(staff.getByRole('heading', { level: 1, name: 'Usage du portail' })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // The page view is sent by the browser once the page shows: poll the counters until it is in.
  let counters: string[][] = [];
  await expect
    .poll(async () => {
      counters = await download(staff, 'Télécharger les compteurs tels qu’ils sont enregistrés (CSV)');
      return counters.some(([, metric, key]) => metric === 'page_view' && key === '/demandes/[reference]');
    })
    .toBe(true);

  expect(counters[0]).toEqual(['Jour', 'Mesure', 'Clé', 'Libellé', 'Nombre']);
  const stored = counters.slice(1);
  expect(stored.some(([, metric, key]) => metric === 'faq_search' && /^with(out)?_result$/.test(key!))).toBe(true);
  expect(stored.some(([, metric, key]) => metric === 'portal_demande' && /^after_search_with(out)?_result$/.test(key!))).toBe(true);
  for (const [day, metric, key, , count] of stored) {
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['page_view', 'faq_search', 'portal_demande']).toContain(metric);
    // A route pattern (its variable parts named) or a fixed word: nothing a person typed or is known by.
    expect(key).toMatch(/^(\/([a-z-]+|\[[a-zA-Z]+\]))*\/?$|^[a-z_]+$/);
    expect(Number(count)).toBeGreaterThan(0);
  }
  const text = stored.flat().join(' ');
  for (const forbidden of [reference, 'Jean', 'Dupont', '1987', '@', 'agent1', 'Saint-Exemple']) expect(text).not.toContain(forbidden);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  await context.close();
});
