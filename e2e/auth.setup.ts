import { test as setup } from '@playwright/test';
import { PERSONAS, expect, signIn, storageStateOf, type PersonaName } from './fixtures/personas';

for (const [persona, { email, area }] of Object.entries(PERSONAS) as Array<[PersonaName, (typeof PERSONAS)[PersonaName]]>) {
  setup(`sign in once as ${persona}`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(area === 'console' ? /\/console$/ : /\/$/);
    await page.context().storageState({ path: storageStateOf(persona) });
  });
}
