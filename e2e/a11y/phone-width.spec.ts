import { test as base, type Page } from '@playwright/test';
import { expect, storageStateOf, type PersonaName } from '../fixtures/personas';
import { pagesOf, PHONE, problemsOfPages, publicPages } from '../fixtures/site-pages';

// Issue 16: at 390 px (a phone), no page of the portal or the console scrolls sideways: every page
// of the build (e2e/fixtures/site-pages.ts), visited by every persona allowed to open it.

/** What sticks out past the viewport's right edge, to name it in the failure. */
async function overflowOf(page: Page): Promise<string | null> {
  return page.evaluate((width) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      // The outermost ones only: a child of a culprit adds nothing.
      .filter((element, _index, all) => !all.some((other) => other !== element && other.contains(element)))
      .slice(0, 4)
      .map((element) => {
        const classes = typeof element.className === 'string' ? element.className.split(/\s+/).slice(0, 4).join('.') : '';
        return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> ${Math.round(element.getBoundingClientRect().right)} px`;
      });
    return `${scrollWidth} px de large : ${culprits.join(', ')}`;
  }, PHONE.width);
}

async function expectNoSidewaysScroll(page: Page, paths: string[]) {
  const problems = await problemsOfPages(page, paths, async (opened) => {
    const overflow = await overflowOf(opened);
    return overflow ? [overflow] : [];
  });
  expect(problems).toEqual([]);
}

const PERSONAS: PersonaName[] = ['agent', 'clientAdmin', 'reunionAgent', 'technician', 'manager'];

for (const persona of PERSONAS) {
  const test = base.extend({ storageState: storageStateOf(persona) });
  test.use({ viewport: PHONE });
  test(`at 390 px, no page scrolls sideways for ${persona}`, async ({ page }) => {
    test.slow();
    const paths = pagesOf(persona);
    expect(paths.length).toBeGreaterThan(10);
    await expectNoSidewaysScroll(page, paths);
  });
}

base.describe('without a session', () => {
  base.use({ viewport: PHONE });
  base('at 390 px, the public pages do not scroll sideways', async ({ page }) => {
    const open = publicPages();
    expect(open.length).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, open);
  });
});
