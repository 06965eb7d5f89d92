import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectNoAxeViolations, screenshot, startWebApp, type WebApp } from './support/browser.js';
import { api, checkBothLanguages, signedIn } from './support/desk-checks.js';

/**
 * The law library's second edition (issue 13) where people see it: a rule page says when its file
 * was last checked against its sources and what stays unconfirmed; the law map's table tells a
 * state found to have no detainer law from one not researched; the desk's facts form asks the facts
 * the corrected New York City rules read. axe-core at 1366 and 390 px, in English and Spanish.
 */
const FLOW_TIMEOUT = 120_000;
let web: WebApp;

async function openMapTable(page: Page, search: string): Promise<void> {
  await page.goto(web.url(`/map${search}`));
  await page.locator('.map-table tbody tr').first().waitFor();
}

const ruleCell = (page: Page, fips: string) => page.locator(`.map-table tbody tr[data-fips="${fips}"] td`).nth(3);

describeInBrowser('the law library, second edition', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  it(
    'a rule page gives the day its file was checked against its sources and the points the sources do not confirm',
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await page.goto(web.url('/policies/ny-nyc-admin-14-154'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      const facts = page.locator('dl.facts');
      await facts.getByText('Checked against its sources').waitFor();
      expect(await facts.innerText()).toMatch(/December 6, 2026/);
      await page.getByRole('heading', { name: 'Not confirmed by the sources' }).waitFor();
      expect(await page.locator('ul[lang="en"] li').count()).toBeGreaterThan(0);
      await checkBothLanguages(page, 'rule-page-reviewed');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    "the map's table says whether a state's law was found, found to be none, or not researched",
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      // Ohio: researched, no detainer law found (state/oh/no-detainer-law).
      await openMapTable(page, '?at=2024-06-01&action=hold&profile=no-record&q=franklin%20ohio');
      await expect.poll(() => ruleCell(page, '39049').innerText()).toMatch(/no state law on detainers was found/);
      // Puerto Rico's municipios are in the table (by FIPS); the library has not researched its law.
      await openMapTable(page, '?at=2024-06-01&action=hold&profile=no-record&q=72127');
      await expect.poll(() => ruleCell(page, '72127').innerText()).toMatch(/has not been researched yet/);
      await expectNoAxeViolations(page, 'map table, not researched');
      await screenshot(page, 'map-table-not-researched-en');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the desk asks the facts the New York City rules read: the arrest date, deportation and re-entry, a warrant or removal order, and release from a sentence',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda');
      const list = (await api(page, 'GET', '/api/v1/detainers?limit=100')) as {
        items: Array<{ id: string; subject: { reference: string } }>;
      };
      const id = list.items.find((item) => item.subject.reference === 'DEMO-BK-00101')?.id;
      expect(id).toBeDefined();
      await page.goto(web.url(`/desk/detainers/${id}`));
      await page.getByRole('button', { name: 'Supply the missing facts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Update facts' });
      await dialog.getByLabel('Date of the arrest held on').waitFor();
      await dialog.getByLabel('Deported and re-entered unlawfully').waitFor();
      await dialog.getByLabel('Criminal warrant, known gang member, or removal order').waitFor();
      const convictions = dialog.getByRole('group', { name: 'Convictions' });
      await convictions.getByLabel('What is known').selectOption('list');
      await convictions.getByLabel('Sentence of incarceration served for it').selectOption('date');
      await convictions.getByLabel('Date released').waitFor();
      await expectNoAxeViolations(page, 'facts form with the new facts');
      await screenshot(page, 'facts-form-new-facts-en');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );
});
