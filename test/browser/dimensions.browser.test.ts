import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliInProcess as cli } from '../support/cli.js';
import { writeDimensionFixtures } from '../research/dimensions-fixture.js';
import { describeInBrowser, TEST_TIMEOUT, type WebApp, startWebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';

/**
 * The explorer's new dimensions (issue 14, point 5) as a reader sees them: a synthetic 2025-layout
 * release (test/research/dimensions-fixture.ts) imported beside the demo's NPR-style release, grouped by
 * citizenship, conviction category and the U.S.-citizen flag, in English and Spanish; the demo release,
 * which records none of them, is said not to record them. axe zero at 1366 and 390 px.
 */
describeInBrowser("the explorer's new dimensions", () => {
  let web: WebApp;
  let dir: string;

  beforeAll(async () => {
    web = await startWebApp();
    dir = mkdtempSync(join(tmpdir(), 'dd-dimensions-browser-'));
    writeDimensionFixtures(dir);
    const env = { DATABASE_URL: `sqlite:${web.server.databasePath}` };
    const run = await cli(['import', 'ddp', join(dir, 'ddp.csv'), '--release', 'ddp-dims', '--quiet'], env);
    expect(run.code, run.stderr).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await web?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tableCells = async (page: Page) => {
    await page.locator('figure[data-chart="explorer"] button[aria-pressed]').click();
    const table = page.locator('figure[data-chart="explorer"] table');
    await table.waitFor();
    return table.evaluate((t) =>
      Array.from(
        (t as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> }).rows,
        (r) => Array.from(r.cells, (c) => c.textContent ?? ''),
      ),
    );
  };
  const chartShown = (page: Page) =>
    page.locator('figure[data-chart="explorer"] svg[role="img"], figure[data-chart="explorer"] ol').first().waitFor();

  it(
    'groups one release by citizenship and the U.S.-citizen flag, in words, a redacted country not recorded',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data?groupBy=citizenship%2CusCitizen&release=ddp-dims'));
      await chartShown(page);
      expect(await tableCells(page)).toEqual([
        ['Citizenship country', 'Lifted as a U.S. citizen (lift reason)', 'Detainers'],
        ['EL SALVADOR', 'Lifted: U.S. citizen or claim to citizenship', '1'],
        ['GUATEMALA', 'Not lifted for U.S. citizenship', '1'],
        ['HONDURAS', 'Not lifted for U.S. citizenship', '1'],
        ['MEXICO', 'Lifted: U.S. citizen or claim to citizenship', '1'],
        ['MEXICO', 'Not lifted for U.S. citizenship', '3'],
        ['Not recorded in the release', 'Not lifted for U.S. citizenship', '1'],
      ]);
      // Filters offer the countries and areas the releases give.
      await page.getByLabel('Citizenship country', { exact: true }).selectOption('MEXICO');
      await page.getByLabel('Most serious conviction (NCIC group)', { exact: true }).selectOption('traffic');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForURL(/convictionCategory=traffic/);
      expect(page.url()).toContain('citizenship=MEXICO');
      await chartShown(page);
      expect(await page.locator('figure[data-chart="explorer"] .small').first().textContent()).toBe(
        'Total: 1 detainers.',
      );
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps acronyms in the chart title',
    async () => {
      const { page } = await web.openPage();
      await page.goto(web.url('/data?groupBy=convictionCategory%2CusCitizen&release=ddp-dims'));
      await chartShown(page);
      expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toBe(
        'Detainers by most serious conviction (NCIC group), lifted as a U.S. citizen (lift reason)',
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'says which release does not record a dimension, never counting it as a category',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data?groupBy=convictionCategory&release=ddp-dims%2Csynthetic-demo'));
      await chartShown(page);
      expect(await page.locator('[data-not-recorded="convictionCategory"]').textContent()).toContain(
        'synthetic-demo does not record it',
      );
      const cells = await tableCells(page);
      expect(await page.locator('[data-not-recorded="convictionCategory"]').isVisible()).toBe(true);
      expect(cells.slice(1).map((row) => row[0])).toEqual([
        'Assault',
        'Code not in the NCIC groups',
        'Larceny (theft)',
        'Traffic offenses',
        'Not recorded in the release',
      ]);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  for (const lang of ['en', 'es'] as const) {
    it(`has no axe violations in ${lang === 'en' ? 'English' : 'Spanish'} at 1366 and 390 px, with the notice`, async () => {
      const { page, pageErrors } = await web.openPage({ lang });
      await page.goto(web.url('/data?groupBy=convictionCategory%2CusCitizen&release=ddp-dims%2Csynthetic-demo'));
      await chartShown(page);
      await page.locator('[data-not-recorded="convictionCategory"]').waitFor();
      if (lang === 'es') {
        expect(await page.locator('[data-not-recorded="convictionCategory"]').textContent()).toContain(
          'no lo registra',
        );
      }
      await checkWidths(page, 'explorer-dimensions', lang);
      await page.locator('figure[data-chart="explorer"] button[aria-pressed]').click();
      await page.locator('figure[data-chart="explorer"] table').waitFor();
      await checkWidths(page, 'explorer-dimensions-table', lang);
      expect(pageErrors).toEqual([]);
    }, 120_000);
  }
});
