import { test, type Browser, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { availableRestorePoints } from '@/lib/backups';
import { formatDateTime } from '@/lib/format/french-date';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf, type PersonaName } from '../fixtures/personas';

// §7 restores and §11 software accounts: filed by a client administrator, carried out by the support.
const PARIS = 'Europe/Paris';

test.use({ storageState: storageStateOf('clientAdmin') });

async function open(browser: Browser, persona: PersonaName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(persona) });
  return context.newPage();
}

/** The reference shown once a Demande is filed. */
async function filedReference(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  return (await page.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];
}

async function fillRestoreForm(page: Page, reason: string) {
  await page.getByLabel('Module à restaurer (obligatoire)').selectOption('État civil');
  await page.getByLabel('Données concernées (facultatif)').fill('Les actes de naissance saisis hier après-midi.');
  await page.getByLabel('Motif (obligatoire)').fill(reason);
  await page.getByLabel(/J’ai compris que les modifications faites après ce point/).check();
}

test('a client administrator asks for a restore from yesterday’s point, sees it in their list, and reads the date the support plans', async ({
  page,
  browser,
}) => {
  test.slow();
  const now = new Date();
  const yesterday = DateTime.fromJSDate(now, { zone: PARIS }).minus({ days: 1 }).toISODate();
  const point = availableRestorePoints(now, { timeZone: PARIS }).find(
    (candidate) => DateTime.fromJSDate(candidate.takenAt, { zone: PARIS }).toISODate() === yesterday,
  )!;
  const subject = `Restauration depuis la sauvegarde du ${formatDateTime(point.takenAt, PARIS)}`;

  await page.goto('/demandes/nouvelle');
  await page.getByRole('link', { name: 'Demander une restauration de données' }).click();
  await expect(page.getByRole('heading', { name: 'Demander une restauration' })).toBeVisible();
  await expect(page.getByText('conservées 30 jours')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator(`input[name="pointTakenAt"][value="${point.takenAt.toISOString()}"]`).check();
  await fillRestoreForm(page, 'Une fausse manipulation a supprimé des actes saisis hier.');
  await page.getByRole('button', { name: 'Demander la restauration' }).click();
  const reference = await filedReference(page);

  await page.goto('/demandes');
  const row = page.locator(`li[data-reference="${reference}"]`);
  await expect(row).toContainText(subject);
  await expect(row.locator('[data-ticket-type="restore"]')).toHaveText('Restauration');
  await expect(row).toContainText('Demandée');

  // The support: the queue of typed requests, then a date on the technician's clocks.
  const staff = await open(browser, 'technician');
  await staff.goto('/console/demandes?file=restaurations-et-comptes');
  const queued = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: reference }) });
  await expect(queued).toContainText('Restauration');
  await expect(queued).toContainText('Demandée');
  await expect(staff.getByRole('link', { name: /Restaurations et comptes \d+/ })).toHaveAttribute('aria-current', 'page');
  await queued.getByRole('link', { name: reference }).click();
  await expect(staff.getByRole('heading', { name: 'Ce que le client a demandé' })).toBeVisible();
  await expect(
    staff.getByText(`Sauvegarde ${point.kind === 'monthly' ? 'mensuelle' : 'quotidienne'} du ${formatDateTime(point.takenAt, PARIS)}`),
  ).toBeVisible();
  await expect(staff.locator('summary', { hasText: 'Qualifier' })).toHaveCount(0);
  await staff.getByRole('button', { name: 'Prendre en charge' }).click();
  const plan = staff.locator('details', { has: staff.getByText('Planifier', { exact: true }) });
  await plan.locator('summary').click();
  const plannedFor = DateTime.now().setZone(PARIS).plus({ days: 1 }).set({ hour: 20, minute: 0, second: 0, millisecond: 0 });
  await plan.getByLabel('Date et heure prévues').fill(plannedFor.toFormat("yyyy-MM-dd'T'HH:mm"));
  await plan.getByRole('button', { name: 'Planifier' }).click();
  const planned = `Planifiée le ${formatDateTime(plannedFor.toJSDate(), PARIS)}`;
  await expect(staff.locator('[data-request-progress]')).toHaveText(planned);
  await expect(staff.getByRole('list', { name: 'Historique de la demande' })).toContainText(planned);
  await expectNoSeriousA11yViolations(staff);
  await staff.context().close();

  await page.reload();
  await expect(row).toContainText(planned);
  await page.goto(`/demandes/${reference}`);
  await expect(page.getByRole('heading', { name: 'Votre demande de restauration' })).toBeVisible();
  await expect(page.locator('[data-request-progress]')).toHaveText(planned);
  await expect(page.getByRole('heading', { name: 'Ce que vous avez demandé' })).toBeVisible();
  await expect(page.getByText('Acceptée : ce qui a changé après ce point sera perdu.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a crafted request for a point 40 days old is refused with the reason, and nothing is filed', async ({ page }) => {
  // 40 days ago at the nightly backup's time; were it the 1st of a month (a monthly point, kept 3 months), a day earlier.
  let old = DateTime.now().setZone(PARIS).minus({ days: 40 }).set({ hour: 2, minute: 0, second: 0, millisecond: 0 });
  if (old.day === 1) old = old.minus({ days: 1 });
  const forged = old.toUTC().toISO()!;

  await page.goto('/demandes/restauration');
  await expect(page.locator(`input[name="pointTakenAt"][value="${forged}"]`)).toHaveCount(0);
  // What a crafted form sends: the first point of the list, its value changed to the old instant.
  const first = page.locator('input[name="pointTakenAt"]').first();
  await first.evaluate((input, value) => input.setAttribute('value', value), forged);
  await first.check();
  await fillRestoreForm(page, 'Revenir à l’état d’il y a quarante jours.');
  await page.getByRole('button', { name: 'Demander la restauration' }).click();

  const reason = `Ce point de restauration a expiré le ${formatDateTime(old.plus({ days: 30 }).toJSDate(), PARIS)} : les sauvegardes quotidiennes sont conservées 30 jours.`;
  await expect(page.locator('#point-error')).toHaveText(reason);
  await expect(page).toHaveURL(/\/demandes\/restauration$/);

  await page.goto(`/demandes?q=${encodeURIComponent(`sauvegarde du ${formatDateTime(old.toJSDate(), PARIS)}`)}`);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ demandes?$/ })).toHaveText('0 demande');
});

test('a client administrator asks for a software account; the technician marks it done with the identifier; the administrator reads it', async ({
  page,
  browser,
}) => {
  test.slow();
  const person = `Jeanne Martin ${Date.now().toString(36)}`;
  await page.goto('/demandes/compte-logiciel');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Nom et prénom de la personne (obligatoire)').fill(person);
  await page.getByLabel('Son adresse e-mail (obligatoire)').fill('jeanne.martin@saint-exemple.fr');
  await page.getByLabel('Son rôle dans le logiciel (obligatoire)').fill('Officier d’état civil');
  await page.getByLabel('État civil').check();
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  const reference = await filedReference(page);

  const staff = await open(browser, 'technician');
  await staff.goto(`/console/demandes/${reference}`);
  await expect(staff.getByText(`${person} (jeanne.martin@saint-exemple.fr)`)).toBeVisible();
  await staff.getByRole('button', { name: 'Prendre en charge' }).click();
  const complete = staff.locator('details', { has: staff.getByText('Marquer comme réalisée', { exact: true }) });
  await complete.locator('summary').click();
  await complete.getByLabel('Identifiant donné (lu par le client)').fill('jmartin');
  await complete.getByRole('button', { name: 'Marquer comme réalisée' }).click();
  await expect(staff.locator('[data-request-answer]')).toHaveText('jmartin');
  await expect(staff.locator('details summary', { hasText: 'Refuser' })).toHaveCount(0);
  await staff.context().close();

  await page.goto(`/demandes/${reference}`);
  const outcome = page.locator('[data-request-outcome]');
  await expect(outcome.getByRole('heading', { name: 'Votre demande de compte logiciel' })).toBeVisible();
  await expect(page.locator('[data-request-progress]')).toContainText('Réalisée le');
  await expect(outcome.getByRole('heading', { name: 'Identifiant du compte' })).toBeVisible();
  await expect(page.locator('[data-request-answer]')).toHaveText('jmartin');
  await expect(page.getByRole('list', { name: 'Historique de la demande' })).toContainText('Réalisée : jmartin');
  await expectNoSeriousA11yViolations(page);

  await page.goto('/demandes');
  const row = page.locator(`li[data-reference="${reference}"]`);
  await expect(row.locator('[data-ticket-type="software_account"]')).toHaveText('Compte logiciel');
  await expect(row).toContainText('Réalisée');
});

test('an agent who is not an administrator can file neither: both forms are refused, and so are their actions', async ({ page, browser }) => {
  const agent = await open(browser, 'agent');
  for (const path of ['/demandes/restauration', '/demandes/compte-logiciel']) {
    const response = await agent.goto(path);
    expect(response?.status()).toBe(403);
    await expect(agent.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  }
  await agent.goto('/demandes/nouvelle');
  await expect(agent.getByRole('link', { name: 'Demander un compte logiciel' })).toHaveCount(0);

  // The action itself, as the administrator's browser would call it, sent with the agent's session.
  const person = `Agent Intrus ${Date.now().toString(36)}`;
  await page.goto('/demandes/compte-logiciel');
  await page.getByLabel('Nom et prénom de la personne (obligatoire)').fill(person);
  await page.getByLabel('Son adresse e-mail (obligatoire)').fill('intrus@saint-exemple.fr');
  await page.getByLabel('Son rôle dans le logiciel (obligatoire)').fill('Officier d’état civil');
  await page.getByLabel('État civil').check();
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void page.route('**/demandes/compte-logiciel', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      resolve({ headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    });
  });
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  const { headers, body } = await captured;
  const keep = ['next-action', 'next-router-state-tree', 'content-type', 'accept', 'origin'];
  const response = await agent.request.post('/demandes/compte-logiciel', {
    headers: Object.fromEntries(Object.entries(headers).filter(([name]) => keep.includes(name))),
    data: body,
  });
  expect(await response.text()).toContain('Seul un administrateur de la collectivité peut faire cette demande.');
  await agent.context().close();

  await page.unrouteAll();
  await page.goto(`/demandes?q=${encodeURIComponent(person)}`);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ demandes?$/ })).toHaveText('0 demande');
});
