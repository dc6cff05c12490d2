import { test as base, type Page } from '@playwright/test';
import { seriousA11yViolations } from '../fixtures/axe';
import { expect, storageStateOf, type PersonaName } from '../fixtures/personas';
import { DESKTOP, pagesOf, PHONE, problemsOfPages, publicPages } from '../fixtures/site-pages';

// RGAA 4.1 / WCAG 2.1 AA (issue 16): every page of each area, as its users see it, at 1,366 px and
// at 390 px, has no serious or critical violation. The pages are every page of the build
// (e2e/fixtures/site-pages.ts): the portal as a client administrator (who opens them all), the
// console as a manager, the public pages without a session.

const WIDTHS = [
  ['1 366 px', DESKTOP],
  ['390 px', PHONE],
] as const;

async function expectEveryPageClean(page: Page, paths: string[]) {
  expect(await problemsOfPages(page, paths, seriousA11yViolations)).toEqual([]);
}

const AREAS: Array<[PersonaName, (path: string) => boolean]> = [
  ['clientAdmin', (path) => !path.startsWith('/console')],
  ['manager', (path) => path.startsWith('/console')],
];

for (const [width, viewport] of WIDTHS) {
  for (const [persona, inArea] of AREAS) {
    const test = base.extend({ storageState: storageStateOf(persona) });
    test.use({ viewport });
    test(`at ${width}, every page of the ${persona === 'manager' ? 'console' : 'portal'} passes the accessibility checks`, async ({ page }) => {
      test.setTimeout(300_000);
      const paths = pagesOf(persona).filter(inArea);
      expect(paths.length).toBeGreaterThan(10);
      await expectEveryPageClean(page, paths);
    });
  }

  base.describe('without a session', () => {
    base.use({ viewport });
    base(`at ${width}, the public pages pass the accessibility checks`, async ({ page }) => {
      await expectEveryPageClean(page, publicPages());
    });
  });
}
