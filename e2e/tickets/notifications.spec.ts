import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf } from '../fixtures/personas';

test.use({ storageState: storageStateOf('clientAdmin') });

test('the bell counts unread notifications; the list leads to the Demande; all can be marked read; email can be turned off', async ({ page }) => {
  await page.goto('/demandes/nouvelle');
  await page.getByLabel('Objet').fill('Notification attendue');
  await page.getByLabel('Module concerné').selectOption('COMEDEC');
  await page.getByLabel('Contexte').fill('Vérifier que l’accusé de réception arrive dans le portail.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { name: 'Votre demande est enregistrée' })).toBeVisible();

  await page.goto('/');
  const bell = page.getByRole('link', { name: /Notifications \d+ non lues?/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const acknowledgment = page.getByRole('link', { name: /Demande DEM-\d{4}-\d{6} enregistrée/ }).first();
  await expect(acknowledgment).toBeVisible();

  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aucune notification non lue.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Notifications (aucune non lue)' })).toBeVisible();

  await page.getByLabel('Non, seulement dans le portail').check();
  await page.getByRole('button', { name: 'Enregistrer la préférence' }).click();
  await expect(page.getByText('Vous ne recevrez plus de courriels de notification.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Non, seulement dans le portail')).toBeChecked();

  await acknowledgment.click();
  await expect(page.getByRole('heading', { name: 'Notification attendue' })).toBeVisible();
});
