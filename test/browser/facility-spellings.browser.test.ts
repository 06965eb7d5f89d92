import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliInProcess as cli } from '../support/cli.js';
import { describeInBrowser, TEST_TIMEOUT, type WebApp, startWebApp } from './support/browser.js';
import { checkBothLanguages } from './support/desk-checks.js';
import { codedFacilityCsv as csv } from '../research/coded-facility-csv.js';

/**
 * Facilities as stable identities in the portal (issue 14, point 6) as a reader sees them: two small
 * SYNTHETIC releases in the Deportation Data Project's layout with `Detention Facility Code` (the same
 * Norristown, PA jail spelled two ways under one code, and a jail without a code), imported through the
 * CLI into the demo server's database. The place page's top facilities and the explorer grouped by
 * facility show the code and "also written"; axe zero at 1366 and 390 px in English and Spanish.
 */
const BOOKED = 'Booked into Detention';
const row = (date: string, name: string, code: string) => [date, BOOKED, 'I-247A', name, code, 'NORRISTOWN', 'PA'];

describeInBrowser('facilities with their codes and other spellings', () => {
  let web: WebApp;
  let dir: string;

  beforeAll(async () => {
    web = await startWebApp();
    dir = mkdtempSync(join(tmpdir(), 'dd-facility-spellings-browser-'));
    writeFileSync(
      join(dir, 'first.csv'),
      csv([
        row('2024-01-05', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA'),
        row('2024-01-06', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA'),
        row('2024-01-07', 'SYNTHETIC UNCODED LOCKUP', ''),
      ]),
    );
    writeFileSync(
      join(dir, 'later.csv'),
      csv([
        row('2025-03-05', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA'),
        row('2025-03-06', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA'),
        row('2025-03-07', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA'),
      ]),
    );
    const env = { DATABASE_URL: `sqlite:${web.server.databasePath}` };
    for (const [file, release] of [
      ['first.csv', 'pa-first'],
      ['later.csv', 'pa-later'],
    ] as const) {
      const run = await cli(['import', 'ddp', join(dir, file), '--release', release, '--quiet'], env);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 180_000);
  afterAll(async () => {
    await web?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const names = (page: Page, chart: string) =>
    page.locator(`figure[data-chart="${chart}"] ol.facility-bars .facility-name`).allTextContents();
  const tableCells = async (page: Page, chart: string) => {
    await page.locator(`figure[data-chart="${chart}"] button[aria-pressed]`).click();
    const table = page.locator(`figure[data-chart="${chart}"] table`);
    await table.waitFor();
    return table.evaluate((t) =>
      Array.from(
        (t as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> }).rows,
        (r) => Array.from(r.cells, (c) => c.textContent ?? ''),
      ),
    );
  };

  it(
    'the explorer names the facility with its code, and the other spelling under the bar and in the table',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data?groupBy=facility&release=pa-first%2Cpa-later'));
      await page.locator('figure[data-chart="explorer"] ol.facility-bars').waitFor();
      expect(await names(page, 'explorer')).toEqual([
        'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)also written: SYNTHETIC CNTY JAIL (pa-later)',
        'SYNTHETIC UNCODED LOCKUP, NORRISTOWN',
      ]);
      await checkBothLanguages(page, 'explorer-facility-spellings');
      expect(await tableCells(page, 'explorer')).toEqual([
        ['Facility', 'Facility also written', 'Detainers'],
        ['SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)', 'SYNTHETIC CNTY JAIL (pa-later)', '5'],
        ['SYNTHETIC UNCODED LOCKUP, NORRISTOWN', '', '1'],
      ]);
      await checkBothLanguages(page, 'explorer-facility-spellings-table');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'a bar chart of a few records draws each count on its axis once',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/data?groupBy=fiscalYear&release=pa-later'));
      const ticks = page.locator('figure[data-chart="explorer"] svg text.chart-tick[text-anchor="end"]');
      await ticks.first().waitFor();
      // Three records: quarters rounded used to give 0, 1, 2, 2, 3.
      expect(await ticks.allTextContents()).toEqual(['0', '1', '2', '3']);
      await checkBothLanguages(page, 'explorer-few-records-axis');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "the place page's top facilities: code and other spelling, in English and Spanish",
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/places/PA/42091?release=pa-later'));
      await page.locator('figure[data-chart="facilities"] ol.facility-bars').waitFor();
      expect(await names(page, 'facilities')).toEqual([
        'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)also written: SYNTHETIC CNTY JAIL (pa-later)',
      ]);
      await page.locator('figure[data-chart="facilities"]').scrollIntoViewIfNeeded();
      await checkBothLanguages(page, 'place-facility-spellings');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'says "también escrito" in Spanish',
    async () => {
      const { page } = await web.openPage({ lang: 'es' });
      await page.goto(web.url('/places/PA/42091?release=pa-later'));
      await page.locator('figure[data-chart="facilities"] ol.facility-bars').waitFor();
      expect(await names(page, 'facilities')).toEqual([
        'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)también escrito: SYNTHETIC CNTY JAIL (pa-later)',
      ]);
      expect(await tableCells(page, 'facilities')).toEqual([
        ['Centro', 'Ciudad', 'Código del centro (ICE)', 'También escrito', 'Detainers'],
        ['SYNTHETIC COUNTY JAIL', 'NORRISTOWN', 'SYNJAILPA', 'SYNTHETIC CNTY JAIL (pa-later)', '3'],
      ]);
    },
    TEST_TIMEOUT,
  );
});
