import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, switchLanguage, TEST_TIMEOUT, type WebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';
import { OUTCOME_OF_LIFT_REASON } from '../../src/core/research/outcomes.js';

/**
 * Both sides' measures on a place page and the methodology page /about/data (issue 12, point 6), as a
 * reader uses them: the measures under ICE's numbers, each with its table and downloads; the demo
 * release names no person, so the page says its declines cannot be traced; the page's link (by
 * keyboard) to /about/data, which names the release the figures come from. axe zero at 1366 and 390
 * px in English and Spanish.
 */
describeInBrowser('measures and the methodology page', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => {
    await web?.dispose();
  });

  const openMeasures = async (page: Page, path = '/places/CA/06001') => {
    await page.goto(web.url(path));
    await page.locator('#measures-heading').waitFor();
    for (const id of ['declined-followed', 'lifted-citizen']) {
      await page.locator(`figure[data-chart="${id}"] svg, figure[data-chart="${id}"] .message`).first().waitFor();
    }
  };

  /** The data table a figure shows, as text cells (thousands separators dropped). */
  const tableShown = async (figure: Locator) => {
    const button = figure.getByRole('button', { name: /Show the data table|Mostrar la tabla de datos/ });
    await button.click();
    const table = figure.locator('table');
    await table.waitFor();
    return table.evaluate((t) =>
      Array.from(
        (t as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> }).rows,
        (r) => Array.from(r.cells, (c) => (c.textContent ?? '').replace(/,/g, '')),
      ),
    );
  };

  it(
    'shows the declines by what followed (untraceable in this release, said plainly) and the lifted measures',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openMeasures(page);
      const section = page.locator('section.place-measures');
      await expect.poll(() => section.locator('figure.stats-chart').count()).toBe(2);
      await expect.poll(() => section.locator('figure.stats-chart .synthetic-label').count()).toBe(2);
      const followed = section.locator('figure[data-chart="declined-followed"]');
      await expect.poll(() => followed.textContent()).toContain('This release does not name the person on its records');
      expect(await followed.locator('.chart-legend').textContent()).toContain(
        'Cannot be traced in this release (no person key)',
      );
      expect(await section.locator('[data-measure="no-conviction"]').textContent()).toMatch(
        /does not record whether the person had a criminal conviction/,
      );
      const shown = await tableShown(followed);
      expect(shown[0]).toEqual(['Fiscal year', 'Cannot be traced in this release (no person key)', 'Total']);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        followed.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8')
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(','));
      expect(csv).toEqual(shown);
      // The API URL reproduces the declines counted.
      const url = await followed.locator('a.api-url').getAttribute('href');
      expect(url).toBe(
        '/api/v1/stats/detainers?county=06001&release=synthetic-demo&groupBy=fiscalYear%2Cfollowed&outcome=declined-by-agency',
      );
      const answer = (await (await page.request.get(web.url(url!))).json()) as { rows: { count: number }[] };
      const total = shown.slice(1).reduce((sum, row) => sum + Number(row[row.length - 1]), 0);
      expect(answer.rows.reduce((sum, r) => sum + r.count, 0)).toBe(total);

      const lifted = section.locator('figure[data-chart="lifted-citizen"]');
      const liftedShown = await tableShown(lifted);
      expect(liftedShown[0]![0]).toBe('Fiscal year');
      expect(liftedShown[0]!.slice(1, -1).every((h) => /U\.S\. citizen|U\.S\. citizenship|removal/.test(h))).toBe(true);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'reaches /about/data from the place page by keyboard, which names the releases and defines every measure',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openMeasures(page);
      const link = page.locator('section.place-measures').getByRole('link', { name: /How each measure is defined/ });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/about\/data$/);
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').textContent()).toMatch(/^About the data/);
      const release = page.locator('tr[data-release="synthetic-demo"]');
      await release.waitFor();
      expect(await release.textContent()).toMatch(/synthetic \(generated, not ICE data\).*[0-9a-f]{64}/);
      // Every lift reason of the outcome table, and the empty one (pending).
      expect(await page.locator('.outcome-table tbody tr').count()).toBe(
        Object.keys(OUTCOME_OF_LIFT_REASON).length + 1,
      );
      expect(await page.locator('.about-measures dt').count()).toBe(8);
      expect(await page.locator('a[href="https://trac.syr.edu/immigration/reports/511/"]').count()).toBe(1);
      await switchLanguage(page, 'es');
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Sobre los datos/);
      // The footer links it on every page.
      await page.goto(web.url('/map'));
      expect(await page.locator('footer').getByRole('link', { name: 'Sobre los datos' }).count()).toBe(1);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  // axe over a long page is slow on a busy machine: one check a test.
  const AXE_TIMEOUT = 120_000;

  it(
    'has no axe violations on /about/data in English and Spanish at 1366 and 390 px',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/about/data'));
      await page.locator('tr[data-release="synthetic-demo"]').waitFor();
      for (const lang of ['en', 'es'] as const) {
        await switchLanguage(page, lang);
        await checkWidths(page, 'about-data', lang);
      }
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'has no axe violations on the measures of a state page in English and Spanish, tables shown, at 1366 and 390 px',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openMeasures(page, '/places/CA');
      for (const id of ['declined-followed', 'lifted-citizen']) {
        await tableShown(page.locator(`figure[data-chart="${id}"]`));
      }
      await page.locator('#measures-heading').scrollIntoViewIfNeeded();
      for (const lang of ['en', 'es'] as const) {
        await switchLanguage(page, lang);
        await checkWidths(page, 'measures-california', lang);
      }
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );
});
