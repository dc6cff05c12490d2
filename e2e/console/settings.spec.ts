import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, testAs } from '../fixtures/personas';
import { dueOf, filterByOrganization, recordPhoneCall } from './phone-call';

const test = testAs('manager');
const HOUR = 3_600_000;

const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'] as const;
type Week = Record<(typeof DAYS)[number], Array<[string, string]>>;

const WORKDAY: Array<[string, string]> = [
  ['08:30', '12:30'],
  ['13:30', '17:30'],
];
const DEFAULT_WEEK: Week = { Lundi: WORKDAY, Mardi: WORKDAY, Mercredi: WORKDAY, Jeudi: WORKDAY, Vendredi: WORKDAY, Samedi: [], Dimanche: [] };
const ALWAYS: Week = Object.fromEntries(DAYS.map((day) => [day, [['00:00', '24:00']]])) as Week;

/** Types a week into the calendar editor, day by day, as a manager would. */
async function typeWeek(page: Page, week: Week) {
  for (const day of DAYS) {
    const group = page.getByRole('group', { name: day, exact: true });
    const remove = group.getByRole('button', { name: /^Retirer/ });
    while ((await remove.count()) > 0) await remove.first().click();
    for (const [index, [start, end]] of week[day].entries()) {
      await group.getByRole('button', { name: /^Ajouter une plage/ }).click();
      await group.getByLabel(`${day}, plage ${index + 1}, début`).fill(start);
      await group.getByLabel(`${day}, plage ${index + 1}, fin`).fill(end);
    }
  }
}

async function saveHours(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Horaires enregistrés' })).toBeVisible();
}

test('a manager changes the support hours: the preview follows, new Demandes follow, earlier deadlines stay put', async ({ page }) => {
  test.slow();
  const tag = Date.now().toString(36);
  const earlier = await recordPhoneCall(page, `Avant le changement d’horaires ${tag}`);
  await page.goto('/console/demandes?file=toutes');
  await filterByOrganization(page);
  const earlierDue = await dueOf(page, earlier);
  expect(earlierDue).not.toBeNull();

  await page.goto('/console/parametres');
  await expect(page.getByRole('heading', { name: 'Paramètres du support' })).toBeVisible();
  const preview = page.getByRole('table', { name: /Horaires saisis/ });
  await expect(preview.locator('tbody tr')).toHaveCount(14);
  await expect(preview).toContainText('Fermé — week-end');
  await expectNoSeriousA11yViolations(page);

  try {
    // A mistake is refused field by field, and the preview waits for it to be fixed.
    const monday = page.getByRole('group', { name: 'Lundi', exact: true });
    await monday.getByLabel('Lundi, plage 1, fin').fill('07:00');
    await expect(page.getByText('Aperçu indisponible')).toBeVisible();
    await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
    await expect(monday.getByLabel('Lundi, plage 1, début')).toHaveAccessibleDescription('Lundi, plage 1 : l’heure de début doit précéder l’heure de fin.');
    await expectNoSeriousA11yViolations(page);

    // Open round the clock, every day, holidays included.
    await typeWeek(page, ALWAYS);
    await page.getByLabel('Fermé les jours fériés de métropole').uncheck();
    await expect(preview.locator('tbody tr td')).toHaveText(Array(14).fill('00:00 – 24:00'));
    await saveHours(page);
    await expectNoSeriousA11yViolations(page);

    // A Demande registered now is due 8 hours later, nights and week-ends included; a call counts
    // from its "Appel reçu à" minute, which the form fills with the minute it was opened.
    const before = Math.floor(Date.now() / 60_000) * 60_000;
    const later = await recordPhoneCall(page, `Après le changement d’horaires ${tag}`);
    const after = Date.now();
    await page.goto('/console/demandes?file=toutes');
    await filterByOrganization(page);
    const laterDue = Date.parse((await dueOf(page, later)) ?? '');
    expect(laterDue).toBeGreaterThanOrEqual(before + 8 * HOUR);
    expect(laterDue).toBeLessThanOrEqual(after + 8 * HOUR + 1000);
    expect(await dueOf(page, earlier)).toBe(earlierDue);
  } finally {
    await page.goto('/console/parametres');
    await typeWeek(page, DEFAULT_WEEK);
    await page.getByLabel('Fermé les jours fériés de métropole').check();
    await saveHours(page);
  }
  await page.reload();
  await expect(page.getByRole('table', { name: /Horaires saisis/ })).toContainText('08:30 – 12:30, 13:30 – 17:30');
});
