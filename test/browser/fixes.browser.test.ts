import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectNoAxeViolations, screenshot, startWebApp, type WebApp } from './support/browser.js';

let web: WebApp;

describeInBrowser('issue 12, also found: API docs, state page search', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  it('the API docs page passes axe at 1366 and 390 px', { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await web.openPage();
    await page.goto(web.url('/api/docs'));
    await page.locator('.opblock').first().waitFor();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page, `API docs ${width}`);
    }
    // An operation opened with the keyboard (its summary is a button): its parameters and answers pass too.
    await page.setViewportSize({ width: 1366, height: 900 });
    const places = page.locator('#operations-places-get_api_v1_places__state__policies');
    await places.locator('.opblock-summary-control').focus();
    await page.keyboard.press('Enter');
    await places.locator('.parameters').first().waitFor();
    await expectNoAxeViolations(page, 'API docs, an operation open');
    await screenshot(page, 'fixes-api-docs-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
