import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';
import { recordPhoneCall } from '../console/phone-call';

// RGAA 11.10, 11.11 (issue 16): a refused form brings the reader to a summary of what to correct,
// each error linked to its field; an error goes as soon as its field is right; required fields say so.

test.describe('a client files a Demande', () => {
  test.use({ storageState: storageStateOf('agent') });

  test('with nothing filled: the summary takes the focus, its links reach the fields, and fixing a field clears its error', async ({ page }) => {
    await page.goto('/demandes/nouvelle');
    // Required fields say so in their label, optional ones do not.
    await expect(page.getByLabel('Objet (obligatoire)')).toBeVisible();
    await expect(page.getByLabel('Module concerné (obligatoire)')).toBeVisible();
    await expect(page.getByLabel('Contexte (obligatoire)')).toBeVisible();
    await expect(page.getByLabel('Message d’erreur', { exact: true })).toBeVisible();
    await expect(page.getByText('champs marqués comme requis')).toHaveCount(0);

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Certains champs sont à corriger.' });
    await expect(summary).toBeFocused();
    const links = summary.getByRole('link');
    await expect(links).toHaveText([
      'Objet : Indiquez l’objet de la demande (3 caractères au moins).',
      'Module concerné : Choisissez le module concerné.',
      'Contexte : Décrivez le contexte (10 caractères au moins).',
    ]);
    await expectNoSeriousA11yViolations(page);

    // From the keyboard: the first link, then its field.
    const subject = page.getByLabel('Objet (obligatoire)');
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(subject).toBeFocused();
    await expect(subject).toHaveAttribute('aria-invalid', 'true');
    await expect(subject).toHaveAccessibleDescription('Indiquez l’objet de la demande (3 caractères au moins).');

    // Still too short: still in error; right: the error goes, from the field and from the summary.
    await subject.fill('Éd');
    await expect(subject).toHaveAttribute('aria-invalid', 'true');
    await subject.fill('Édition des actes impossible');
    await expect(subject).not.toHaveAttribute('aria-invalid');
    await expect(subject).not.toHaveAccessibleDescription(/Indiquez/);
    await expect(links).toHaveCount(2);

    // A link to a select reaches it too; choosing a module clears its error.
    await links.filter({ hasText: 'Module concerné' }).click();
    const moduleField = page.getByLabel('Module concerné (obligatoire)');
    await expect(moduleField).toBeFocused();
    await moduleField.selectOption('État civil');
    await expect(moduleField).not.toHaveAttribute('aria-invalid');
    await expect(links).toHaveText(['Contexte : Décrivez le contexte (10 caractères au moins).']);

    await page.getByLabel('Contexte (obligatoire)').fill('Depuis ce matin, le bouton Éditer ne produit plus le PDF.');
    await expect(summary).toContainText('Tout est corrigé');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  });
});

test.describe('signing in', () => {
  test('refused empty: the summary takes the focus and leads to the address field', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Certains champs sont à corriger.' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: /^Adresse e-mail/ }).click();
    const email = page.getByLabel('Adresse e-mail (obligatoire)');
    await expect(email).toBeFocused();
    await email.fill('agent1@saint-exemple.demo');
    await expect(email).not.toHaveAttribute('aria-invalid');
    await expect(summary.getByRole('link')).toHaveText(['Mot de passe : Saisissez votre mot de passe.']);
  });
});

test.describe('the console', () => {
  test.use({ storageState: storageStateOf('technician') });

  test('qualifying without a criticité is refused with a summary, and the criticité is explained where it is chosen', async ({ page }) => {
    const reference = await recordPhoneCall(page, 'Formulaire guidé : qualification');
    await expect(page).toHaveURL(new RegExp(`/console/demandes/${reference}$`));
    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await expect(page.getByText('Assignée à : Thomas Technicien')).toBeVisible();
    const qualify = page.locator('details', { has: page.getByText('Qualifier', { exact: true }) });
    await qualify.locator(':scope > summary').click();
    await qualify.getByRole('button', { name: 'Qualifier' }).click();
    const summary = qualify.getByRole('alert');
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Criticité : Choisissez la criticité.' }).click();
    const severity = qualify.getByLabel('Criticité (obligatoire)');
    await expect(severity).toBeFocused();

    // What each level means, in place, and the page that says more.
    await qualify.getByText('Que signifie la criticité ?').click();
    await expect(qualify.getByText('12 heures ouvrées').first()).toBeVisible();
    await expect(qualify.getByText(/fonctionnalités essentielles du service/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await severity.selectOption('minor');
    await expect(severity).not.toHaveAttribute('aria-invalid');
    await qualify.getByRole('link', { name: 'La criticité et les délais du support, en détail' }).click();
    await expect(page).toHaveURL(/\/console\/aide\/criticite$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Mineure' })).toBeVisible();
  });
});
