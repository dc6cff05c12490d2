import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';
import { createOrganizationAsManager, firstSignIn, freshPage } from './helpers';

test.describe.configure({ mode: 'serial' });

// Issue 7, "Done when": fresh accounts only — the demo personas are never deactivated or changed.
test('an organization limited to 3 named users, its administrator, the limit, a deactivation that bites at once, all in the journal', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const organizationName = `Mairie de Limite-${stamp}`;
  const adminEmail = `admin-${stamp}@limite.test`;

  const manager = await freshPage(browser, '192.0.2.201', storageStateOf('manager'));
  const initialPassword = await createOrganizationAsManager(manager, { name: organizationName, limit: 3, adminName: 'Alice Administratrice', adminEmail });

  // The administrator is made to change the initial password first.
  const admin = await freshPage(browser, '192.0.2.202');
  await admin.goto('/connexion');
  await firstSignIn(admin, adminEmail, initialPassword);
  await expect(admin).toHaveURL(/\/$/);
  await expect(admin.getByRole('banner').getByText(organizationName)).toBeVisible();

  // Users up to the limit (the administrator counts), then a refusal with the counts.
  await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Utilisateurs' }).click();
  await expect(admin.getByRole('heading', { name: 'Utilisateurs' })).toBeVisible();
  await expect(admin.getByText('1 utilisateur actif sur 3 prévus au contrat.')).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  const passwords: Record<string, string> = {};
  for (const [name, login] of [
    ['Bruno Agent', 'bruno'],
    ['Chloé Agente', 'chloe'],
    ['Denis En-Trop', 'denis'],
  ] as const) {
    const email = `${login}-${stamp}@limite.test`;
    await admin.getByLabel('Nom et prénom').fill(name);
    await admin.getByLabel('Adresse e-mail').fill(email);
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    if (name === 'Denis En-Trop') {
      // (Next's route announcer is an alert too, filled after a client navigation.)
      await expect(admin.getByRole('alert').filter({ hasText: 'Limite atteinte' })).toHaveText(
        'Limite atteinte : 3 utilisateurs actifs sur 3 prévus au contrat.',
      );
    } else {
      // The password shown once for this very account (not the previous one's).
      const secret = admin.getByRole('status').filter({ hasText: email }).getByTestId('mot-de-passe-provisoire');
      await expect(secret).toBeVisible();
      passwords[name] = (await secret.textContent())!.trim();
      await expect(admin.getByRole('rowheader', { name })).toBeVisible();
    }
  }
  await expect(admin.getByRole('rowheader', { name: 'Denis En-Trop' })).toHaveCount(0);
  await expect(admin.getByText('3 utilisateurs actifs sur 3 prévus au contrat.', { exact: true })).toBeVisible();

  // A user signed in is deactivated; their next click lands on the sign-in page with the reason.
  const agent = await freshPage(browser, '192.0.2.203');
  await firstSignIn(agent, `bruno-${stamp}@limite.test`, passwords['Bruno Agent']!, 'Cheval-Agrafe-Batterie-9');
  await expect(agent).toHaveURL(/\/$/);
  await admin.getByRole('button', { name: 'Désactiver Bruno Agent' }).click();
  await expect(admin.getByText('Compte désactivé : ses sessions sont refusées dès leur prochaine requête.')).toBeVisible();
  await agent.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Demandes' }).click();
  await expect(agent).toHaveURL(/\/connexion\?motif=deactivated$/);
  await expect(agent.getByText('Votre compte a été désactivé.')).toBeVisible();

  // The last administrator cannot deactivate themselves.
  await admin.getByRole('button', { name: 'Désactiver Alice Administratrice' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'dernier administrateur' })).toContainText('Vous êtes le dernier administrateur actif');

  // The journal shows each step.
  await manager.goto('/console/journal');
  await manager.getByLabel('Collectivité').selectOption({ label: organizationName });
  await manager.getByRole('button', { name: 'Filtrer' }).click();
  const journal = manager.getByRole('table');
  for (const action of ['Collectivité créée', 'Compte créé', 'Connexion réussie', 'Mot de passe changé', 'Compte désactivé']) {
    await expect(journal.getByRole('rowheader', { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(journal.getByText(adminEmail).first()).toBeVisible();
  await expectNoSeriousA11yViolations(manager);

  // The CSV export carries the same filters.
  const response = await manager.request.get(
    await manager
      .getByRole('link', { name: 'Exporter en CSV' })
      .getAttribute('href')
      .then((href) => href!),
  );
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  const csv = await response.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Compte désactivé');
});

test('a technician cannot open the journal nor its export', async ({ browser }) => {
  const technician = await freshPage(browser, '192.0.2.204', storageStateOf('technician'));
  expect((await technician.goto('/console/journal'))?.status()).toBe(403);
  expect((await technician.request.get('/api/journal')).status()).toBe(403);
});

test('a client user cannot open the users page', async ({ browser }) => {
  const agent = await freshPage(browser, '192.0.2.205', storageStateOf('agent'));
  expect((await agent.goto('/compte/utilisateurs'))?.status()).toBe(403);
  await expect(agent.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Utilisateurs' })).toHaveCount(0);
});
