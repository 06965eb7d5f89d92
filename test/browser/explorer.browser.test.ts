import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, isFocused, startWebApp, TEST_TIMEOUT, type WebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';

/**
 * The data explorer (/data, issue 12 point 4) as a reader uses it on the demo data: grouping and
 * filters chosen with the keyboard, the address following each view (back returns to the one before),
 * the CSV download holding exactly the table shown, the API URL reproducing it, and axe zero in English
 * and Spanish at 1366 and 390 px.
 */
describeInBrowser('the data explorer', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => {
    await web?.dispose();
  });

  const chartShown = (page: Page) =>
    page.locator('figure[data-chart="explorer"] svg[role="img"], figure[data-chart="explorer"] ol').first().waitFor();

  /** The table's cells as text, numbers without their thousands separators. */
  const tableCells = (page: Page) =>
    page
      .locator('figure[data-chart="explorer"] table')
      .evaluate((t) =>
        Array.from(
          (t as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null; className: string }> }> })
            .rows,
          (r) => Array.from(r.cells, (c) => (c.textContent ?? '').replace(/(\d),(\d)/g, '$1$2')),
        ),
      );

  it(
    'groups and filters with the keyboard, the address following; the download is the table shown',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data'));
      await chartShown(page);
      // The demo release is synthetic, and the chart says so; its source stamp names it.
      await page.locator('figure[data-chart="explorer"] .synthetic-label').waitFor();
      expect(await page.locator('.source-stamp').textContent()).toMatch(
        /^Source: synthetic-demo .*SHA-256 [0-9a-f]{64}/,
      );
      expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toBe('Detainers by fiscal year');

      // Keyboard only: group by outcome, then by state; the fiscal year 2014; Texas; Show.
      const groupBy = page.getByLabel('Group by', { exact: true });
      await groupBy.focus();
      await page.keyboard.type('Outcome');
      expect(await groupBy.inputValue()).toBe('outcome');
      await page.keyboard.press('Tab');
      expect(await isFocused(page.getByLabel('Then by', { exact: true }))).toBe(true);
      await page.keyboard.type('State');
      await page.keyboard.press('Tab');
      expect(await isFocused(page.getByLabel('Fiscal year', { exact: true }))).toBe(true);
      await page.keyboard.type('FY2014');
      expect(await page.getByLabel('Fiscal year', { exact: true }).inputValue()).toBe('2014');
      await page.getByLabel('State', { exact: true }).focus();
      await page.keyboard.type('Texas');
      expect(await page.getByLabel('State', { exact: true }).inputValue()).toBe('TX');
      await page.getByRole('button', { name: 'Show', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(web.url('/data?groupBy=outcome%2Cstate&fy=2014&state=TX'));
      await expect
        .poll(() => page.getByRole('heading', { level: 3 }).first().textContent())
        .toBe('Detainers by outcome, state');
      await chartShown(page);

      // The table, in words: outcomes and the state by name.
      await page.getByRole('button', { name: 'Show the data table' }).click();
      const cells = await tableCells(page);
      expect(cells[0]).toEqual(['Outcome', 'State', 'Detainers']);
      expect(cells.length).toBeGreaterThan(2);
      expect(cells.slice(1).every((row) => row[1] === 'Texas')).toBe(true);
      expect(cells.slice(1).map((row) => row[0])).toContain('Transferred to ICE');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8')
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(','));
      expect(csv).toEqual(cells);

      // The API URL (shown, and in the field to copy) gives the same counts.
      const url = await page.locator('figure[data-chart="explorer"] a.api-url').getAttribute('href');
      expect(url).toBe('/api/v1/stats/detainers?groupBy=outcome%2Cstate&from=2013-10-01&to=2014-09-30&state=TX');
      expect(await page.getByLabel('API URL of this view').inputValue()).toBe(web.url(url!));
      const answer = (await (await page.request.get(web.url(url!))).json()) as { rows: { count: number }[] };
      const sorted = (counts: string[]) => [...counts].sort((x, y) => Number(x) - Number(y));
      expect(sorted(answer.rows.map((r) => String(r.count)))).toEqual(sorted(cells.slice(1).map((row) => row[2]!)));

      // Back shows the view before, its controls too.
      await page.goBack();
      await page.waitForURL(web.url('/data'));
      await expect.poll(() => page.getByLabel('Group by', { exact: true }).inputValue()).toBe('fiscalYear');
      await page.goForward();
      await expect.poll(() => page.getByLabel('Group by', { exact: true }).inputValue()).toBe('outcome');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'copies the API URL with the button',
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.url('') });
      await page.goto(web.url('/data?groupBy=state&outcome=declined-by-agency'));
      await chartShown(page);
      await page.getByRole('button', { name: 'Copy the API URL' }).click();
      await page.getByText('Copied.').waitFor();
      const copied = await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      );
      expect(copied).toBe(web.url('/api/v1/stats/detainers?groupBy=state&outcome=declined-by-agency'));
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  const AXE_TIMEOUT = 120_000;

  for (const lang of ['en', 'es'] as const) {
    it(
      `has no axe violations in ${lang === 'en' ? 'English' : 'Spanish'} at 1366 and 390 px, chart and table`,
      async () => {
        const { page, pageErrors } = await web.openPage({ lang });
        await page.goto(web.url('/data?groupBy=fiscalYear%2Coutcome'));
        await chartShown(page);
        await checkWidths(page, 'explorer-time', lang);
        await page.goto(web.url('/data?groupBy=state&fy=2014'));
        await chartShown(page);
        await page.locator('figure[data-chart="explorer"] button[aria-pressed]').click();
        await page.locator('figure[data-chart="explorer"] table').waitFor();
        await checkWidths(page, 'explorer-states-table', lang);
        await page.goto(web.url('/data?groupBy=state&fy=2014'));
        await chartShown(page);
        await checkWidths(page, 'explorer-states', lang);
        expect(pageErrors).toEqual([]);
      },
      AXE_TIMEOUT,
    );
  }
});
