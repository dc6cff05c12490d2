import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { PERSONAS, alertOf, expect, signIn, type PersonaName } from '../fixtures/personas';

const ROLES: Array<[PersonaName, string]> = [
  ['agent', 'Utilisateur'],
  ['clientAdmin', 'Administrateur client'],
  ['technician', 'Technicien'],
  ['manager', 'Responsable support'],
];

for (const [persona, roleLabel] of ROLES) {
  const { email, name, area, context } = PERSONAS[persona];

  test(`${roleLabel} signs in, sees the ${area} shell and signs out`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(area === 'console' ? /\/console$/ : /\/$/);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: new RegExp(`Guichet\\s*${context}`) })).toBeVisible();
    await expect(header.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await header.locator('summary', { hasText: name }).click();
    await expect(header.getByText(roleLabel, { exact: true })).toBeVisible();
    await header.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion/);

    // Signed out means signed out: the area sends back to the sign-in page.
    await page.goto(area === 'console' ? '/console' : '/');
    await expect(page).toHaveURL(/\/connexion/);
  });
}

test('the sign-in page passes the accessibility checks', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a wrong password and an unknown email get the same message', async ({ page }) => {
  await signIn(page, PERSONAS.agent.email, 'mauvais-mot-de-passe');
  await expect(alertOf(page)).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  await signIn(page, 'personne@saint-exemple.demo');
  await expect(alertOf(page)).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  await expect(page).toHaveURL(/\/connexion/);
});

test('empty fields are refused with a message tied to each field', async ({ page }) => {
  await page.goto('/connexion');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByLabel('Adresse e-mail')).toHaveAccessibleDescription('Saisissez votre adresse e-mail.');
  await expect(page.getByLabel('Mot de passe')).toHaveAccessibleDescription('Saisissez votre mot de passe.');
});

test('a visitor without a session is sent to the sign-in page', async ({ page }) => {
  for (const path of ['/', '/console']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/connexion$/);
  }
});
