import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, switchLanguage, TEST_TIMEOUT, type WebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';

/**
 * The place page (issue 12, point 3) as a reader uses it: the law in plain words at the top, in
 * English and Spanish; ICE's numbers as charts with their data tables; a download holds exactly the
 * table shown; axe zero at 1366 and 390 px in both languages.
 */
describeInBrowser('place pages: summary and ICE numbers', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => {
    await web?.dispose();
  });

  const openAlameda = async (page: Page, path = '/places/CA/06001') => {
    await page.goto(web.url(path));
    await page.locator('.summary-lead').waitFor();
    await page.locator('figure[data-chart="outcomes"] svg, figure[data-chart="outcomes"] .message').first().waitFor();
    await page.locator('figure[data-chart="facilities"]').waitFor();
  };

  it(
    'shows the plain-language summary in English and in Spanish, with the date asked',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openAlameda(page, '/places/CA/06001?at=2014-06-01');
      const lead = page.locator('.summary-lead');
      await expect
        .poll(() => lead.textContent())
        .toMatch(/^On 1 June 2014 in Alameda County, California, a jail may not hold/);
      await page.getByText('Person by person').click();
      await expect
        .poll(() => page.locator('.summary-profiles li').first().textContent())
        .toMatch(/^For a person with no criminal record, a jail may not hold them on an ICE detainer/);
      await switchLanguage(page, 'es');
      await expect
        .poll(() => lead.textContent())
        .toMatch(/^El 1 de junio de 2014 en el condado de Alameda \(California\), una cárcel no puede retener/);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'shows each chart with its data table, and a download holds exactly the table shown',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openAlameda(page);
      const figures = page.locator('figure.stats-chart');
      // Three of ICE's numbers and the two measures under them (test/browser/measures.browser.test.ts).
      // The measures' charts load after ICE's numbers: wait for all five, not the first.
      await expect.poll(() => figures.count()).toBe(5);
      // The demo release is synthetic, and every chart says so.
      await expect.poll(() => page.locator('figure.stats-chart .synthetic-label').count()).toBe(5);
      const outcomes = page.locator('figure[data-chart="outcomes"]');
      expect(await outcomes.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(
        /fiscal years \d{4} to \d{4}/,
      );
      await outcomes.getByRole('button', { name: 'Show the data table' }).click();
      const table = outcomes.locator('table');
      await table.waitFor();
      const shown = await table.evaluate((t) =>
        Array.from(
          (t as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> }).rows,
          (r) => Array.from(r.cells, (c) => (c.textContent ?? '').replace(/,/g, '')),
        ),
      );
      expect(shown.length).toBeGreaterThan(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        outcomes.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const csv = readFileSync(path, 'utf8')
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(','));
      expect(csv).toEqual(shown);
      // The API URL reproduces the counts: its answer adds up to the table's total.
      const url = await outcomes.locator('a.api-url').getAttribute('href');
      expect(url).toMatch(
        /^\/api\/v1\/stats\/detainers\?county=06001&release=synthetic-demo&groupBy=fiscalYear%2Coutcome$/,
      );
      const answer = (await (await page.request.get(web.url(url!))).json()) as { rows: { count: number }[] };
      const total = shown.slice(1).reduce((sum, row) => sum + Number(row[row.length - 1]), 0);
      expect(answer.rows.reduce((sum, r) => sum + r.count, 0)).toBe(total);
      await expect
        .poll(() => outcomes.locator('.source-stamp').textContent())
        .toMatch(/synthetic-demo .*SHA-256 [0-9a-f]{64}/);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  // axe over a long page is slow on a busy machine: one check a test.
  const AXE_TIMEOUT = 120_000;

  it(
    'has no axe violations on a county page in English and Spanish at 1366 and 390 px',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openAlameda(page);
      await page.getByText('Person by person').click();
      for (const lang of ['en', 'es'] as const) {
        await switchLanguage(page, lang);
        await checkWidths(page, 'place-alameda', lang);
      }
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'has no axe violations with every data table shown, in Spanish',
    async () => {
      const { page, pageErrors } = await web.openPage({ lang: 'es' });
      await openAlameda(page);
      const showTable = page.getByRole('button', { name: 'Mostrar la tabla de datos' });
      while ((await showTable.count()) > 0) await showTable.first().click();
      expect(await page.locator('figure.stats-chart table').count()).toBe(5);
      await checkWidths(page, 'place-alameda-tables', 'es');
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'has no axe violations on a state page (Texas)',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/places/TX'));
      await page.locator('.summary-lead').waitFor();
      await page.locator('figure[data-chart="facilities"]').waitFor();
      await checkWidths(page, 'place-texas', 'en');
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );
});
