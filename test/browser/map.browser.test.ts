import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  expectNoAxeViolations,
  isFocused,
  screenshot,
  SCREENSHOT_WIDTHS,
  startWebApp,
  switchLanguage,
  type WebApp,
} from './support/browser.js';
import { checkBothLanguages } from './support/desk-checks.js';

/**
 * The law map (/map, issue 12) as a reader uses it: every county drawn and coloured, hover and
 * focus naming a county, the slider and the date moving the map and the address, play and the
 * change buttons, a county opening its page by click and by keyboard, the table's download equal
 * to the table shown; axe-core at 1366 and 390 px in English and Spanish; screenshots of the map on
 * 2013-01-01, 2014-06-01, 2018-01-01 and today.
 */
const FLOW_TIMEOUT = 180_000;
/** Eighteen axe runs and the screenshots of six states of the page, on 2 shared cores. */
const AXE_TIMEOUT = 360_000;
/** Counties the API answers that the projected geometry does not draw: the territories' (AS, GU, MP, PR, VI). */
const TERRITORIES = new Set(['60', '66', '69', '72', '78']);
const today = () => new Date().toISOString().slice(0, 10);
let web: WebApp;

/** Opens the map at an address and waits until every county has its class. */
async function openMap(page: Page, search: string): Promise<void> {
  await page.goto(web.url(`/map${search}`));
  await page.locator('.county-map path.county').first().waitFor();
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
    return doc.querySelector('.map-area[aria-busy="false"]') !== null && doc.querySelector('.county-unknown') === null;
  });
}

const search = (page: Page) => new URL(page.url()).search;

interface LawMapAnswer {
  counties: Array<{ fips: string; modality: string }>;
}

describeInBrowser('the law map', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  it(
    'draws every county in its class; hover and focus name it; the slider, date and buttons move the map and the address; a county opens its page',
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await page.goto(web.url('/'));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Law map' }).click();
      await page.waitForURL(web.url('/map'));

      await openMap(page, '?at=2014-06-01&action=hold&profile=no-record');
      const drawn = await page
        .locator('.county-map path.county')
        .evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-fips'), p.getAttribute('class')] as const));
      expect(drawn.length).toBe(3142);
      const answer = (await page.evaluate(async () =>
        (await fetch('/api/v1/law/map?at=2014-06-01&action=hold&profile=no-record')).json(),
      )) as LawMapAnswer;
      const modality = new Map(answer.counties.map((c) => [c.fips, c.modality]));
      // Each path is a county of the answer, filled by its class; the answer's others are the territories'.
      for (const [fips, className] of drawn) expect(className).toBe(`county county-${modality.get(fips!)}`);
      const drawnFips = new Set(drawn.map(([fips]) => fips));
      const undrawn = answer.counties.filter((c) => !drawnFips.has(c.fips));
      expect(undrawn.length).toBe(answer.counties.length - 3142);
      expect(undrawn.every((c) => TERRITORIES.has(c.fips.slice(0, 2)))).toBe(true);
      // The legend counts each class, in words.
      const counts = answer.counties.reduce<Record<string, number>>(
        (n, c) => ({ ...n, [c.modality]: (n[c.modality] ?? 0) + 1 }),
        {},
      );
      const legend = await page.locator('.map-legend').innerText();
      expect(legend).toContain(`Forbidden (the law forbids it)\n${counts.forbidden!.toLocaleString('en-US')} counties`);

      // Hover names the county, its class and rule; focus too; Enter opens it.
      const alameda = page.locator('[data-fips="06001"]');
      expect(await alameda.getAttribute('class')).toContain('county-forbidden');
      await page.locator('[data-fips="06071"]').hover();
      await page.locator('.map-tooltip-place', { hasText: 'San Bernardino, California' }).waitFor();
      await alameda.focus();
      const tooltip = page.locator('.map-tooltip');
      await tooltip.getByText('Alameda, California').waitFor();
      expect(await tooltip.innerText()).toMatch(/Forbidden[\s\S]*Cal\. Gov\. Code/);
      expect(await alameda.getAttribute('aria-label')).toMatch(
        /^Alameda, California: Forbidden\. .*\(.*Cal\. Gov\. Code/,
      );
      // The arrow keys move to a neighbour (the map is one tab stop).
      await page.keyboard.press('ArrowRight');
      expect(await isFocused(alameda)).toBe(false);
      const moved = page.locator('.county-map path[tabindex="0"]');
      expect(await moved.getAttribute('data-fips')).toMatch(/^06/);
      expect(await isFocused(moved)).toBe(true);

      // The slider: a key moves it one day; the map and the address follow.
      const slider = page.getByLabel('Date (slider)');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.search === '?at=2014-06-02&action=hold&profile=no-record');
      expect(await slider.getAttribute('aria-valuetext')).toBe('June 2, 2014');
      // The date field.
      await page.getByLabel('Date', { exact: true }).fill('2018-01-01');
      await page.waitForURL((url) => url.search === '?at=2018-01-01&action=hold&profile=no-record');
      await page.locator('[data-fips="48201"].county-required').waitFor(); // Harris, SB 4
      // Back shows the day before.
      await page.goBack();
      await page.waitForURL((url) => url.search === '?at=2014-06-02&action=hold&profile=no-record');
      await page.locator('.map-showing', { hasText: 'June 2, 2014' }).waitFor();
      // The step buttons, and play (which moves the date on by itself, and pauses).
      await page.getByRole('button', { name: /^Next (change|month)$/ }).click();
      await page.waitForURL((url) => url.search !== '?at=2014-06-02&action=hold&profile=no-record');
      const before = search(page);
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForURL((url) => url.search !== before, { timeout: 15_000 });
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Play' }).waitFor();

      // A click opens the county's page; back, then Enter on a focused county.
      await openMap(page, '?at=2018-01-01&action=hold&profile=no-record');
      await page.locator('[data-fips="48201"]').click();
      await page.waitForURL(web.url('/places/TX/48201'));
      await page.getByRole('heading', { level: 1, name: /Harris/ }).waitFor();
      await page.goBack();
      await page.locator('[data-fips="06001"]').waitFor();
      await page.locator('[data-fips="06001"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(web.url('/places/CA/06001'));

      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the download is exactly the table shown (every page of it as searched)',
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      await openMap(page, '?at=2018-01-01&action=hold&profile=no-record&q=texas&class=required');
      const status = page.locator('.pager-status').first();
      await status.getByText('Page 1 of 6 · 254 of 3,231 counties').waitFor();
      const shown: string[][] = [];
      for (let p = 1; p <= 6; p += 1) {
        await page
          .locator('.pager-status', { hasText: `Page ${p} of 6` })
          .first()
          .waitFor();
        const rows = await page
          .locator('.map-table tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
          );
        shown.push(...rows);
        if (p < 6) await page.getByRole('link', { name: 'Next', exact: true }).first().click();
      }
      expect(shown.length).toBe(254);
      const headings = await page.locator('.map-table thead th').allInnerTexts();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download this table (CSV, 254 rows)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('detainer-law-map-2018-01-01-hold-no-record.csv');
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = parseCsv(csv.slice(1));
      expect(lines[0]!.map((h) => h.toUpperCase())).toEqual(headings.map((h) => h.trim().toUpperCase()));
      expect(lines.slice(1)).toEqual(shown);

      // The research panel for the same action and person, as CSV.
      const panel = page.getByRole('link', { name: /research panel \(CSV\)/ });
      const panelHref = (await panel.getAttribute('href'))!;
      expect(panelHref).toBe(
        `/api/v1/law/panel?from=2008-01-01&to=${today()}&action=hold&profile=no-record&format=csv`,
      );
      const panelAnswer = await page.evaluate(async (url) => {
        const answer = await fetch(url);
        return {
          status: answer.status,
          type: answer.headers.get('content-type'),
          head: (await answer.text()).slice(0, 60),
        };
      }, panelHref);
      expect(panelAnswer).toMatchObject({
        status: 200,
        head: expect.stringMatching(/^fips,state,action,from,to,modality/),
      });
      expect(panelAnswer.type).toMatch(/^text\/csv/);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'has no axe violations in English and Spanish at 1366 and 390 px; reduced motion offers steps, not play; screenshots on four dates',
    async () => {
      const { context, page, pageErrors } = await web.openPage();
      for (const at of ['2013-01-01', '2014-06-01', '2018-01-01', today()]) {
        await openMap(page, `?at=${at}&action=hold&profile=no-record`);
        await screenshot(page, `map-${at === today() ? 'today' : at}`);
      }
      await openMap(page, '?at=2014-06-01&action=hold&profile=no-record');
      await checkBothLanguages(page, 'map');
      // A county focused, its tooltip open, in each language and at each width (near the map's edge at 390 px).
      for (const lang of ['en', 'es'] as const) {
        await switchLanguage(page, lang);
        for (const width of SCREENSHOT_WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          for (const fips of ['06001', '25025']) {
            await page.locator(`[data-fips="${fips}"]`).focus();
            await page.locator('.map-tooltip').waitFor();
            expect((await expectNoAxeViolations(page, `map focused ${fips} ${lang} ${width}`)).passes).toBeGreaterThan(
              0,
            );
            expect(
              await page.evaluate(() => {
                const doc = (
                  globalThis as unknown as {
                    document: { documentElement: { scrollWidth: number; clientWidth: number } };
                  }
                ).document.documentElement;
                return doc.scrollWidth - doc.clientWidth;
              }),
            ).toBeLessThanOrEqual(0);
          }
        }
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.locator('[data-fips="06001"]').focus();
        await screenshot(page, `map-focused-${lang}`);
      }
      await switchLanguage(page, 'es');
      await openMap(page, '?at=2014-06-01&action=notify&profile=serious-felony&q=california');
      await page.locator('.map-table tbody tr').first().waitFor();
      await checkBothLanguages(page, 'map-notify-search');

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openMap(page, '?at=2014-06-01&action=hold&profile=no-record');
      expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
      await page.getByRole('button', { name: /^Next (change|month)$/ }).click();
      await page.waitForURL((url) => url.search !== '?at=2014-06-01&action=hold&profile=no-record');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    AXE_TIMEOUT,
  );
});

/** RFC 4180 text into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}
