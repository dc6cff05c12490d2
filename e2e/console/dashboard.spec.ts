import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, testAs } from '../fixtures/personas';

// Issue 16: the support's home is built for triage, on a database that starts with the demo history.
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 900 };

/** The page's keyboard triage answers (the page is hydrated): a key pressed earlier would be lost. */
async function keysReady(page: Page): Promise<void> {
  await expect(page.locator('[data-triage-ready]')).toHaveCount(1);
}

/** A queue tile's count on the dashboard ("10 000+" reads as 10 000). */
async function tileCount(page: Page, label: string): Promise<number> {
  const tile = page.getByRole('region', { name: 'Files de demandes' }).getByRole('link', { name: new RegExp(`${label}$`) });
  const text = (await tile.locator('span').first().textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

testAs('manager')('on first start, the queues, the team and the 75 % per collectivité are filled from the demo history', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/console');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  expect(await tileCount(page, 'Toutes')).toBeGreaterThan(0);
  expect(await tileCount(page, 'Non prises en charge')).toBeGreaterThan(0);

  // The 75 %: at least one collectivité has Demandes counted, with its rate in words.
  const rates = page.getByRole('region', { name: /objectif 75 %/ });
  await expect(rates.getByRole('table')).toBeVisible();
  await expect(
    rates
      .getByRole('cell')
      .filter({ hasText: /\d+(,\d+)?\s%\s\(\d+ sur \d+\) : objectif (non )?tenu/ })
      .first(),
  ).toBeVisible();

  // The team: the demo technicians, with their open Demandes.
  const team = page.getByRole('region', { name: 'L’équipe' });
  await expect(team.getByRole('rowheader', { name: 'Thomas Technicien' })).toBeVisible();
  const open = await team
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .locator('td:nth-child(2)')
    .allTextContents();
  expect(open.map((text) => Number(text.replace(/\D/g, ''))).reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // Every queue tile leads to its queue; "Toutes" lists Demandes.
  await page
    .getByRole('region', { name: 'Files de demandes' })
    .getByRole('link', { name: /Toutes$/ })
    .click();
  await expect(page).toHaveURL(/\/console\/demandes\?file=toutes$/);
  expect(await page.locator('tbody tr[data-triage-row]').count()).toBeGreaterThan(0);
});

testAs('technician')('a technician triages from the dashboard with the keyboard alone: a row, take it in charge, open it', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/console');
  const toTake = page.getByRole('region', { name: 'À prendre en charge' });
  await expect(toTake.getByRole('listitem').first()).toBeVisible();
  await keysReady(page);

  // The help overlay: a modal dialog, the focus inside it, Échap closes it and gives the focus back.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: 'Prendre en charge la demande' })).toBeVisible();
  for (let tab = 0; tab < 3; tab++) {
    await page.keyboard.press('Tab');
    expect(await help.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // j: the first row of the page, "À prendre en charge"'s first card, with a visible focus.
  await page.keyboard.press('j');
  const row = toTake.getByRole('listitem').first();
  await expect(row).toBeFocused();
  expect(await row.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  const reference = (await row.getAttribute('data-reference')) ?? '';
  expect(reference).toMatch(/^DEM-\d{4}-\d{6}$/);
  // j then k comes back to it.
  await page.keyboard.press('j');
  await expect(row).not.toBeFocused();
  await page.keyboard.press('k');
  await expect(row).toBeFocused();

  // p: taken in charge through the queue's own action; the row stays, says so, and keeps the focus.
  await page.keyboard.press('p');
  const status = page.locator('[data-triage-status]');
  await expect(status).toHaveText(`${reference} : prise en charge par vous. Entrée pour l’ouvrir.`);
  const taken = page.locator(`[data-triage-list="a-prendre"][data-reference="${reference}"]`);
  await expect(taken).toContainText('Prise en charge par vous');
  await expect(taken).toBeFocused();

  // Entrée: the Demande, taken by this technician.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/console/demandes/${reference}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Assignée à : Thomas Technicien')).toBeVisible();
  await expect(page.locator('main').getByText('Prise en charge', { exact: true }).first()).toBeVisible();

  // Back home, it is among "Mes demandes" or in the queue "Mes demandes".
  await page.goto(`/console/demandes?file=mes-demandes`);
  await expect(page.getByRole('link', { name: reference, exact: true })).toBeVisible();
});

testAs('technician')('in the queue, arrows and j/k move from row to row, a refused pickup says why, a click anywhere on a row opens it', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/console/demandes?file=toutes');
  const rows = page.locator('tbody tr[data-triage-row]');
  await expect(rows.first()).toBeVisible();
  await keysReady(page);
  await page.keyboard.press('ArrowDown'); // not on a row: the page scrolls, no row takes the focus
  await expect(rows.first()).not.toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.first()).toBeFocused();

  // The whole row opens its Demande: a click on its collectivité's cell.
  const reference = (await rows.first().getAttribute('data-reference')) ?? '';
  // The subject's link is stretched over the row: the click on the cell lands on it.
  await rows.first().locator('td').nth(2).click({ force: true });
  await expect(page).toHaveURL(new RegExp(`/console/demandes/${reference}$`));

  // A closed Demande cannot be taken in charge: the lifecycle's reason is said, the row stays as it was.
  await page.goto('/console/demandes?file=toutes&statut=closed');
  const closed = rows.first();
  await expect(closed).toBeVisible();
  await keysReady(page);
  await page.keyboard.press('j');
  await expect(closed).toBeFocused();
  await page.keyboard.press('p');
  await expect(page.locator('[data-triage-status]')).toContainText('« Prendre en charge » est impossible pour une Demande au statut « Clôturée ».');
  await expect(closed).not.toContainText('Prise en charge par vous');
});

testAs('technician')('at 390 px the queue starts near the top: cards with the deadline first, filters folded, a menu button', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/console/demandes');
  await keysReady(page);
  const firstDeadline = page.locator('tbody tr[data-triage-row]').first().locator('[data-clock-sentence]');
  await expect(firstDeadline).toBeVisible();
  const box = await firstDeadline.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // Filters folded behind their button; open when one is active.
  const filters = page.getByRole('button', { name: 'Filtres' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Criticité')).toBeHidden();
  await filters.click();
  await expect(page.getByLabel('Criticité')).toBeVisible();
  await page.goto('/console/demandes?file=toutes&canal=phone');
  await keysReady(page);
  await expect(page.getByRole('button', { name: /^Filtres \(1 actif\)$/ })).toHaveAttribute('aria-expanded', 'true');

  // The navigation folds behind "Menu".
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
});

// The pages this issue changed, at both widths: no serious or critical accessibility violation.
const CHANGED = {
  technician: ['/console', '/console/demandes', '/console/demandes?file=toutes&canal=phone', 'console-ticket'],
  manager: ['/console', '/console/parametres', '/console/organisations/nouvelle', '/console/faq', '/console/journal'],
  agent: ['/', 'portal-ticket'],
} as const;

for (const [persona, paths] of Object.entries(CHANGED) as Array<[keyof typeof CHANGED, readonly string[]]>) {
  const test = testAs(persona);
  for (const viewport of [WIDE, PHONE]) {
    test(`at ${viewport.width} px, the pages changed for the ${persona} pass the accessibility checks`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(viewport);
      for (const path of paths) {
        await page.goto(await addressOf(page, path));
        await expect(page.getByRole('main')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      }
    });
  }
}

/** A Demande page reached from its list (the first one), or the path itself. */
async function addressOf(page: Page, path: string): Promise<string> {
  if (path !== 'console-ticket' && path !== 'portal-ticket') return path;
  const staff = path === 'console-ticket';
  await page.goto(staff ? '/console/demandes?file=toutes' : '/demandes');
  const href = await page
    .locator(`main a[href^="${staff ? '/console/demandes/DEM-' : '/demandes/DEM-'}"]`)
    .first()
    .getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}
