import { test } from '@playwright/test';
import { generate } from 'otplib';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, signIn, storageStateOf } from '../fixtures/personas';
import { NEW_PASSWORD, createOrganizationAsManager, firstSignIn, freshPage } from './helpers';

test('the forgotten-password page answers the same whether the account exists or not', async ({ browser }) => {
  const page = await freshPage(browser, '192.0.2.210');
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { name: 'Mot de passe oublié' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const answers: string[] = [];
  for (const email of ['personne@nulle-part.test', 'responsable@guichet.demo']) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Si un compte actif correspond' });
    await expect(status).toBeVisible();
    answers.push((await status.textContent()) ?? '');
  }
  expect(answers[0]).toBe(answers[1]);

  await page.goto('/connexion/reinitialiser?jeton=nimportequoi-nimportequoi');
  await expect(page.getByText('Ce lien de réinitialisation n’est plus valable')).toBeVisible();
});

test('a client enrols two-factor sign-in, then signs in with a code', async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const email = `totp-${stamp}@deux-facteurs.test`;
  const manager = await freshPage(browser, '192.0.2.211', storageStateOf('manager'));
  const initialPassword = await createOrganizationAsManager(manager, {
    name: `Mairie de Deux-Facteurs-${stamp}`,
    limit: 2,
    adminName: 'Tania Totp',
    adminEmail: email,
  });

  const page = await freshPage(browser, '192.0.2.212');
  await firstSignIn(page, email, initialPassword);
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { name: 'Mon compte' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Activer la double authentification' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const secret = (await page.getByTestId('cle-totp').textContent())!.trim();
  await page.getByLabel('Code à 6 chiffres').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Activer' }).click();
  await expect(page.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem')).toHaveCount(10);

  // A new browser: the password alone is not enough.
  const again = await freshPage(browser, '192.0.2.213');
  await signIn(again, email, NEW_PASSWORD);
  const code = again.getByLabel('Code de vérification');
  await expect(code).toBeVisible();
  await expect(again).toHaveURL(/\/connexion/);
  await code.fill('000000');
  await again.getByRole('button', { name: 'Se connecter' }).click();
  await expect(code).toHaveAccessibleDescription(/Code incorrect/);
  await code.fill(await generate({ secret }));
  await again.getByRole('button', { name: 'Se connecter' }).click();
  await expect(again).toHaveURL(/\/$/);
});
