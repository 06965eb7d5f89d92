import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoEmail,
  describeInBrowser,
  expectNoAxeViolations,
  signInAs,
  startWebApp,
  type WebApp,
} from './support/browser.js';
import { checkBothLanguages } from './support/desk-checks.js';

/**
 * axe-core (WCAG 2.1 A and AA) on every page the web app has, in English and in Spanish, at 1366
 * and 390 px: zero violations, no sideways scroll. With SCREENSHOTS=1 each page is also saved at
 * both widths (var/screenshots/).
 */

interface PageCase {
  readonly name: string;
  /** Opens the page in a fresh context and waits until it shows its content. */
  readonly open: (web: WebApp, page: Page) => Promise<void>;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

const PAGES: readonly PageCase[] = [
  {
    name: 'home',
    open: async (web, page) => {
      await page.goto(web.url('/'));
      await page.locator('.place-list a').first().waitFor();
    },
  },
  {
    name: 'state',
    open: async (web, page) => {
      await page.goto(web.url('/places/CA'));
      await page.locator('.rule-list').waitFor();
    },
  },
  {
    name: 'county',
    open: async (web, page) => {
      await page.goto(web.url('/places/CA/06001'));
      await page.locator('.rule-list').waitFor();
    },
  },
  {
    name: 'rule',
    open: async (web, page) => {
      await page.goto(web.url('/policies/ca-gov-7282.5-hold'));
      await page.locator('.case-list').first().waitFor();
    },
  },
  {
    name: 'map',
    open: async (web, page) => {
      await page.goto(web.url('/map?at=2014-06-01&action=hold&profile=no-record'));
      await page.locator('.county-map path.county').first().waitFor();
      await page.locator('.map-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'sign-in',
    open: async (web, page) => {
      await page.goto(web.url('/sign-in'));
      await page.locator('input[name="email"]').waitFor();
    },
  },
  {
    name: 'sign-in-error',
    open: async (web, page) => {
      await page.goto(web.url('/sign-in'));
      await page.locator('input[name="email"]').fill(demoEmail('records-officer'));
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'sign-in-code',
    open: async (web, page) => {
      await page.goto(web.url('/sign-in'));
      await page.locator('input[name="email"]').fill(demoEmail('supervisor'));
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.locator('input[name="code"]').waitFor();
    },
  },
  {
    name: 'desk',
    open: async (web, page) => {
      await signInAs(web, page, 'records-officer');
      await page.locator('table tbody tr').first().waitFor();
    },
  },
  {
    name: 'desk-liaison',
    open: async (web, page) => {
      await signInAs(web, page, 'federal-liaison');
      await page.locator('.message-note').waitFor();
    },
  },
  {
    name: '403',
    open: async (web, page) => {
      await signInAs(web, page, 'auditor');
      await page.goto(web.url('/desk/admin'));
      await h1(page);
    },
  },
  {
    name: '404',
    open: async (web, page) => {
      await page.goto(web.url('/no/such/page'));
      await h1(page);
    },
  },
];

describeInBrowser('accessibility: every page passes axe-core (WCAG 2.1 AA) in English and Spanish', () => {
  let web: WebApp | undefined;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);

  afterAll(async () => {
    await web?.dispose();
  });

  for (const { name, open } of PAGES) {
    it(`${name}: zero violations in English and in Spanish, at 1366 and 390 px`, { timeout: 60_000 }, async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await open(web!, page);
        await checkBothLanguages(page, name);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('reports a violation with its rule id and target (the check itself works)', async () => {
    const { context, page } = await web!.openPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><body><main><img src="x.png"></main></body></html>');
      await expect(expectNoAxeViolations(page, 'a bad page')).rejects.toThrow(/image-alt[\s\S]*at img/);
    } finally {
      await context.close();
    }
  });
});
