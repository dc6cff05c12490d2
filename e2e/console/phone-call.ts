import { expect, type Page } from '@playwright/test';

export const REUNION = 'Mairie de Saint-Denis-Exemple';

/** Records a call through /console/demandes/nouvelle; returns the new Demande's reference. */
export async function recordPhoneCall(
  page: Page,
  subject: string,
  organization = REUNION,
  requester = 'Didier Agent (agent1@reunion-exemple.demo)',
): Promise<string> {
  await page.goto('/console/demandes/nouvelle');
  await page.getByLabel('Collectivité (obligatoire)', { exact: true }).selectOption({ label: organization });
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Demandeur').selectOption({ label: requester });
  await page.getByLabel('Module concerné').selectOption('État civil');
  await page.getByLabel('Objet (obligatoire)', { exact: true }).fill(subject);
  await page.getByLabel('Contexte').fill('Appel de la mairie : la mention marginale ne s’imprime plus sur les copies intégrales.');
  await expect(page.getByLabel('Rappel téléphonique')).toBeChecked();
  await page.getByLabel('Téléphone de rappel').fill('0262 12 34 56');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page).toHaveURL(/\/console\/demandes\/DEM-\d{4}-\d{6}$/);
  return page.url().match(/DEM-\d{4}-\d{6}/)![0];
}

/** Filters the queue by organization through the form, as a person would. */
export async function filterByOrganization(page: Page, organization = REUNION): Promise<void> {
  await page.getByLabel('Collectivité', { exact: true }).selectOption({ label: organization });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/collectivite=/);
}

/** The next deadline of a Demande as its queue row shows it (ISO), or null. */
export async function dueOf(page: Page, reference: string): Promise<string | null> {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference, exact: true }) });
  await expect(row).toHaveCount(1);
  return row.locator('time').getAttribute('datetime');
}
