import { expect, testAs } from '../fixtures/personas';

// issue 10: each of these addresses reached the database with a malformed value and answered 500.
// Now the value is ignored (the page says so where a person set it) and the page answers 200.

const SOME_ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

/** A page cursor as the console writes it (base64url of the JSON [instant, id]), here with an impossible instant. */
function forgedCursor(instant: string): string {
  return Buffer.from(JSON.stringify([instant, SOME_ID])).toString('base64url');
}

testAs('agent')('the client’s Demandes ignore a malformed cursor, date or search', async ({ page }) => {
  for (const [url, notice] of [
    ['/demandes?apres=2026-01-01T00:00:00Z_x', 'Lien de page invalide : la liste reprend au début.'],
    ['/demandes?du=0001-01-01', /Filtre « Du » ignoré\. Date invalide/],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Demandes' })).toBeVisible();
    await expect(page.getByText(notice)).toBeVisible();
  }
  await expect(page.getByLabel('Du', { exact: true })).toHaveValue('');

  const response = await page.goto('/demandes?q=%00');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('searchbox', { name: 'Rechercher (référence ou texte)' })).toHaveValue('');
});

testAs('agent')('the FAQ and its suggestions drop a NUL from the search', async ({ page }) => {
  const response = await page.goto('/faq?q=%00');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Foire aux questions' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans la FAQ' })).toHaveValue('');

  const suggestions = await page.request.get('/api/faq/suggestions?q=%00');
  expect(suggestions.status()).toBe(200);
  expect(await suggestions.json()).toEqual({ suggestions: [] });
});

testAs('technician')('the console queue starts over on a forged cursor', async ({ page }) => {
  // The second passed the old cursor's regex (six decimals), then failed in PostgreSQL.
  for (const instant of ['9999-99-99T99:99:99Z', '9999-99-99T99:99:99.000000Z']) {
    const url = `/console/demandes?file=toutes&apres=${forgedCursor(instant)}`;
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Demandes' })).toBeVisible();
    await expect(page.getByText('Lien de page invalide : la liste reprend au début.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Files de demandes' }).getByRole('link', { name: /^Toutes/ })).toHaveAttribute('aria-current', 'page');
  }
});

testAs('technician')('the console’s FAQ list drops a NUL, and an id that is not one finds no article', async ({ page }) => {
  const response = await page.goto('/console/faq?q=%00');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'FAQ' })).toBeVisible();
  expect((await page.goto('/console/faq/pas-un-identifiant'))?.status()).toBe(404);
});

testAs('manager')('the journal and its CSV export ignore an impossible day', async ({ page }) => {
  const response = await page.goto('/console/journal?du=0001-01-01');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByText(/Filtre « Du » ignoré\. Date invalide/)).toBeVisible();
  await expect(page.getByLabel('Du', { exact: true })).toHaveValue('');
  await expect(page.getByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute('href', '/api/journal');

  const csv = await page.request.get('/api/journal?du=0001-01-01');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
});

testAs('agent')('an attachment id that is not one is not found, not an error', async ({ page }) => {
  expect((await page.request.get('/api/pieces-jointes/pas-un-identifiant')).status()).toBe(404);
});
