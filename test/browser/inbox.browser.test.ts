import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  expectNoAxeViolations,
  isFocused,
  screenshot,
  signInAs,
  startWebApp,
  switchLanguage,
  type WebApp,
} from './support/browser.js';

/**
 * The inbox (/desk) as the Harris records officer uses it at the counter: alarms on top, the most
 * urgent requests first, countdowns that reach RELEASE NOW while the page is open, filters and
 * pages kept in the address, keyboard only, axe-core clean in English and Spanish at 1366 and
 * 390 px. Harris's demo requests (src/ingest/demo/demo-stories.ts): DEMO-BK-00202 holds for about
 * 26 more hours, DEMO-BK-00204 for about 1 more hour.
 */
const LONG_HOLD = 'DEMO-BK-00202';
const SHORT_HOLD = 'DEMO-BK-00204';

interface Summary {
  readonly id: string;
  readonly status: string;
  readonly version: number;
  readonly holdDeadline: string | null;
  readonly subject: { readonly reference: string };
}

/** The inbox as the API answers it to the signed-in page (same cookies). */
async function inbox(web: WebApp, page: Page): Promise<Summary[]> {
  const answer = await page.request.get(web.url('/api/v1/detainers?limit=200'));
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { items: Summary[] }).items;
}

async function byReference(web: WebApp, page: Page, reference: string): Promise<Summary> {
  const found = (await inbox(web, page)).find((item) => item.subject.reference === reference);
  if (!found) throw new Error(`no request ${reference} in the inbox`);
  return found;
}

const row = (page: Page, reference: string) =>
  page.locator('tbody tr').filter({ has: page.getByRole('link', { name: `Open request ${reference}` }) });

describeInBrowser('inbox: the records officer’s desk', () => {
  let web: WebApp | undefined;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);

  afterAll(async () => {
    await web?.dispose();
  });

  it(
    'shows the alarms above the list, the most urgent rows first, and announces a new alarm once',
    { timeout: 60_000 },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await page.clock.install({ time: Date.now() });
        await signInAs(web!, page, 'records-officer', 'harris');
        const table = page.getByRole('table', { name: 'Detainer requests' });
        await table.locator('tbody tr').first().waitFor();
        const alarms = page.getByRole('region', { name: /^Alarms/ });
        await alarms.waitFor();
        // The alarms come before the list, on screen and in reading order.
        const [alarmsBox, tableBox] = [await alarms.boundingBox(), await table.boundingBox()];
        expect(alarmsBox!.y).toBeLessThan(tableBox!.y);
        // The hold ending within the hour is an alarm already, and the first row: red, under two hours.
        await alarms.getByRole('link', { name: `Hold ends within 2 hours, request ${SHORT_HOLD}` }).waitFor();
        const first = table.locator('tbody tr').first();
        expect(await first.getByRole('link').getAttribute('aria-label')).toBe(`Open request ${SHORT_HOLD}`);
        expect(await first.locator('.countdown-urgent').innerText()).toMatch(/^in (1 hour|\d+ minutes?)/);
        expect(await first.innerText()).toContain('Under 2 hours left');
        // What is there on arrival is not announced.
        const live = alarms.getByRole('status');
        expect(await live.innerText()).toBe('');

        // ICE lifts the long hold: the person is due for release now, a new critical alarm.
        const lifted = await byReference(web!, page, LONG_HOLD);
        const answer = await page.request.post(web!.url(`/api/v1/detainers/${lifted.id}/events`), {
          data: { type: 'lifted', expectedVersion: lifted.version, reason: 'Withdrawn by ICE (browser test).' },
        });
        expect(answer.status()).toBe(201);
        await page.clock.fastForward('00:31'); // the next poll
        await expect.poll(() => live.innerText()).toBe(`New alarm: Release due: release now, request ${LONG_HOLD}`);
        const firstAlarm = alarms.getByRole('listitem').first();
        expect(await firstAlarm.textContent()).toMatch(
          /^Critical Release due: release now, request DEMO-BK-00202 \(time: /,
        );
        expect(await firstAlarm.getByRole('link').getAttribute('href')).toBe(`/desk/detainers/${lifted.id}`);
        await expect.poll(() => row(page, LONG_HOLD).locator('.status').innerText()).toBe('Release now');
        expect(await row(page, LONG_HOLD).locator('.countdown-main').innerText()).toContain('RELEASE NOW');
        // The next poll brings nothing new: nothing more is announced.
        await page.clock.fastForward('00:31');
        await page.waitForTimeout(200);
        expect(await live.innerText()).toBe(`New alarm: Release due: release now, request ${LONG_HOLD}`);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'turns a countdown into RELEASE NOW when the deadline passes while the page is open',
    { timeout: 60_000 },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await signInAs(web!, page, 'records-officer', 'harris');
        const hold = await byReference(web!, page, SHORT_HOLD);
        expect(hold.status).toBe('holding');
        // The page's clock: 90 seconds before the hold's deadline (the server keeps its own time).
        await page.clock.install({ time: Date.parse(hold.holdDeadline!) - 90_000 });
        await page.reload();
        // By id: the link's name is in the reader's language.
        const line = page.locator(`tbody tr[data-detainer="${hold.id}"]`);
        const cell = line.locator('.deadline-cell');
        await cell.waitFor();
        expect(await cell.locator('.countdown-main').innerText()).toBe('in 1 minute');
        expect(await row(page, SHORT_HOLD).locator('.status').innerText()).toBe('Holding');
        await page.clock.fastForward('01:00');
        await expect.poll(() => cell.locator('.countdown-main').innerText()).toBe('in less than a minute');
        await page.clock.fastForward('00:31');
        await expect.poll(() => cell.locator('.countdown-main').innerText()).toContain('RELEASE NOW');
        expect(await cell.innerText()).toContain('deadline just passed');
        expect(await row(page, SHORT_HOLD).locator('.status').innerText()).toBe('Release now');
        // Text, not colour alone; and no live region in the row (screen readers are not flooded).
        expect(await row(page, SHORT_HOLD).locator('[aria-live], [role="status"]').count()).toBe(0);
        await page.clock.fastForward('03:00');
        await expect.poll(() => cell.innerText()).toContain('deadline passed 3 minutes ago');
        await switchLanguage(page, 'es');
        await expect.poll(() => cell.innerText()).toContain('LIBERAR YA');
        expect(await cell.innerText()).toContain('plazo vencido hace 3 minutos');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'keeps a filter in the address through reload, back and forward; ignores bad values with a note',
    { timeout: 60_000 },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await signInAs(web!, page, 'records-officer', 'harris');
        await page.locator('tbody tr').first().waitFor();
        await page.getByLabel('Status').selectOption('holding');
        await page.getByRole('button', { name: 'Show' }).click();
        await page.waitForURL(web!.url('/desk?state=holding'));
        const statuses = () => page.locator('tbody .status').allInnerTexts();
        await expect.poll(statuses).toEqual(['Holding']);
        await page.reload();
        await expect.poll(statuses).toEqual(['Holding']);
        expect(await page.getByLabel('Status').inputValue()).toBe('holding');
        await page.goBack();
        await page.waitForURL(web!.url('/desk'));
        await expect.poll(async () => (await statuses()).length).toBe(4);
        expect(await page.getByLabel('Status').inputValue()).toBe('');
        await page.goForward();
        await expect.poll(statuses).toEqual(['Holding']);

        // A bad facility is flagged at the field, and the address does not change.
        await page.getByLabel('Facility ID').fill('not-an-id');
        await page.getByRole('button', { name: 'Show' }).click();
        await page.getByRole('alert').filter({ hasText: 'Facility ID:' }).waitFor();
        expect(await isFocused(page.getByLabel('Facility ID'))).toBe(true);
        expect(page.url()).toBe(web!.url('/desk?state=holding'));

        // An address typed or pasted with values the inbox cannot use: shown without them, and said so.
        await page.goto(web!.url('/desk?state=asleep&form=I-247A&limit=lots'));
        await page.getByText('Part of this address could not be used and is ignored: status, page size.').waitFor();
        await expect.poll(async () => (await statuses()).length).toBe(4);
        expect(await page.getByLabel('Form').inputValue()).toBe('I-247A');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('pages through the list with the page in the address', { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await web!.openPage();
    try {
      await signInAs(web!, page, 'records-officer', 'harris');
      await page.goto(web!.url('/desk?limit=3'));
      const pager = page.getByRole('navigation', { name: 'Detainer requests: pages' });
      await pager.getByText('Page 1 of 2 · 4 requests').waitFor();
      expect(await page.locator('tbody tr').count()).toBe(3);
      const firstPage = await page.locator('tbody th').allInnerTexts();
      // By keyboard: the pager's links are in the tab order and followed with Enter.
      await pager.getByRole('link', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(web!.url('/desk?limit=3&offset=3'));
      await pager.getByText('Page 2 of 2 · 4 requests').waitFor();
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      const secondPage = await page.locator('tbody th').allInnerTexts();
      expect(firstPage).not.toContain(secondPage[0]);
      expect(await pager.getByRole('link', { name: 'Next' }).count()).toBe(0);
      await page.reload();
      await pager.getByText('Page 2 of 2 · 4 requests').waitFor();
      await page.goBack();
      await pager.getByText('Page 1 of 2 · 4 requests').waitFor();
      // Past the end: said so, with the way back.
      await page.goto(web!.url('/desk?limit=3&offset=30'));
      await page.getByText('This page is past the end of the list.').waitFor();
      await page.getByRole('link', { name: 'Go to the first page' }).click();
      await page.waitForURL(web!.url('/desk?limit=3'));
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reaches a detainer link with the keyboard alone and opens it', { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await web!.openPage();
    try {
      await signInAs(web!, page, 'records-officer', 'harris');
      await page.locator('tbody tr').first().waitFor();
      const target = page.locator('tbody').getByRole('link').first();
      const wanted = await target.getAttribute('href');
      let reached = false;
      for (let presses = 0; presses < 60 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await isFocused(target);
      }
      expect(reached).toBe(true);
      // The focus is visible: the outline of :focus-visible.
      expect(
        await target.evaluate(
          (el) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el)
              .outlineStyle,
        ),
      ).toBe('solid');
      await page.keyboard.press('Enter');
      await page.waitForURL(web!.url(wanted!));
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    'links to intake and bulk import for roles that may log requests, not for an auditor',
    { timeout: 60_000 },
    async () => {
      const { context, page } = await web!.openPage();
      try {
        await signInAs(web!, page, 'records-officer', 'harris');
        const actions = page.getByRole('navigation', { name: 'Desk actions' });
        expect(await actions.getByRole('link', { name: 'Log a request' }).getAttribute('href')).toBe('/desk/new');
        expect(await actions.getByRole('link', { name: 'Bulk import' }).getAttribute('href')).toBe('/desk/import');
      } finally {
        await context.close();
      }
      const auditor = await web!.openPage();
      try {
        await signInAs(web!, auditor.page, 'auditor', 'harris');
        await auditor.page.locator('tbody tr').first().waitFor();
        expect(await auditor.page.getByRole('link', { name: 'Log a request' }).count()).toBe(0);
      } finally {
        await auditor.context.close();
      }
    },
  );

  it(
    'on a phone (390 px) folds the filters and keeps each row’s request, status and countdown in view',
    { timeout: 60_000 },
    async () => {
      const { context, page, pageErrors } = await web!.openPage({ lang: 'es', width: 390, height: 844 });
      try {
        await signInAs(web!, page, 'records-officer', 'harris');
        await page.locator('tbody tr').first().waitFor();
        const filters = page.locator('details.inbox-filters-box');
        expect(await filters.getAttribute('open')).toBeNull();
        const cell = await page.locator('tbody tr').first().locator('.deadline-cell').boundingBox();
        expect(cell!.x + cell!.width).toBeLessThanOrEqual(390);
        await expectNoAxeViolations(page, 'inbox on a phone (es)');
        await screenshot(page, 'inbox-phone-es');
        // The filters open with the keyboard.
        await page.locator('summary').focus();
        await page.keyboard.press('Enter');
        await page.getByLabel('Estado').waitFor();
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'has zero axe violations in English and Spanish at 1366 and 390 px, nothing clipped at 390',
    { timeout: 90_000 },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await signInAs(web!, page, 'records-officer', 'harris');
        await page.locator('tbody tr').first().waitFor();
        await page
          .getByRole('region', { name: /^Alarms/ })
          .getByRole('listitem')
          .first()
          .waitFor();
        for (const lang of ['en', 'es'] as const) {
          if (lang === 'es') await switchLanguage(page, 'es');
          for (const width of [1366, 390]) {
            await page.setViewportSize({ width, height: 900 });
            await expectNoAxeViolations(page, `inbox (${lang}, ${width} px)`);
            // The page never scrolls sideways: only the table's own region may.
            const overflow = await page.evaluate(() => {
              const root = (
                globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
              ).document.documentElement;
              return root.scrollWidth - root.clientWidth;
            });
            expect(overflow).toBeLessThanOrEqual(0);
          }
          await page.setViewportSize({ width: 1366, height: 900 });
          await screenshot(page, `inbox-${lang}`);
        }
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
