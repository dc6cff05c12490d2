import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf, testAs } from '../fixtures/personas';
import { filterByOrganization } from '../console/phone-call';

// Issue 11: one deadline presenter. The same clock at the same moment reads the same on every page.
const test = testAs('agent');
const SAINT_EXEMPLE = 'Mairie de Saint-Exemple';

async function fileDemande(page: Page, subject: string): Promise<string> {
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill(subject);
  await page.getByLabel('Module concerné').selectOption('État civil');
  await page.getByLabel('Contexte').fill('La mention marginale ne s’imprime plus sur les copies intégrales.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();
  return (await page.getByText(/Référence : DEM-\d{4}-\d{6}/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];
}

/** A staff page in its own signed-in context. */
async function staffPage(browser: Browser, persona: 'technician' | 'manager') {
  const context = await browser.newContext({ storageState: storageStateOf(persona) });
  return { context, page: await context.newPage() };
}

/** The queue row of a Demande, following "Page suivante" until it shows. */
async function queueRow(page: Page, reference: string) {
  const link = page.getByRole('link', { name: reference, exact: true });
  for (;;) {
    if ((await link.count()) > 0) return page.getByRole('row').filter({ has: link });
    const next = page.getByRole('link', { name: 'Page suivante' });
    expect(await next.count(), `${reference} absente de la file`).toBeGreaterThan(0);
    await next.click();
  }
}

test('one Demande at one moment: the home, the list, the Demande page and the console say the same state and due time', async ({ page, browser }) => {
  test.slow();
  const reference = await fileDemande(page, `Même échéance partout ${Date.now().toString(36)}`);

  await page.goto(`/demandes/${reference}`);
  const sentence = (await page.locator('[data-clock="pickup"] [data-clock-sentence]').textContent())!;
  // A new Demande: 8 business hours ahead, never à risque within a test.
  expect(sentence).toMatch(/^Prise en charge au plus tard \S+ \d{1,2} \S+ \d{4} à \d{2}:\d{2} \(dans le délai\)$/);
  await expect(page.locator('[data-clock="pickup"]')).toContainText(/Reste \d+ h( \d{2})? ouvrées?/);

  await page.goto('/');
  await expect(page.locator(`[data-reference="${reference}"] [data-clock-sentence]`)).toHaveText(sentence);
  await expectNoSeriousA11yViolations(page);
  await page.goto('/demandes');
  await expect(page.locator(`[data-reference="${reference}"] [data-clock-sentence]`)).toHaveText(sentence);

  const { context, page: staff } = await staffPage(browser, 'technician');
  await staff.goto('/console/demandes');
  await filterByOrganization(staff, SAINT_EXEMPLE);
  await expect((await queueRow(staff, reference)).locator('[data-clock-sentence]')).toHaveText(sentence);
  await expectNoSeriousA11yViolations(staff);
  await staff.goto(`/console/demandes/${reference}`);
  await expect(staff.locator('[data-clock="pickup"] [data-clock-sentence]')).toHaveText(sentence);
  await context.close();
});

test('a Majeure shows its remedy in business days; “À vous de répondre” with the quoted question; the answer resumes the clock', async ({ page, browser }) => {
  test.slow();
  const subject = `Question à l’agent ${Date.now().toString(36)}`;
  const reference = await fileDemande(page, subject);
  const question = 'Quel modèle de copie intégrale imprimez-vous ?';

  const { context, page: staff } = await staffPage(browser, 'technician');
  await staff.goto(`/console/demandes/${reference}`);
  await staff.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(staff.locator('[data-clock="pickup"]')).toContainText('Tenu : pris en charge le');
  const qualify = staff.locator('details', { has: staff.getByText('Qualifier', { exact: true }) });
  await qualify.locator(':scope > summary').click();
  await qualify.getByLabel('Criticité').selectOption('major');
  await qualify.getByRole('button', { name: 'Qualifier' }).click();
  await expect(staff.locator('[data-clock="remedy"]')).toContainText(/Reste [1-6] jours? ouvrés?/);
  await expect(staff.locator('[data-clock="remedy"]')).not.toContainText(/\d{2,} h/);

  await page.goto(`/demandes/${reference}`);
  await expect(page.locator('[data-clock="remedy"]')).toContainText(/Correction ou contournement au plus tard .+ \(dans le délai\)/);
  await expect(page.locator('[data-clock="remedy"]')).toContainText(/Reste [1-6] jours? ouvrés?/);

  const ask = staff.locator('details', { has: staff.getByText('Demander des informations', { exact: true }) });
  await ask.locator('summary').click();
  await ask.getByLabel('Question au client').fill(question);
  await ask.getByRole('button', { name: 'Demander des informations' }).click();
  await expect(staff.locator('[data-clock="remedy"]')).toContainText('En pause : en attente du client');
  await context.close();

  // The home and the list say it is the agent's turn; the notification too.
  await page.goto('/');
  const yourTurn = page.getByRole('region', { name: /À vous de répondre/ });
  await expect(yourTurn.getByRole('link', { name: `${reference} — ${subject}` })).toBeVisible();
  await expect(page.locator(`[data-reference="${reference}"]`)).toContainText('À vous de répondre');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/demandes');
  await page.getByLabel('Statut').selectOption({ label: 'À vous de répondre' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.locator(`[data-reference="${reference}"]`)).toContainText('À vous de répondre');
  await expect(page.locator(`[data-reference="${reference}"] [data-clock-sentence]`)).toHaveText('En pause : en attente de votre réponse');
  await page.goto('/notifications');
  await expect(page.getByRole('link', { name: new RegExp(`À vous de répondre : demande ${reference}`) })).toBeVisible();

  // The question is quoted in the reply box; the answer resumes the clock.
  await page.goto(`/demandes/${reference}`);
  const box = page.getByRole('region', { name: 'À vous de répondre' });
  await expect(box.locator('[data-awaited-question]')).toHaveText(question);
  await expect(page.locator('[data-clock="remedy"]')).toContainText('En pause : en attente de votre réponse');
  await expectNoSeriousA11yViolations(page);
  await box.getByLabel('Votre réponse (obligatoire)', { exact: true }).fill('Le modèle avec filiation.');
  await box.getByRole('button', { name: 'Envoyer les informations' }).click();
  await expect(page.getByText('Informations apportées par le client')).toBeVisible();
  await expect(page.locator('[data-clock="remedy"]')).toContainText(/Correction ou contournement au plus tard .+ \(dans le délai\)/);
  await expect(page.getByRole('region', { name: 'À vous de répondre' })).toHaveCount(0);
});

testAs('reunionAgent')('the Réunion agent sees the support’s hours in both zones, and the number to call', async ({ page }) => {
  await page.goto('/');
  const contact = page.getByRole('region', { name: 'Joindre le support' });
  await expect(contact).toContainText(/Horaires d’ouverture : .+, heure de Paris\./);
  await expect(contact).toContainText(/Pour vous, heure de La Réunion : .+ en hiver ; .+ en été \(heure d’été de Paris : .+\)\./);
  await expectNoSeriousA11yViolations(page);
  await page.goto('/demandes/nouvelle');
  await expect(page.getByRole('region', { name: 'Joindre le support' })).toContainText('heure de La Réunion');
});

testAs('manager')(
  'a manager takes a Demande out of the 75 %, with a reason the client reads; the phone number shows on the portal',
  async ({ page, browser }) => {
    test.slow();
    const client = await browser.newContext({ storageState: storageStateOf('agent') });
    const agent = await client.newPage();
    const reference = await fileDemande(agent, `Retrait du calcul ${Date.now().toString(36)}`);

    await page.goto(`/console/demandes/${reference}`);
    const exclusion = page.locator('details', { has: page.getByText('Retirer du calcul des 75 %', { exact: true }) });
    await exclusion.locator('summary').click();
    // Without a reason: a French message, nothing changes.
    await exclusion.getByRole('button', { name: 'Retirer du calcul des 75 %' }).click();
    await expect(exclusion.getByLabel('Motif (lu par le client)')).toHaveAccessibleDescription(/.+/);
    await expect(page.locator('[data-pickup-excluded]')).toHaveCount(0);
    await exclusion.getByLabel('Motif (lu par le client)').fill('Téléassistance refusée par la mairie');
    await exclusion.getByRole('button', { name: 'Retirer du calcul des 75 %' }).click();
    await expect(page.locator('[data-pickup-excluded]')).toContainText('par Camille Responsable : Téléassistance refusée par la mairie');
    await expect(page.getByText('Retirer du calcul des 75 %', { exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await agent.goto(`/demandes/${reference}`);
    await expect(agent.locator('[data-pickup-excluded]')).toContainText('Téléassistance refusée par la mairie');
    await agent.goto('/');
    await expect(agent.getByRole('region', { name: 'Engagement de prise en charge' })).toContainText(/retirées? du calcul par le support/);

    // §16: the support's number, set in the settings, is on the portal.
    await page.goto('/console/parametres');
    const contact = page.getByRole('form', { name: 'Téléphone et relances' });
    await contact.getByLabel('Téléphone du support').fill('pas un numéro');
    await contact.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(contact.getByLabel('Téléphone du support')).toHaveAccessibleDescription(/Numéro de téléphone invalide/);
    await contact.getByLabel('Téléphone du support').fill('01 23 45 67 89');
    await contact.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Le portail affiche désormais le 01 23 45 67 89' })).toBeVisible();
    await agent.goto('/');
    await expect(agent.getByRole('region', { name: 'Joindre le support' }).getByRole('link', { name: '01 23 45 67 89' })).toHaveAttribute(
      'href',
      'tel:0123456789',
    );
    await client.close();
  },
);

testAs('technician')('a phone call counts from “Appel reçu à”: never in the future, shown on the Demande', async ({ page }) => {
  await page.goto('/console/demandes/nouvelle');
  await page.getByLabel('Collectivité (obligatoire)', { exact: true }).selectOption({ label: SAINT_EXEMPLE });
  await page.getByRole('button', { name: 'Continuer' }).click();
  const received = page.getByLabel('Appel reçu à');
  const now = await received.inputValue();
  expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await page.getByLabel('Demandeur').selectOption({ label: 'Paul Agent (agent1@saint-exemple.demo)' });
  await page.getByLabel('Module concerné').selectOption('État civil');
  await page.getByLabel('Objet (obligatoire)', { exact: true }).fill('Appel : copie intégrale');
  await page.getByLabel('Contexte').fill('Appel de la mairie : la copie intégrale sort sans la mention marginale.');
  await page.getByLabel('Téléphone de rappel').fill('01 23 45 67 89');

  // Tomorrow at the same time: refused in French, nothing recorded.
  const [date, time] = now.split('T') as [string, string];
  const tomorrow = new Date(`${date}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  await received.fill(`${tomorrow.toISOString().slice(0, 10)}T${time}`);
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(received).toHaveAccessibleDescription(/au plus tard maintenant/);
  await expect(page).toHaveURL(/\/console\/demandes\/nouvelle/);
  await expectNoSeriousA11yViolations(page);

  await received.fill(now);
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page).toHaveURL(/\/console\/demandes\/DEM-\d{4}-\d{6}$/);
  const [hours, minutes] = time.split(':');
  await expect(page.getByText(new RegExp(`appel reçu le .+ à ${hours}:${minutes}, enregistré le`))).toBeVisible();
});
