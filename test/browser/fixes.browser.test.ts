import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkBothLanguages } from './support/desk-checks.js';
import {
  describeInBrowser,
  expectNoAxeViolations,
  screenshot,
  startWebApp,
  switchLanguage,
  type WebApp,
} from './support/browser.js';

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

  it(
    'a state page with many counties (Texas: 254) has a search kept in the address, counted politely, paged',
    { timeout: 120_000 },
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await page.goto(web.url('/places/TX?at=2018-01-01'));
      const count = page.getByTestId('county-count');
      await expect.poll(() => count.innerText()).toBe('254 counties or equivalents.');
      expect(await count.getAttribute('role')).toBe('status');
      const rows = page.locator('#counties-caption').locator('xpath=..').locator('tbody tr');
      expect(await rows.count()).toBe(50);
      const pager = page.getByRole('navigation', { name: 'Counties: pages' });
      expect(await pager.innerText()).toContain('Page 1 of 6');
      await checkBothLanguages(page, 'fixes-state-counties');

      // Typed, as a person does: the box is reached by its label; the address keeps the search and the date.
      const box = page.getByLabel('Search the counties by name or FIPS code');
      await box.focus();
      await page.keyboard.type('HARR');
      await expect.poll(() => count.innerText()).toBe('2 of 254 counties or equivalents match “HARR”.');
      expect(new URL(page.url()).searchParams.get('county')).toBe('HARR');
      expect(new URL(page.url()).searchParams.get('at')).toBe('2018-01-01');
      expect(await rows.locator('th').allInnerTexts()).toEqual(['Harris', 'Harrison']);
      expect(await pager.count()).toBe(0);
      // By FIPS code, and reloaded from the address.
      await box.fill('48201');
      await expect.poll(() => rows.locator('th').allInnerTexts()).toEqual(['Harris']);
      await page.reload();
      await expect.poll(() => rows.locator('th').allInnerTexts()).toEqual(['Harris']);
      expect(await page.getByLabel('Search the counties by name or FIPS code').inputValue()).toBe('48201');
      await box.fill('zzz');
      await expect.poll(() => count.innerText()).toBe('No county or equivalent matches “zzz” (of 254).');
      expect(await rows.count()).toBe(0);
      await box.fill('');
      await expect.poll(() => rows.count()).toBe(50);

      // The next page, by keyboard: the offset goes into the address.
      await pager.getByRole('link', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('countiesFrom')).toBe('50');
      expect(await pager.innerText()).toContain('Page 2 of 6');

      // Accents and capitals do not matter (Puerto Rico's municipios), in Spanish too.
      await page.goto(web.url('/places/PR?county=bayamon'));
      await switchLanguage(page, 'es');
      await expect.poll(() => count.innerText()).toMatch(/^1 de 78 condados o equivalentes coincide con «bayamon»\.$/);
      expect(await rows.locator('th').allInnerTexts()).toEqual(['Bayamón']);
      await page.goto(web.url('/places/TX?county=har'));
      await checkBothLanguages(page, 'fixes-state-search');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it(
    'place pages say what date was asked and shown, and how current the library is; rules in Spanish, marked unofficial',
    { timeout: 120_000 },
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await page.goto(web.url('/places/TX?at=garbage'));
      const invalid = page.getByTestId('at-date-invalid');
      await expect
        .poll(() => invalid.innerText())
        .toMatch(
          /^The address asks for the date “garbage”, which is not a date written YYYY-MM-DD\. Shown instead: the rules in force today, /,
        );
      await checkBothLanguages(page, 'fixes-at-garbage');

      await page.goto(web.url('/places/CA/06001?at=2014-02-30'));
      await expect.poll(() => invalid.innerText()).toContain('“2014-02-30”, which is not a day of the calendar.');
      expect(await page.locator('.message-error').count()).toBe(0);

      await page.goto(web.url('/places/TX?at=2099-01-01'));
      const review = page.getByTestId('at-date-review');
      await expect
        .poll(() => review.innerText())
        .toMatch(
          /^Asked for January 1, 2099, after [A-Z][a-z]+ \d{1,2}, \d{4}, the last day the law library is known to be current\./,
        );
      await switchLanguage(page, 'es');
      await expect
        .poll(() => review.innerText())
        .toMatch(/^Se pidió el 1 de enero de 2099, después del \d{1,2} de [a-z]+ de \d{4}/);
      const title = page.getByRole('heading', {
        level: 3,
        name: /Cumpla, acate y lleve a cabo la solicitud de retención/,
      });
      expect(await title.innerText()).toMatch(/\(traducción no oficial\)$/);
      await switchLanguage(page, 'en');
      await checkBothLanguages(page, 'fixes-at-2099');

      await page.goto(web.url('/policies/tx-ccp-2.251'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await switchLanguage(page, 'es');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe(
          'Cumpla, acate y lleve a cabo la solicitud de retención, e informe a la persona de que está retenida por ella (traducción no oficial)',
        );
      expect(await page.locator('.timeline').innerText()).toContain('las acciones indicadas son obligatorias');
      await switchLanguage(page, 'en');
      await checkBothLanguages(page, 'fixes-rule-spanish');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );
});
