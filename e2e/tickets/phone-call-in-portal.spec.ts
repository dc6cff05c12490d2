import { test } from '@playwright/test';
import { recordPhoneCall } from '../console/phone-call';
import { expect, storageStateOf } from '../fixtures/personas';

test.use({ storageState: storageStateOf('technician') });

test('a phone call recorded in the console appears in the client’s portal, as a call', async ({ page, browser }) => {
  const reference = await recordPhoneCall(page, 'Appel : mention marginale absente');
  const client = await browser.newContext({ storageState: storageStateOf('reunionAgent') });
  const agent = await client.newPage();
  await agent.goto('/demandes');
  await expect(agent.getByRole('link', { name: `${reference} — Appel : mention marginale absente` })).toBeVisible();
  await agent.getByRole('link', { name: `${reference} — Appel : mention marginale absente` }).click();
  await expect(agent.getByText('Demande enregistrée par téléphone')).toBeVisible();
  await expect(agent.getByText('Rappel téléphonique (0262 12 34 56)')).toBeVisible();
  await expect(agent.locator('[data-clock="pickup"]')).toContainText('Prise en charge');
  await client.close();
});
