import type { Browser, Page } from '@playwright/test';
import { expect, signIn } from '../fixtures/personas';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';

export const NEW_PASSWORD = 'Soleil-Mairie-Vote-42';

/** A browser of its own, from its own client address (the sign-in throttle counts per address). */
export async function freshPage(browser: Browser, address: string, storageState?: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address }, storageState });
  return context.newPage();
}

/** The manager creates an organization and its first administrator; returns the initial password shown once. */
export async function createOrganizationAsManager(page: Page, input: { name: string; limit: number; adminName: string; adminEmail: string }): Promise<string> {
  await page.goto('/console/organisations/nouvelle');
  await expect(page.getByRole('heading', { name: 'Nouvelle collectivité' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Nom de la collectivité').fill(input.name);
  await page.getByLabel('SIREN (facultatif)').fill('217500016');
  await page.getByLabel('Fuseau horaire').selectOption('Indian/Reunion');
  await page.getByLabel('Nombre d’utilisateurs nommés').fill(String(input.limit));
  await page.getByLabel('Nom et prénom de l’administrateur').fill(input.adminName);
  await page.getByLabel('Adresse e-mail de l’administrateur').fill(input.adminEmail);
  await page.getByRole('button', { name: 'Créer la collectivité' }).click();
  const secret = page.getByTestId('mot-de-passe-provisoire');
  await expect(secret).toBeVisible();
  return (await secret.textContent())!.trim();
}

/** First sign-in with an initial password: the password change page comes before anything else. */
export async function firstSignIn(page: Page, email: string, initialPassword: string, newPassword = NEW_PASSWORD): Promise<void> {
  await signIn(page, email, initialPassword);
  await expect(page).toHaveURL(/\/compte\/mot-de-passe$/);
  await expect(page.getByText('Votre mot de passe est provisoire')).toBeVisible();
  // Nothing else is reachable meanwhile.
  await page.goto('/demandes');
  await expect(page).toHaveURL(/\/compte\/mot-de-passe$/);
  await page.getByLabel('Mot de passe actuel').fill(initialPassword);
  await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill(newPassword);
  await expect(page.getByText(/Robustesse : (Fort|Très fort)/)).toBeVisible();
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
}
