import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { describe, inject, it } from 'vitest';
import type { Role } from '../../../src/core/auth/roles.js';
import { startDemoServer } from '../../support/test-server.js';

/**
 * Everything a browser test needs: Debian's Chromium started the one way, the built web app served
 * by the real server with the synthetic demo, demo sign-in, the language switch, axe-core and
 * screenshots. See test/browser/*.browser.test.ts.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VITE_CONFIG = fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url));
const SCREENSHOT_DIR = fileURLToPath(new URL('../../../var/screenshots/', import.meta.url));

export const DEMO_PASSWORD = 'demo-password-2026';
// The published DEMO secret of the demo admins and supervisors (src/ingest/demo/demo-agencies.ts).
export const DEMO_TOTP_SECRET = 'DEMODEMODEMODEMOSYNTHETICTOTPKEY';
export const DEMO_AGENCIES = {
  alameda: "Demo Alameda County Sheriff's Office (synthetic)",
  harris: "Demo Harris County Sheriff's Office (synthetic)",
  cook: 'Demo Cook County Department of Corrections (synthetic)',
} as const;
export type DemoAgency = keyof typeof DEMO_AGENCIES;
export const demoEmail = (role: Role, agency: DemoAgency = 'alameda') => `${role}@${agency}.demo.example`;
export const totp = (secret: string = DEMO_TOTP_SECRET) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

/**
 * A browser test's limit. A test that checks a page in both languages runs axe-core four times; on a CI
 * machine whose two cores also run the rest of the suite one took over 30 s (facility-spellings, the
 * explorer's table). A test that passes returns as soon as it is done: only a failure waits this long.
 */
export const TEST_TIMEOUT = 90_000;
export const hasBrowser = existsSync(CHROMIUM);

/**
 * describe() for browser tests: skipped (with a warning) where Chromium is missing, unless
 * REQUIRE_BROWSER=1 (CI), where a missing Chromium fails.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasBrowser && process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} not found; install it (apt-get install -y chromium).`);
      });
    });
    return;
  }
  if (!hasBrowser) console.warn(`browser tests skipped: ${CHROMIUM} not found`);
  describe.skipIf(!hasBrowser)(name, body);
}

export interface WebApp {
  readonly server: Awaited<ReturnType<typeof startDemoServer>>;
  readonly browser: Browser;
  /** The absolute URL of a path of the app. */
  readonly url: (path: string) => string;
  /** A fresh context (no cookies, the language given, default English) and page, collecting page errors. */
  readonly openPage: (options?: OpenPageOptions) => Promise<OpenedPage>;
  readonly dispose: () => Promise<void>;
}

export interface OpenPageOptions {
  readonly lang?: 'en' | 'es';
  readonly width?: number;
  readonly height?: number;
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: string[];
}

/**
 * The web app built for this run, into a temp folder (never dist/web, so a developer's build is
 * left alone): the first test file to ask builds it, the others (in other workers) wait for it.
 */
async function builtWebApp(): Promise<string> {
  const webRoot = inject('webBuildRoot');
  const built = join(webRoot, '.built');
  const failed = join(webRoot, '.failed');
  try {
    mkdirSync(webRoot); // atomic: only one file gets to build
  } catch {
    const deadline = Date.now() + 110_000;
    while (!existsSync(built)) {
      if (existsSync(failed)) throw new Error(`the web app's build failed: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() > deadline) throw new Error(`the web app's build in ${webRoot} did not finish`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return webRoot;
  }
  try {
    await build({ configFile: VITE_CONFIG, logLevel: 'error', build: { outDir: webRoot, emptyOutDir: false } });
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? error.message : String(error));
    throw error;
  }
  writeFileSync(built, '');
  return webRoot;
}

/**
 * Starts the real server on the web app built for the run, with the demo seeded, and launches
 * Chromium. Call in beforeAll.
 */
export async function startWebApp(): Promise<WebApp> {
  const webRoot = await builtWebApp();
  const server = await startDemoServer({ webRoot });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    server,
    browser,
    url: (path) => `${server.url}${path}`,
    openPage: async ({ lang = 'en', width = 1366, height = 800 } = {}) => {
      const context = await browser.newContext({
        locale: lang === 'es' ? 'es-US' : 'en-US',
        viewport: { width, height },
      });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return { context, page, pageErrors };
    },
    dispose: async () => {
      await browser.close();
      await server.dispose();
    },
  };
}

/** Signs a demo user in through the form (with the demo TOTP code for admins and supervisors) and waits for the desk. */
export async function signInAs(app: WebApp, page: Page, role: Role, agency: DemoAgency = 'alameda'): Promise<void> {
  await page.goto(app.url('/sign-in'));
  await page.locator('input[name="email"]').fill(demoEmail(role, agency));
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  if (role === 'admin' || role === 'supervisor') {
    const code = page.locator('input[name="code"]');
    await code.waitFor();
    await code.fill(totp());
    await page.locator('form button[type="submit"]').click();
  }
  await page.waitForURL(app.url('/desk'));
  await page.getByRole('heading', { level: 1, name: DEMO_AGENCIES[agency] }).waitFor();
}

/** Switches the language with the header's switch, and waits until <html lang> follows. */
export async function switchLanguage(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.getByRole('button', { name: lang === 'es' ? 'Español' : 'English' }).click();
  await page.waitForFunction(
    (want) => (globalThis as unknown as PageGlobal).document.documentElement.lang === want,
    lang,
  );
}

/**
 * The page's globals, for functions run in the page (serialised, so they may refer to nothing
 * outside themselves; the tests compile without the DOM library): `(globalThis as unknown as PageGlobal)`.
 */
export interface PageGlobal {
  readonly document: {
    readonly readyState: string;
    readonly documentElement: { readonly lang: string };
    readonly activeElement: { getAttribute(name: string): string | null } | null;
  };
}

/** Whether the element has the keyboard focus. */
export const isFocused = (locator: Locator) =>
  locator.evaluate(
    (el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
  );

/** The WCAG 2.1 A and AA rules of axe-core. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeSummary {
  readonly passes: number;
  readonly violations: number;
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page; fails listing each violation's id, impact and targets. */
export async function expectNoAxeViolations(page: Page, label: string = page.url()): Promise<AxeSummary> {
  // One pass in the page (legacy mode: the app has no frames) with full details for violations only:
  // the same rules on the same nodes, without a unique selector made for every passing node (which
  // took 76 s a run on the map's 3,142 county links, against about 4 s this way).
  // options() replaces the run's options, its rules included: it comes first, then the WCAG tags
  // (the other way round ran every rule, best practices too).
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  if (results.violations.length > 0) {
    const lines = results.violations.map(
      (violation) =>
        `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    at ${node.target.map(String).join(' ')}`).join('\n'),
    );
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`);
  }
  return { passes: results.passes.length, violations: 0 };
}

export const SCREENSHOT_WIDTHS = [1366, 390] as const;

/**
 * With SCREENSHOTS=1: full-page PNGs of the page at 1366 and 390 px wide, as
 * var/screenshots/<name>-<width>.png (var/ is git-ignored). Leaves the viewport as it was.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: before?.height ?? 800 });
    await page.waitForFunction(() => (globalThis as unknown as PageGlobal).document.readyState === 'complete');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
