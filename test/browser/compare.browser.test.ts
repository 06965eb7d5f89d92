import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, switchLanguage, TEST_TIMEOUT, type WebApp } from './support/browser.js';
import { checkWidths } from './support/desk-checks.js';

/**
 * The compare page (issue 12, point 5) as a reader uses it: two places side by side, their rules
 * on one time axis, their charts on one scale; swap; another place chosen by keyboard, the address
 * following; bad sides said plainly; axe zero in English and Spanish at 1366 and 390 px.
 */
describeInBrowser('compare: two places side by side', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => {
    await web?.dispose();
  });

  const side = (page: Page, s: 'a' | 'b') => page.locator(`section.compare-side[data-side="${s}"]`);
  const yMax = (page: Page, s: 'a' | 'b', chart: string) =>
    side(page, s).locator(`figure[data-chart="${chart}-${s}"] svg[role="img"]`).getAttribute('data-y-max');
  const axisYears = (page: Page, s: 'a' | 'b', chart: string) =>
    side(page, s).locator(`figure[data-chart="${chart}-${s}"] svg[role="img"] text.chart-tick`).allTextContents();

  const openCompare = async (page: Page, query = 'a=06001&b=48201') => {
    await page.goto(web.url(`/compare?${query}`));
    await page.locator('.timeline-chart > svg').waitFor();
    for (const s of ['a', 'b'] as const) {
      await side(page, s).locator('.summary-lead').waitFor();
      await side(page, s).locator(`figure[data-chart="outcomes-${s}"] svg[role="img"]`).waitFor();
      await side(page, s).locator(`figure[data-chart="facilities-${s}"]`).waitFor();
    }
  };

  it(
    'shows both places: their rules on one time axis and their charts on one scale',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openCompare(page, 'a=06001&b=48201&at=2018-06-01');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Alameda, California and Harris, Texas compared');
      // One time axis for both: one SVG, a band per place, Alameda's TRUST Act and Texas's SB 4 among the bars.
      const timeline = page.locator('.timeline-chart > svg');
      expect(await timeline.count()).toBe(1);
      expect(await timeline.getAttribute('data-axis')).toMatch(/^2008-01-01\/\d{4}-\d{2}-\d{2}$/);
      const bandA = timeline.locator('g[data-place="a"]');
      const bandB = timeline.locator('g[data-place="b"]');
      expect(await bandA.locator('rect').count()).toBeGreaterThan(0);
      expect(await bandB.locator('rect').count()).toBeGreaterThan(0);
      expect(await bandA.locator('.timeline-row rect[data-from="2014-05-21"]').count()).toBe(1); // the Sheriff's memo
      expect(await bandB.locator('.timeline-row rect[data-from="2017-09-01"]').count()).toBe(1); // SB 4
      // What the law says of a hold for the person chosen (no record): forbidden in Alameda from the TRUST
      // Act (2014-01-01), required in Harris from SB 4 (2017-09-01).
      const hold = (band: typeof bandA) =>
        band
          .locator('g[data-action="hold"] rect')
          .evaluateAll((rects) =>
            rects.map((r) => `${r.getAttribute('data-from')} ${r.getAttribute('data-modality')}`),
          );
      expect(await hold(bandA)).toContain('2014-01-01 forbidden');
      expect(await hold(bandB)).toEqual(['2008-01-01 permitted', '2017-09-01 required']);
      // Past the day the library is known current to, the days are shaded and the page says so.
      const today = (await timeline.getAttribute('data-axis'))!.slice(11);
      const library = (
        (await (
          await page.request.get(web.url(`/api/v1/law/panel?from=${today}&to=${today}&profile=no-record&fips=06001`))
        ).json()) as { library: { currentTo: string; beyondCurrent: boolean } }
      ).library;
      expect(await timeline.locator(`rect.timeline-beyond[data-from="${library.currentTo}"]`).count()).toBe(
        library.beyondCurrent ? 1 : 0,
      );
      // The table alternative names the rules with their sources.
      await page.getByText('The time lines as a table').click();
      expect(await page.locator('.timeline-table').count()).toBe(4); // the law for the person, and the rules
      expect(await page.locator('.timeline-table caption').first().textContent()).toBe(
        'What the law says in Alameda, California, for: No criminal record',
      );
      expect(await page.locator('.timeline-table a[rel~="external"]').count()).toBeGreaterThan(2);
      // The summary for the person chosen, on the date chosen.
      expect(await side(page, 'a').locator('.summary-lead').textContent()).toMatch(/may not hold/);
      // The charts: the same y maximum and the same fiscal years on both sides.
      for (const chart of ['outcomes', 'declined', 'forms']) {
        const [maxA, maxB] = [await yMax(page, 'a', chart), await yMax(page, 'b', chart)];
        expect(maxA, chart).not.toBeNull();
        expect(maxA, chart).toBe(maxB);
        expect(await axisYears(page, 'a', chart), chart).toEqual(await axisYears(page, 'b', chart));
      }
      // Every chart keeps its checks: the synthetic label, the API URL, the downloads.
      await expect.poll(() => page.locator('figure.stats-chart').count()).toBe(8);
      await expect.poll(() => page.locator('figure.stats-chart .synthetic-label').count()).toBe(8);
      expect(await side(page, 'b').locator('a.api-url').first().getAttribute('href')).toMatch(
        /county=48201&release=synthetic-demo/,
      );
      // Another person: for a serious felony conviction, Alameda's holds are forbidden from the Sheriff's memo.
      await page.getByLabel('Person', { exact: true }).selectOption('serious-felony');
      await expect.poll(() => new URL(page.url()).searchParams.get('profile')).toBe('serious-felony');
      await expect.poll(() => hold(bandA)).toContain('2014-05-21 forbidden');
      await expect
        .poll(() => side(page, 'a').locator('.summary-lead').textContent())
        .toMatch(/^For a person convicted of a serious or violent felony, a jail may not hold them/);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT * 2,
  );

  it(
    'swaps the places, and another place is chosen by keyboard with the address following',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openCompare(page);
      await page.getByRole('link', { name: 'Swap A and B' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('?a=48201&b=06001');
      await expect.poll(() => side(page, 'a').locator('h2').textContent()).toMatch(/Harris, Texas/);
      // Place B by keyboard: its state (California already), then a county typed, then Enter.
      const chooserB = page.locator('form.place-chooser').nth(1);
      const stateB = chooserB.getByLabel('State');
      await stateB.focus();
      expect(await stateB.inputValue()).toBe('CA');
      await page.keyboard.press('Tab'); // "All of California"
      await page.keyboard.press('Tab'); // the county search
      await page.keyboard.type('los ang');
      await expect.poll(() => chooserB.locator('[role="status"]').textContent()).toBe('1 county matches.');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).search).toBe('?a=48201&b=06037');
      await expect.poll(() => side(page, 'b').locator('h2').textContent()).toMatch(/Los Angeles, California/);
      // A state by keyboard: choose New York in A's list, then its "All of New York" link.
      const stateA = page.locator('form.place-chooser').first().getByLabel('State');
      await stateA.focus();
      await page.keyboard.type('New York'); // a closed list chooses by the letters typed
      await expect.poll(() => stateA.inputValue()).toBe('NY');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).search).toBe('?a=NY&b=06037');
      await expect.poll(() => side(page, 'a').locator('h2').textContent()).toMatch(/New York/);
      // Back goes to the comparison before.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?a=48201&b=06037');
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT * 2,
  );

  it(
    'says plainly which side is wrong and why, with the choosers still usable',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await page.goto(web.url('/compare?a=Alameda&b=99999'));
      await expect
        .poll(() => page.locator('[role="alert"]').allTextContents())
        .toEqual([
          expect.stringMatching(/^Place A: “Alameda” is neither a state’s two-letter code/),
          'Place B: there is no state or county with the code “99999”. Choose a place below.',
        ]);
      await page.locator('form.place-chooser').first().getByLabel('State').selectOption('TX');
      await page.getByRole('link', { name: 'All of Texas' }).first().click();
      await expect.poll(() => new URL(page.url()).search).toBe('?a=TX&b=99999');
      await page.goto(web.url('/compare'));
      await expect.poll(() => page.locator('.message-note').allTextContents()).toHaveLength(2);
      // From a county page: "Compare with another place…" opens the page with it as A (and its date).
      await page.goto(web.url('/places/CA/06001?at=2015-01-01'));
      await page.getByRole('link', { name: 'Compare with another place…' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('?a=06001&at=2015-01-01');
      await expect.poll(() => side(page, 'a').count()).toBe(0);
      await expect
        .poll(() => page.locator('.message-note').allTextContents())
        .toEqual(['Place B: no place chosen yet. Choose a state or a county below.']);
      expect(pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  const AXE_TIMEOUT = 180_000;

  it(
    'has no axe violations in English and Spanish at 1366 and 390 px',
    async () => {
      const { page, pageErrors } = await web.openPage();
      await openCompare(page, 'a=06001&b=48201&at=2018-06-01');
      await page.getByText('The time lines as a table').click();
      for (const lang of ['en', 'es'] as const) {
        await switchLanguage(page, lang);
        await checkWidths(page, 'compare', lang);
      }
      expect(pageErrors).toEqual([]);
    },
    AXE_TIMEOUT,
  );
});
