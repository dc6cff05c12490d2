import { test, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { formatDateTime } from '../../lib/format/french-date';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';

test.use({ storageState: storageStateOf('manager') });

const PARIS = 'Europe/Paris';
const inputTime = (instant: DateTime) => instant.setZone(PARIS).toFormat("yyyy-MM-dd'T'HH:mm");

/** A window starting `days` from today at `hour`, Paris time, lasting two hours. */
function window(days: number, hour: number) {
  const start = DateTime.now().setZone(PARIS).plus({ days }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  return { start, end: start.plus({ hours: 2 }) };
}

async function fillMaintenance(page: Page, title: string, { start, end }: ReturnType<typeof window>) {
  await page.getByLabel('Type d’annonce').selectOption('planned_maintenance');
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Début (obligatoire)', { exact: true }).fill(inputTime(start));
  await page.getByLabel('Fin (obligatoire)', { exact: true }).fill(inputTime(end));
  await page
    .getByLabel('Texte (obligatoire)', { exact: true })
    .fill('Le service sera **interrompu** pendant la fenêtre.\n\n- Enregistrez vos travaux avant le début.');
}

test('a planned maintenance tomorrow is refused, recorded as emergency maintenance instead, and shown as such to agents', async ({ page, browser }) => {
  const title = `Redémarrage des serveurs d’application ${Date.now()}`;
  const tomorrow = window(1, 10);

  await page.goto('/console/annonces');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Nouvelle annonce' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle annonce' })).toBeVisible();
  await expect(page.getByText('Les dates se saisissent à l’heure de Paris')).toBeVisible();
  await fillMaintenance(page, title, tomorrow);
  await page.getByText('Aperçu du texte').click();
  await expect(page.locator('details strong', { hasText: 'interrompu' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Publier l’annonce' }).click();
  // After a client-side navigation Next.js's route announcer is an alert too: find ours by its words.
  const refusal = page.getByRole('alert').filter({ hasText: 'Une maintenance planifiée s’annonce au moins 48 heures avant son début' });
  await expect(refusal).toBeVisible();
  await expect(page.getByLabel('Début (obligatoire)', { exact: true })).toHaveAccessibleDescription(/Moins de 48 heures d’avance/);
  await expectNoSeriousA11yViolations(page);

  await refusal.getByRole('button', { name: 'Enregistrer comme maintenance urgente' }).click();
  await expect(page).toHaveURL(/\/console\/annonces\?publiee=/);
  await expect(page.getByRole('status').filter({ hasText: title })).toHaveText(`Annonce « ${title} » publiée.`);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Maintenance urgente');
  await expectNoSeriousA11yViolations(page);

  const context = await browser.newContext({ storageState: storageStateOf('agent') });
  const agent = await context.newPage();
  await agent.goto('/annonces');
  const upcoming = agent.getByRole('region', { name: 'À venir' });
  const card = upcoming.getByRole('article', { name: title });
  await expect(card).toContainText('Maintenance urgente');
  await expect(card).toContainText(formatDateTime(tomorrow.start.toJSDate(), PARIS));
  await expect(card).not.toContainText('heure de');
  await expectNoSeriousA11yViolations(agent);

  await agent.getByRole('link', { name: 'Maintenances urgentes' }).click();
  await expect(agent).toHaveURL(/\?type=maintenances-urgentes$/);
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText('Annonces : maintenances urgentes');
  await expect(agent.getByRole('link', { name: 'Maintenances urgentes' })).toHaveAttribute('aria-current', 'page');
  await expect(agent.getByRole('article', { name: title })).toBeVisible();
  for (const other of await agent.getByRole('article').all()) await expect(other).toContainText('Maintenance urgente');
  await expectNoSeriousA11yViolations(agent);
  await context.close();
});

test('a planned maintenance in three days is accepted; La Réunion reads it in its own time', async ({ page, browser }) => {
  const title = `Migration du stockage ${Date.now()}`;
  const inThreeDays = window(3, 21);

  await page.goto('/console/annonces/nouvelle');
  await fillMaintenance(page, title, inThreeDays);
  await page.getByRole('button', { name: 'Publier l’annonce' }).click();
  await expect(page.getByRole('status').filter({ hasText: title })).toHaveText(`Annonce « ${title} » publiée.`);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Maintenance planifiée');

  const context = await browser.newContext({ storageState: storageStateOf('reunionAgent') });
  const reunion = await context.newPage();
  await reunion.goto('/annonces?type=maintenances-planifiees');
  await expect(reunion.getByText('Les horaires sont indiqués à l’heure de La Réunion.')).toBeVisible();
  const card = reunion.getByRole('region', { name: 'À venir' }).getByRole('article', { name: title });
  await expect(card).toContainText('Maintenance planifiée');
  // 21:00 in Paris is 23:00 or midnight in Saint-Denis (UTC+4), named as such.
  const local = inThreeDays.start.setZone('Indian/Reunion');
  expect(local.hour).not.toBe(21);
  await expect(card).toContainText(`à ${local.toFormat('HH:mm')} (heure de La Réunion)`);
  await expect(card).toContainText(formatDateTime(inThreeDays.end.toJSDate(), 'Indian/Reunion', { showZone: true }));
  await expectNoSeriousA11yViolations(reunion);
  await context.close();
});
