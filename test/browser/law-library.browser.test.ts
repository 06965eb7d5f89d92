import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, type WebApp } from './support/browser.js';
import { api, checkBothLanguages, checkWidths, signedIn } from './support/desk-checks.js';

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
      await checkBothLanguages(page, 'map-table-not-researched');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the desk asks the facts the New York City rules read: the arrest date, deportation and re-entry, a warrant or removal order, and release from a sentence',
    async () => {
      const words = {
        en: {
          supply: 'Supply the missing facts',
          dialog: 'Update facts',
          convictions: 'Convictions',
          known: 'What is known',
          released: 'Sentence of incarceration served for it',
          on: 'Date released',
          nj: 'Violent or serious offense (N.J.',
          fields: [
            'Date of the arrest held on',
            'Deported and re-entered unlawfully',
            'Criminal warrant, known gang member, or removal order',
          ],
        },
        es: {
          supply: 'Aportar los datos que faltan',
          dialog: 'Actualizar datos',
          convictions: 'Condenas',
          known: 'Lo que se sabe',
          released: 'Pena de prisión cumplida por esta condena',
          on: 'Fecha de salida',
          nj: 'Delito violento o grave (Directiva',
          fields: [
            'Fecha del arresto por el que está detenida',
            'Deportada y reingresó ilegalmente',
            'Orden penal, pandillero conocido u orden de expulsión',
          ],
        },
      } as const;
      for (const lang of ['en', 'es'] as const) {
        const w = words[lang];
        const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda', lang);
        const list = (await api(page, 'GET', '/api/v1/detainers?limit=100')) as {
          items: Array<{ id: string; subject: { reference: string } }>;
        };
        const id = list.items.find((item) => item.subject.reference === 'DEMO-BK-00101')?.id;
        expect(id).toBeDefined();
        await page.goto(web.url(`/desk/detainers/${id}`));
        await page.getByRole('button', { name: w.supply }).click();
        const dialog = page.getByRole('dialog', { name: w.dialog });
        for (const field of w.fields) await dialog.getByLabel(field).waitFor();
        const convictions = dialog.getByRole('group', { name: w.convictions, exact: true });
        await convictions.getByLabel(w.known).selectOption('list');
        await convictions.getByLabel(w.released).selectOption('date');
        await convictions.getByLabel(w.on).waitFor();
        // Alameda is in California: New Jersey's and Texas's lists are not offered.
        await dialog.getByText(w.known).first().waitFor();
        expect(await dialog.getByText(w.nj).count()).toBe(0);
        expect(await dialog.locator('.checkbox-group label').count()).toBeGreaterThan(0);
        await checkWidths(page, 'facts-form-new-facts', lang);
        expect(pageErrors).toEqual([]);
        await context.close();
      }
    },
    FLOW_TIMEOUT,
  );
});
