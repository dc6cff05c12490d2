import { test, type Browser, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import {
  INCIDENT_CAUSES,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_ENVIRONMENTS,
  INCIDENT_ENVIRONMENT_LABELS,
  formatRate,
  monthlyAvailability,
  type Incident,
} from '../../lib/availability';
import { frenchPublicHolidays } from '../../lib/calendar';
import { formatMonth } from '../../lib/format/french-date';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf, type PersonaName } from '../fixtures/personas';

const PARIS = 'Europe/Paris';
const inputTime = (instant: DateTime) => instant.setZone(PARIS).toFormat("yyyy-MM-dd'T'HH:mm");

// Incidents are shared by every page of the portal: these journeys run one after the other.
test.describe.configure({ mode: 'serial' });

/**
 * 10:00–10:30 on each business day before today, latest first, this month and the previous one:
 * inside the PRT (§6), in the past, so the incident can be opened then and closed at once.
 */
function candidateWindows(now: DateTime) {
  const isBusinessDay = (day: DateTime) => day.weekday <= 5 && !frenchPublicHolidays(day.year).includes(day.toISODate()!);
  const today = now.setZone(PARIS).startOf('day');
  const windows = [];
  for (let day = today.minus({ days: 1 }); day >= today.minus({ months: 1 }).startOf('month'); day = day.minus({ days: 1 })) {
    if (!isBusinessDay(day)) continue;
    const start = day.set({ hour: 10 });
    windows.push({ start, end: start.plus({ minutes: 30 }), month: start.toFormat('yyyy-MM') });
  }
  return windows;
}

type ShownIncident = Incident & { title: string };

/** The incidents the page details for its month (the demo's history among them), as lib/availability reads them. */
async function incidentsShown(page: Page): Promise<ShownIncident[]> {
  const cards = await page
    .getByRole('region', { name: /^Incidents de / })
    .getByRole('article')
    .all();
  return Promise.all(
    cards.map(async (card) => {
      const field = (name: string) => card.locator(`dt:text-is("${name}") + dd`);
      const causeText = (await field('Cause').textContent())!.trim();
      const environmentText = (await field('Environnement').textContent())!.trim();
      const end = field('Fin').locator('time');
      return {
        title: (await card.getByRole('heading').textContent())!.trim(),
        cause: INCIDENT_CAUSES.find((cause) => causeText.startsWith(INCIDENT_CAUSE_LABELS[cause]))!,
        environment: INCIDENT_ENVIRONMENTS.find((environment) => INCIDENT_ENVIRONMENT_LABELS[environment] === environmentText)!,
        start: new Date((await field('Début').locator('time').getAttribute('datetime'))!),
        end: (await end.count()) > 0 ? new Date((await end.getAttribute('datetime'))!) : null,
      };
    }),
  );
}

const overlaps = (incident: Incident, start: DateTime, end: DateTime, now: Date) => incident.start < end.toJSDate() && (incident.end ?? now) > start.toJSDate();

async function pageAs(browser: Browser, persona: PersonaName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(persona) });
  return context.newPage();
}

/** The rate a page may show for `month`: it measures the month up to the instant it was built, between `before` and `after`. */
function expectedRates(month: string, incidents: readonly Incident[], before: Date, after: Date): string[] {
  return [...new Set([before, after].map((now) => formatRate(monthlyAvailability(PARIS, month, incidents, now)!.rate)))];
}

async function monthRate(page: Page, month: string): Promise<string> {
  const row = page
    .getByRole('table', { name: 'Taux de disponibilité par mois' })
    .getByRole('row')
    .filter({ hasText: formatMonth(month) });
  return (await row.getByRole('cell').first().textContent())!.trim();
}

test('a technician opens an incident for Saint-Exemple: its agent sees the banner and the notification; closed, it is in the breakdown and the month’s rate moves', async ({
  browser,
}) => {
  const title = `Édition des actes indisponible ${Date.now()}`;
  const agent = await pageAs(browser, 'agent');

  // A window no recorded incident touches, so the incident adds its 30 minutes to the month's downtime.
  let chosen: { start: DateTime; end: DateTime; month: string; others: ShownIncident[]; before: Date; after: Date } | undefined;
  for (const window of candidateWindows(DateTime.now())) {
    const before = new Date();
    await agent.goto(`/disponibilite?mois=${window.month}`);
    const after = new Date();
    const others = await incidentsShown(agent);
    if (others.some((other) => overlaps(other, window.start, window.end, after))) continue;
    chosen = { ...window, others, before, after };
    break;
  }
  if (!chosen) throw new Error('Aucun créneau libre de 10:00 à 10:30 ce mois-ci ni le précédent.');
  const { start, end, month, others } = chosen;
  const incident: Incident = { start: start.toJSDate(), end: end.toJSDate(), cause: 'fault', environment: 'production' };
  const availability = `/disponibilite?mois=${month}`;
  expect(expectedRates(month, others, chosen.before, chosen.after)).toContain(await monthRate(agent, month));

  const technician = await pageAs(browser, 'technician');
  await technician.goto('/console/incidents');
  await expectNoSeriousA11yViolations(technician);
  await technician.getByRole('link', { name: 'Nouvel incident' }).click();
  await expect(technician.getByRole('heading', { name: 'Nouvel incident' })).toBeVisible();
  await technician.getByLabel('Titre').fill(title);
  await technician.getByLabel('Description').fill('La génération des actes échoue pour tous les agents.');
  await technician.getByLabel('Cause (obligatoire)', { exact: true }).selectOption('fault');
  await technician.getByLabel('Certaines collectivités').check();
  await technician.getByRole('button', { name: 'Ouvrir l’incident' }).click();
  // A scope naming no organization: a French message, nothing written.
  await expect(technician.getByRole('group', { name: 'Collectivités touchées' })).toHaveAccessibleDescription(/^Cochez au moins une collectivité touchée/);
  await expect(technician.getByRole('alert').getByRole('link', { name: /^Collectivités touchées : Cochez au moins une collectivité touchée/ })).toBeVisible();
  await technician.getByLabel('Mairie de Saint-Exemple').check();
  await technician.getByLabel('Début (facultatif)').fill(inputTime(start));
  await expectNoSeriousA11yViolations(technician);
  await technician.getByRole('button', { name: 'Ouvrir l’incident' }).click();
  await expect(technician).toHaveURL(/\/console\/incidents\/[0-9a-f-]{36}\?fait=ouvert$/);
  await expect(technician.getByRole('status').filter({ hasText: 'Incident ouvert' })).toBeVisible();
  await expectNoSeriousA11yViolations(technician);

  // The agent: a banner on every page, and the notification.
  await agent.goto('/');
  const banner = agent.getByRole('region', { name: 'Incident en cours' });
  await expect(banner).toContainText(title);
  await expectNoSeriousA11yViolations(agent);
  await agent.goto('/demandes');
  await expect(banner).toContainText(title);
  await agent.goto('/notifications');
  await agent.getByRole('link', { name: `Incident en cours : ${title}` }).click();
  await expect(agent).toHaveURL(/\/disponibilite$/);
  await expect(agent.getByRole('region', { name: 'État du service' })).toContainText('Incident en cours');
  await expect(agent.getByRole('region', { name: 'État du service' })).toContainText(title);
  await expectNoSeriousA11yViolations(agent);

  // The status page, without a session, says nothing of an incident of one organization.
  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto('/statut');
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { name: 'État du service', level: 1 })).toBeVisible();
  await expect(visitor.locator('body')).not.toContainText(title);
  await expect(visitor.locator('body')).not.toContainText('Saint-Exemple');

  // The technician closes it.
  await technician.getByLabel('Fin (facultatif)').fill(inputTime(end));
  await technician.getByRole('button', { name: 'Terminer l’incident' }).click();
  await expect(technician.getByRole('status').filter({ hasText: 'Incident terminé' })).toBeVisible();

  let before = new Date();
  await agent.goto(availability);
  const after = new Date();
  await expect(agent.getByRole('region', { name: 'Incident en cours' }).filter({ hasText: title })).toHaveCount(0);
  const card = agent.getByRole('article', { name: title });
  await expect(card).toContainText('Compté comme indisponibilité');
  await expect(card).toContainText('30 min');
  const all = await incidentsShown(agent);
  expect(all.find((shown) => shown.title === title)).toEqual({ title, ...incident });
  const shown = await monthRate(agent, month);
  expect(expectedRates(month, all, before, after)).toContain(shown);
  expect(expectedRates(month, others, before, after)).not.toContain(shown);
  await expectNoSeriousA11yViolations(agent);
  await agent.goto('/notifications');
  await expect(agent.getByRole('link', { name: `Incident terminé : ${title}` })).toBeVisible();

  // The support reads the same rate for Saint-Exemple, and exports it.
  const manager = await pageAs(browser, 'manager');
  before = new Date();
  await manager.goto(`/console/disponibilite?mois=${month}&tri=nom`);
  const onConsole = expectedRates(month, all, before, new Date());
  const row = manager.getByRole('row', { name: /Mairie de Saint-Exemple/ });
  expect(onConsole).toContain((await row.getByRole('cell').first().textContent())!.trim());
  await expectNoSeriousA11yViolations(manager);
  before = new Date();
  const csv = await manager.request.get(`/api/disponibilite?mois=${month}`);
  const exported = expectedRates(month, all, before, new Date()).map((rate) => `Mairie de Saint-Exemple;${month};${rate.replace(/\s*%$/, '')};`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const line = (await csv.text()).split('\r\n').find((candidate) => candidate.startsWith('Mairie de Saint-Exemple;'));
  expect(exported.some((start) => line?.startsWith(start))).toBe(true);
});

test('an incident for every organization is on the status page, with its public messages, for anyone', async ({ browser }) => {
  const title = `COMEDEC indisponible ${Date.now()}`;
  const technician = await pageAs(browser, 'technician');
  await technician.goto('/console/incidents/nouveau');
  await technician.getByLabel('Titre').fill(title);
  await technician.getByLabel('Description').fill('Les vérifications d’état civil par COMEDEC échouent.');
  await technician.getByLabel('Cause (obligatoire)', { exact: true }).selectOption('external_system');
  await technician.getByLabel('Système extérieur en cause').fill('COMEDEC (ANTS)');
  await technician.getByRole('button', { name: 'Ouvrir l’incident' }).click();
  await expect(technician.getByRole('status').filter({ hasText: 'Incident ouvert' })).toBeVisible();
  await technician.getByLabel('Point d’étape').fill('L’ANTS annonce un retour du service dans l’heure.');
  await technician.getByRole('button', { name: 'Publier le point d’étape' }).click();
  await expect(technician.getByRole('status').filter({ hasText: 'Point d’étape publié.' })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/statut');
  await expect(visitor.getByText('Incident en cours').first()).toBeVisible();
  const card = visitor.getByRole('article', { name: title });
  await expect(card).toContainText('COMEDEC (ANTS)');
  await expect(card).toContainText('L’ANTS annonce un retour du service dans l’heure.');
  await expectNoSeriousA11yViolations(visitor);

  await technician.getByRole('button', { name: 'Terminer l’incident' }).click();
  await expect(technician.getByRole('status').filter({ hasText: 'Incident terminé' })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('article', { name: title })).toHaveCount(0);
});
