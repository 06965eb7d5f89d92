import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, isFocused, startWebApp, TEST_TIMEOUT, type WebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';
import { openDatabase } from '../../src/db/connect.js';
import { writeGeneratedRelease } from '../research/stats-fixture.js';

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

/**
 * Issue 14: a second release that overlaps the demo's (as of a later date, with re-issues): the explorer counts
 * each month from one release and says which per period, leaves re-issues out (saying how many) until
 * "Include re-issues" is ticked, then shows them as "Re-issued"; axe zero in English and Spanish at 1366
 * and 390 px, screenshots.
 */
describeInBrowser('the data explorer over overlapping releases', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
    const handle = openDatabase({ engine: 'sqlite', path: web.server.databasePath });
    try {
      await writeGeneratedRelease(handle.db, {
        id: 'ddp-later',
        dataset: 'ddp',
        records: 4_000,
        seed: 'browser-overlap',
        dates: { from: '2013-01-01', to: '2014-12-31' },
        reissueEvery: 9,
        asOf: '2026-01-01',
      });
    } finally {
      await handle.close();
    }
  }, 120_000);
  afterAll(async () => {
    await web?.dispose();
  });

  interface Answer {
    periods: { release: string; from: string; to: string }[];
    reissues: { excluded: boolean; count: number };
    rows: { count: number }[];
  }

  it(
    'names the release per period, leaves re-issues out until asked, then shows them as re-issued',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data?groupBy=fiscalYear%2Coutcome'));
      const section = page.locator('section.release-periods');
      await section.getByRole('heading', { name: 'Release used for each period' }).waitFor();
      const api = (await (
        await page.request.get(web.url('/api/v1/stats/detainers?groupBy=fiscalYear%2Coutcome'))
      ).json()) as Answer;
      // The later release has the months it covers whole; the demo's the rest.
      // (Its first and last month are its own only when it covers them whole.)
      const later = api.periods.filter((p) => p.release === 'ddp-later');
      expect(later).toHaveLength(1);
      expect(later[0]!.from).toMatch(/^2013-0[12]$/);
      expect(later[0]!.to).toMatch(/^2014-1[12]$/);
      expect(api.periods.map((p) => p.release)).toContain('synthetic-demo');
      const items = await section.locator('.release-periods-list li').allTextContents();
      expect(items).toEqual(
        api.periods.map((p) => `${p.from === p.to ? p.from : `${p.from} to ${p.to}`}: ${p.release}`),
      );
      expect(await section.textContent()).toContain('each month is counted from the newest release that covers it');
      expect(api.reissues.excluded).toBe(true);
      expect(api.reissues.count).toBeGreaterThan(0);
      expect(await section.textContent()).toContain(
        `Re-issues left out: ${api.reissues.count.toLocaleString('en-US')}`,
      );
      await checkWidths(page, 'explorer-periods', 'en');

      // Tick "Include re-issues" (keyboard), Show: the address says so, the re-issues are counted and named.
      const box = page.getByLabel('Include re-issues');
      expect(await box.isChecked()).toBe(false);
      await box.focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForURL(web.url('/data?groupBy=fiscalYear%2Coutcome&includeReissues=true'));
      await section.getByText('Re-issues (duplicate records and superseding forms) are counted.').waitFor();
      await page.getByRole('button', { name: 'Show the data table' }).click();
      const outcomes = await page
        .locator('figure[data-chart="explorer"] table tbody tr td:nth-child(2)')
        .allTextContents();
      expect(outcomes).toContain('Re-issued');
      const included = (await (
        await page.request.get(web.url('/api/v1/stats/detainers?groupBy=fiscalYear%2Coutcome&includeReissues=true'))
      ).json()) as Answer;
      const sum = (a: Answer) => a.rows.reduce((n, r) => n + r.count, 0);
      expect(sum(included)).toBe(sum(api) + api.reissues.count);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'has no axe violations in Spanish at 1366 and 390 px, the periods and re-issues said in Spanish',
    async () => {
      const { page, pageErrors } = await web.openPage({ lang: 'es' });
      await page.goto(web.url('/data?groupBy=fiscalYear%2Coutcome&includeReissues=true'));
      const section = page.locator('section.release-periods');
      await section.getByRole('heading', { name: 'Publicación usada en cada período' }).waitFor();
      expect(await section.textContent()).toContain('Se cuentan las reemisiones');
      expect(await page.getByLabel('Incluir reemisiones').isChecked()).toBe(true);
      await checkWidths(page, 'explorer-periods', 'es');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
