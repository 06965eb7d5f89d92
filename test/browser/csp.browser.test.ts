import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, TEST_TIMEOUT, type WebApp } from './support/browser.js';

/**
 * Finding 6 (headers): the strict Content-Security-Policy (no inline script) must not break the
 * pages the server serves: the built web app, signing in included, and the Swagger UI at /api/docs.
 */
describeInBrowser('finding 6: the pages work under the Content-Security-Policy', () => {
  let web: WebApp | undefined;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);

  afterAll(async () => {
    await web?.dispose();
  });

  /** Opens a page and collects every CSP violation and page error it reports. */
  async function visit(path: string, work: (page: Page) => Promise<void>): Promise<string[]> {
    const { context, page, pageErrors } = await web!.openPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
    });
    try {
      const response = await page.goto(`${web!.server.url}${path}`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await work(page);
    } finally {
      await context.close();
    }
    return [...pageErrors.map((message) => `error: ${message}`), ...problems];
  }

  it(
    'runs the web app without a violation: the public portal, signing in and the desk',
    { timeout: TEST_TIMEOUT },
    async () => {
      const problems = await visit('/', async (page) => {
        await page.getByRole('heading', { level: 1, name: 'Detainer Desk' }).waitFor();
        await page.getByRole('link', { name: 'California', exact: true }).waitFor();
        await page.goto(`${web!.server.url}/sign-in`);
        await page.getByLabel('Email').fill('records-officer@alameda.demo.example');
        await page.getByLabel('Password').fill('demo-password-2026');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${web!.server.url}/desk`);
        await page.getByRole('table', { name: 'Detainer requests' }).locator('tbody tr').first().waitFor();
      });
      expect(problems).toEqual([]);
    },
  );

  it('runs the Swagger UI at /api/docs without a violation', { timeout: TEST_TIMEOUT }, async () => {
    const problems = await visit('/api/docs', async (page) => {
      await page.locator('.swagger-ui .info .title').getByText('Detainer Desk API').waitFor();
      await page.locator('.opblock-tag', { hasText: 'detainers' }).first().waitFor();
    });
    expect(problems).toEqual([]);
  });
});
