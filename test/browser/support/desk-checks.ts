import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../../src/core/auth/roles.js';
import {
  expectNoAxeViolations,
  screenshot,
  signInAs,
  switchLanguage,
  SCREENSHOT_WIDTHS,
  type AxeSummary,
  type DemoAgency,
  type OpenedPage,
  type WebApp,
} from './browser.js';

/**
 * What the desk's browser tests share beyond browser.ts: a page signed in, the API through the
 * page's own session, and the check of a screen in both languages at both widths.
 */

/** A fresh page (in the language given) signed in as a demo user: Alameda's records officer unless given. */
export async function signedIn(
  web: WebApp,
  role: Role = 'records-officer',
  agency: DemoAgency = 'alameda',
  lang: 'en' | 'es' = 'en',
): Promise<OpenedPage> {
  const opened = await web.openPage({ lang });
  await signInAs(web, opened.page, role, agency);
  return opened;
}

/** A call to the API through the page's own session (its cookies), as JSON; answers the parsed body. */
export async function api(page: Page, method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const answer = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await answer.json()) as Record<string, unknown>;
    },
    { method, url, body },
  );
}

/**
 * axe-core at 1366 and 390 px in the language shown, no sideways scroll at either width, then the
 * screenshots (SCREENSHOTS=1); leaves the page at 1366 px. Answers axe's summary at each width.
 */
export async function checkWidths(
  page: Page,
  name: string,
  lang: 'en' | 'es',
): Promise<Array<AxeSummary & { readonly width: number }>> {
  const summaries: Array<AxeSummary & { readonly width: number }> = [];
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const summary = await expectNoAxeViolations(page, `${name} ${lang} ${width}`);
    expect(summary.passes, `${name} ${lang} ${width}: axe checked something`).toBeGreaterThan(0);
    summaries.push({ width, ...summary });
    const overflow = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    expect(overflow, `${name} ${lang} ${width}: no sideways scroll`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await screenshot(page, `${name}-${lang}`);
  return summaries;
}

/** checkWidths in English, then in Spanish (switched with the header's switch); ends in English. */
export async function checkBothLanguages(page: Page, name: string): Promise<void> {
  for (const lang of ['en', 'es'] as const) {
    await switchLanguage(page, lang);
    await checkWidths(page, name, lang);
  }
  await switchLanguage(page, 'en');
}
