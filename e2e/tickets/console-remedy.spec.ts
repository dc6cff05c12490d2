import { test } from '@playwright/test';
import { DateTime } from 'luxon';
import { DEFAULT_SUPPORT_CALENDAR, addBusinessDays, isOpen } from '@/lib/calendar';
import { remedyCalendar } from '@/lib/sla';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';

const FRENCH_INSTANT = "cccc d LLLL yyyy 'à' HH:mm";
/** A French instant as the pages write it; a deadline at 24:00 is 00:00 the next day. */
const parseFrench = (text: string) => {
  const midnight = text.endsWith(' à 24:00');
  const local = DateTime.fromFormat(midnight ? text.replace(/24:00$/, '00:00') : text, FRENCH_INSTANT, { locale: 'fr', zone: 'Europe/Paris' });
  return midnight ? local.plus({ days: 1 }) : local;
};

test.use({ storageState: storageStateOf('technician') });

test('a technician qualifies Majeure, sees the remedy due 6 business days later, pauses it for the client, and delivers a workaround', async ({
  page,
  browser,
}) => {
  test.slow();
  const client = await browser.newContext({ storageState: storageStateOf('agent') });
  const agent = await client.newPage();
  await agent.goto('/demandes/nouvelle');
  await agent.getByLabel('Objet').fill('Liste électorale : export impossible');
  await agent.getByLabel('Module concerné').selectOption('Élections');
  await agent.getByLabel('Contexte').fill('L’export de la liste électorale échoue depuis la mise à jour.');
  await agent.getByRole('button', { name: 'Envoyer la demande' }).click();
  const reference = (await agent.getByText(/Référence : DEM-/).textContent())!.match(/DEM-\d{4}-\d{6}/)![0];

  await page.goto(`/console/demandes/${reference}`);
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(page.locator('[data-clock="pickup"]')).toContainText('Tenu : pris en charge le');
  const qualify = page.locator('details', { has: page.getByText('Qualifier', { exact: true }) });
  await qualify.locator(':scope > summary').click();
  await qualify.getByLabel('Criticité').selectOption('major');
  await qualify.getByRole('button', { name: 'Qualifier' }).click();

  // "Dû <due> : 6 jours ouvrés depuis <qualification>": the due time is the engine's, from that start, on the
  // remedy's own calendar (§1 jours ouvrés: the support's closed days play no part).
  const remedy = page.locator('[data-clock="remedy"]');
  await expect(remedy).toContainText('6 jours ouvrés depuis');
  const explanation = (await remedy.textContent())!;
  const [, due, start] = explanation.match(/Dû (.+?) : 6 jours ouvrés depuis (?:le )?(.+? à \d{2}:\d{2})/)!;
  const expected = addBusinessDays(remedyCalendar(DEFAULT_SUPPORT_CALENDAR), parseFrench(start!).toJSDate(), 6);
  // The remedy in business days, never in hours.
  await expect(remedy).toContainText(/Reste [1-6] jours? ouvrés?/);
  expect(parseFrench(due!).toMillis()).toBe(DateTime.fromJSDate(expected).startOf('minute').toMillis());
  await expectNoSeriousA11yViolations(page);

  const ask = page.locator('details', { has: page.getByText('Demander des informations', { exact: true }) });
  await ask.locator('summary').click();
  await ask.getByLabel('Question au client').fill('Quel fichier d’export utilisez-vous ?');
  await ask.getByRole('button', { name: 'Demander des informations' }).click();
  await expect(remedy).toContainText('En pause : en attente du client');

  const pausedAt = new Date();
  await agent.goto(`/demandes/${reference}`);
  await agent.getByLabel('Votre réponse (obligatoire)', { exact: true }).fill('Le format CSV INSEE.');
  await agent.getByRole('button', { name: 'Envoyer les informations' }).click();
  await expect(agent.getByText('Informations apportées par le client')).toBeVisible();
  await client.close();

  await page.reload();
  await expect(remedy).toContainText('(dans le délai)');
  // The deadline moved by the business time spent waiting (none if the pause fell on a closed day), in words a person reads.
  if (isOpen(remedyCalendar(DEFAULT_SUPPORT_CALENDAR), pausedAt))
    await expect(remedy).toContainText(/reporté de (moins d’une minute|\d+ min), le temps passé en pause/);

  const deliver = page.locator('details', { has: page.getByText('Livrer la correction ou un contournement', { exact: true }) });
  await deliver.locator('summary').click();
  await deliver.getByLabel('Livraison').selectOption('workaround');
  await deliver.getByLabel('Description pour le client').fill('Exportez au format XML en attendant le correctif.');
  await deliver.getByRole('button', { name: 'Livrer' }).click();
  await expect(remedy).toContainText('Tenu : correction ou contournement livré le');
  await expect(page.getByText('Solution de contournement livrée')).toBeVisible();
  await expect(page.getByText('Résolue').first()).toBeVisible();
});
