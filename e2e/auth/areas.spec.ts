import { testAs, expect } from '../fixtures/personas';

testAs('agent')('a client typing a console URL is refused by the server', async ({ page }) => {
  const response = await page.goto('/console');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  await expect(page.getByText('Tableau de bord')).toHaveCount(0);
});

testAs('technician')('a technician typing a portal URL is refused by the server and pointed to the console', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  await page.getByRole('link', { name: 'Aller à la console' }).click();
  await expect(page).toHaveURL(/\/console$/);
});

testAs('agent')('a client sees only their own organization', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Mairie de Saint-Exemple').first()).toBeVisible();
  await expect(page.getByText('Saint-Denis-Exemple')).toHaveCount(0);
  await expect(page.getByText('3 sur 10')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Engagement de prise en charge' })).toBeVisible();
  await expect(page.getByText(/objectif : 75\s%\s?des demandes prises en charge en 8 heures ouvrées/)).toBeVisible();
});

testAs('reunionAgent')('an overseas client sees its own zone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('heure de La Réunion', { exact: true })).toBeVisible();
});

testAs('manager')('the console home lists the client organizations with their 75 %', async ({ page }) => {
  await page.goto('/console');
  const table = page.getByRole('region', { name: /objectif 75 %/ }).getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Mairie de Saint-Exemple' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Mairie de Saint-Denis-Exemple' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Prise en charge en 8 h ouvrées (objectif 75 %)' })).toBeVisible();
});
