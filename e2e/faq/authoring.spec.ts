import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { alertOf, expect, storageStateOf, testAs } from '../fixtures/personas';

const TITLE = 'Exporter le registre des naturalisations';

testAs('technician')('a technician writes an article with its preview, publishes it, and an agent then finds it', async ({ page, browser }) => {
  await page.goto('/console/faq');
  await expect(page.getByRole('heading', { level: 1, name: 'FAQ' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel article de la FAQ' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Refused first: the summary takes the focus and lists each field, each message is tied to its field, nothing is saved.
  await page.getByRole('button', { name: 'Enregistrer l’article' }).click();
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Certains champs sont à corriger.');
  await expect(summary.getByRole('link', { name: 'Question : Indiquez la question (5 caractères au moins).' })).toBeVisible();
  await expect(page.getByLabel('Question')).toHaveAccessibleDescription('Indiquez la question (5 caractères au moins).');
  await expect(page.getByLabel('Catégorie')).toHaveAccessibleDescription('Choisissez la catégorie.');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Question').fill(TITLE);
  await page.getByLabel('Catégorie').selectOption('État civil');
  await page
    .getByLabel('Réponse (Markdown)')
    .fill('## Étapes\n\n1. Ouvrez **Registres > Naturalisations**.\n2. Cliquez sur *Exporter* : le fichier CSV se télécharge.\n\n<script>alert(1)</script>');
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { name: 'Étapes' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('Registres > Naturalisations');
  await expect(preview.getByText('<script>alert(1)</script>')).toBeVisible();
  await page.getByLabel('Publier dans la FAQ du portail').check();
  await page.getByRole('button', { name: 'Enregistrer l’article' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Modifier l’article' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Article enregistré' })).toHaveText(/publié : les clients le trouvent/);
  await expect(page.getByText('/faq/exporter-le-registre-des-naturalisations')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const agentContext = await browser.newContext({ storageState: storageStateOf('agent') });
  const agent = await agentContext.newPage();
  await agent.goto('/faq?q=naturalisation');
  const found = agent.getByRole('region', { name: 'Résultats de la recherche' }).getByRole('link', { name: TITLE }).first();
  await expect(found.locator('mark')).toHaveText('naturalisations');
  await found.click();
  await expect(agent.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(agent.getByRole('heading', { level: 3, name: 'Étapes' })).toBeVisible();
  await expectNoSeriousA11yViolations(agent);
  await agentContext.close();
});

testAs('manager')('a manager withdraws an article from the list, and clients no longer see it', async ({ page, browser }) => {
  await page.goto('/console/faq?q=emargement');
  const row = page.getByRole('row', { name: /Imprimer les listes d’émargement/ });
  await expect(row.getByText('Publié')).toBeVisible();
  await row.getByRole('button', { name: 'Retirer « Imprimer les listes d’émargement »' }).click();
  await expect(row.getByText('Brouillon')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const agentContext = await browser.newContext({ storageState: storageStateOf('agent') });
  const agent = await agentContext.newPage();
  await agent.goto('/faq/imprimer-les-listes-d-emargement');
  await expect(agent.getByRole('heading', { name: 'Article introuvable' })).toBeVisible();
  await agentContext.close();

  await row.getByRole('button', { name: 'Publier « Imprimer les listes d’émargement »' }).click();
  await expect(row.getByText('Publié')).toBeVisible();
});

testAs('technician')('"Créer une FAQ à partir de cette demande" with an unknown reference starts from a blank page', async ({ page }) => {
  await page.goto('/console/faq/nouvelle?demande=DEM-2026-999999');
  await expect(alertOf(page)).toHaveText('La demande « DEM-2026-999999 » est introuvable : l’article part d’une page blanche.');
  await expect(page.getByLabel('Question')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
});
