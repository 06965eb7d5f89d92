import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../support/test-server.js';

/**
 * Finding 6 (headers): the strict Content-Security-Policy (no inline script) must not break the
 * pages the server serves: the built web app, signing in included, and the Swagger UI at /api/docs.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const TEST_TIMEOUT = 30_000;

describe.skipIf(!existsSync(CHROMIUM))('finding 6: the pages work under the Content-Security-Policy', () => {
  let webRoot: string;
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'dd-web-csp-'));
    await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
    server = await startDemoServer({ webRoot });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** Opens a page and collects every CSP violation and page error it reports. */
  async function visit(path: string, work: (page: Page) => Promise<void>): Promise<string[]> {
    const context = await browser!.newContext({ locale: 'en-US' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
    });
    try {
      const response = await page.goto(`${server!.url}${path}`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await work(page);
    } finally {
      await context.close();
    }
    return problems;
  }

  it(
    'runs the web app without a violation: the public portal, signing in and the desk',
    { timeout: TEST_TIMEOUT },
    async () => {
      const problems = await visit('/', async (page) => {
        await page.getByRole('heading', { level: 1, name: 'Detainer Desk' }).waitFor();
        await page.getByRole('link', { name: 'California', exact: true }).waitFor();
        await page.goto(`${server!.url}/sign-in`);
        await page.getByLabel('Email').fill('records-officer@alameda.demo.example');
        await page.getByLabel('Password').fill('demo-password-2026');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${server!.url}/desk`);
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
