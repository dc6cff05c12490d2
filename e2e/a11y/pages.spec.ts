import { expectNoSeriousA11yViolations } from '../fixtures/axe';
import { expect, testAs } from '../fixtures/personas';

// RGAA 4.1 / WCAG 2.1 AA: every page of each area, as its users see it, has no serious or critical violation.
const PORTAL = [
  '/',
  '/demandes',
  '/demandes?statut=ouvertes&perimetre=miennes',
  '/demandes/nouvelle',
  '/faq',
  '/faq?q=securite',
  '/annonces',
  '/notifications',
];
const CONSOLE = [
  '/console',
  '/console/demandes',
  '/console/demandes/nouvelle',
  '/console/faq',
  '/console/faq/nouvelle',
  '/console/annonces',
  '/console/annonces/nouvelle',
  '/console/notifications',
];

for (const path of PORTAL) {
  testAs('agent')(`portal page ${path} passes the accessibility checks`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

for (const path of CONSOLE) {
  testAs('manager')(`console page ${path} passes the accessibility checks`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
