import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, testAs } from '../fixtures/personas';

const SECURITY = 'Renforcer la sécurité de votre mot de passe';

testAs('agent')('an agent searches "securite" without accents, finds the sécurité article highlighted, opens it and votes', async ({ page }) => {
  await page.goto('/faq');
  await expect(page.getByRole('heading', { level: 1, name: 'Foire aux questions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Les plus consultées' }).getByRole('listitem').first()).toContainText(SECURITY);
  await expect(page.getByRole('region', { name: 'COMEDEC' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('searchbox', { name: 'Rechercher dans la FAQ' }).fill('securite');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/faq\?q=securite$/);
  const results = page.getByRole('region', { name: 'Résultats de la recherche' });
  await expect(results.getByRole('status')).toHaveText('2 articles pour « securite ».');
  const found = results.getByRole('link', { name: SECURITY });
  await expect(found.locator('mark')).toHaveText('sécurité');
  await expectNoSeriousA11yViolations(page);

  await found.click();
  await expect(page.getByRole('heading', { level: 1, name: SECURITY })).toBeVisible();
  // The answer's Markdown, rendered: its "##" one level below the title, its link kept from the opener.
  await expect(page.getByRole('heading', { level: 3, name: 'Les bons réflexes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'bonnes pratiques' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expectNoSeriousA11yViolations(page);

  const yes = page.getByRole('button', { name: 'Oui', exact: true });
  const no = page.getByRole('button', { name: 'Non', exact: true });
  await yes.click();
  await expect(page.getByRole('status').filter({ hasText: 'Merci' })).toHaveText(/votre avis est enregistré/);
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Avis des lecteurs : 1 oui, 0 non.')).toBeVisible();

  // A change of mind moves the vote, it does not add one.
  await no.click();
  await expect(no).toHaveAttribute('aria-pressed', 'true');
  await expect(yes).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Avis des lecteurs : 0 oui, 1 non.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Non', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

testAs('agent')('an unknown or unpublished article is not found', async ({ page }) => {
  const response = await page.goto('/faq/cet-article-n-existe-pas');
  await expect(page.getByRole('heading', { name: 'Article introuvable' })).toBeVisible();
  expect(response?.status()).toBe(404);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Retour à la FAQ' }).click();
  await expect(page).toHaveURL(/\/faq$/);
});

testAs('agent')('a search finding nothing says so', async ({ page }) => {
  await page.goto('/faq?q=zzzxq');
  await expect(page.getByRole('status').filter({ hasText: 'Aucun article' })).toHaveText('Aucun article ne correspond à « zzzxq ».');
  await expectNoSeriousA11yViolations(page);
});

testAs('agent')('suggestions for a Demande subject are the best published matches, half-typed word included', async ({ page }) => {
  const response = await page.request.get('/api/faq/suggestions?q=certificat%20comed');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    suggestions: [
      { slug: 'securite-des-echanges-comedec-certificats-et-habilitations', title: 'Sécurité des échanges COMEDEC : certificats et habilitations' },
    ],
  });
  expect((await page.request.get(`/api/faq/suggestions?q=${'x'.repeat(201)}`)).status()).toBe(422);
});

testAs('technician')('suggestions are for clients only', async ({ page }) => {
  expect((await page.request.get('/api/faq/suggestions?q=securite')).status()).toBe(403);
});
