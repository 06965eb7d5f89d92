import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../support/test-server.js';

/**
 * The built web app, served by the real server with the synthetic demo, driven by Chromium.
 * Builds into a temp folder (never dist/web) so a developer's build is left alone.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const DEMO_EMAIL = 'records-officer@alameda.demo.example';
const DEMO_PASSWORD = 'demo-password-2026';
const DEMO_AGENCY = "Demo Alameda County Sheriff's Office (synthetic)";
const TEST_TIMEOUT = 30_000;
// The published DEMO secret of the demo admins and supervisors (src/ingest/demo/demo-agencies.ts).
const DEMO_TOTP_SECRET = 'DEMODEMODEMODEMOSYNTHETICTOTPKEY';
/** Whether the element has the keyboard focus (each sign-in step moves it to its heading or field). */
const isFocused = (locator: Locator) =>
  locator.evaluate(
    (el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
  );
const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

const hasBrowser = existsSync(CHROMIUM);
const browserRequired = process.env.REQUIRE_BROWSER === '1';

if (!hasBrowser && browserRequired) {
  describe('web app in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} not found; install it (apt-get install -y chromium).`);
    });
  });
} else if (!hasBrowser) {
  console.warn(`browser tests skipped: ${CHROMIUM} not found`);
}

describe.skipIf(!hasBrowser)('web app in Chromium', () => {
  let webRoot: string;
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'dd-web-'));
    await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
    server = await startDemoServer({ webRoot });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** A fresh browser context (no cookies, no stored language) in English, and errors thrown by the page. */
  async function openPage(): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
    const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, pageErrors };
  }

  const url = (path: string) => `${server!.url}${path}`;

  it('lists the states on the home page and opens a state with its counties', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, pageErrors } = await openPage();
    try {
      await page.goto(url('/'));
      await page.getByRole('heading', { level: 1, name: 'Detainer Desk' }).waitFor();
      const california = page.getByRole('link', { name: 'California', exact: true });
      await california.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.screenshot({ path: '/tmp/dd-home.png', fullPage: true });

      await california.click();
      await page.waitForURL(url('/places/CA'));
      await page.getByRole('heading', { level: 1, name: 'California' }).waitFor();
      const counties = page.getByRole('table', { name: 'Counties' });
      const alameda = counties.getByRole('link', { name: 'Alameda', exact: true });
      await alameda.waitFor();
      expect(await alameda.getAttribute('href')).toBe('/places/CA/06001');
      await page.getByRole('heading', { level: 2, name: 'Rules in force' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    "lists a county's rules in force today and on a chosen date, and opens a rule",
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await openPage();
      try {
        await page.goto(url('/places/CA/06001'));
        await page.getByRole('heading', { level: 1, name: 'Alameda' }).waitFor();
        const rules = page.getByRole('list', { name: /^Rules in force on / });
        // Today: the Values Act forbids holds; the Sheriff's 2014 memo is still the county's own rule.
        await rules.getByText('ca-gov-7284.6-a1b', { exact: true }).waitFor();
        await rules.getByText('ca-alameda-sheriff-memo-2014-05-21', { exact: true }).waitFor();
        expect(await rules.getByText('ca-gov-7282.5-hold', { exact: true }).count()).toBe(0);
        const valuesAct = rules.getByRole('article', { name: 'No detention on a hold request' });
        expect(await valuesAct.getByText('State statute').count()).toBe(1);
        expect(await valuesAct.getByRole('link', { name: 'Cal. Gov. Code 7284.6(a)(1)(B)' }).count()).toBe(1);
        expect(await valuesAct.getByRole('list', { name: 'Versions' }).getByRole('listitem').count()).toBe(1);
        await page.screenshot({ path: '/tmp/dd-place.png', fullPage: true });

        // 1 January 2016: the TRUST Act's hold rule instead, with its two versions (the second repeals it).
        await page.getByLabel('Date', { exact: true }).fill('2016-01-01');
        await page.waitForURL(url('/places/CA/06001?at=2016-01-01'));
        await rules.getByText('ca-gov-7282.5-hold', { exact: true }).waitFor();
        expect(await rules.getByText('ca-gov-7284.6-a1b', { exact: true }).count()).toBe(0);
        expect(await rules.getByText('ca-alameda-sheriff-memo-2014-05-21', { exact: true }).count()).toBe(1);
        const trust = rules.getByRole('article', { name: /TRUST Act/ });
        const timeline = trust.getByRole('list', { name: 'Versions' });
        expect(await timeline.getByRole('listitem').count()).toBe(2);
        expect(await timeline.innerText()).toContain('Repealed on January 1, 2018');
        await page.screenshot({ path: '/tmp/dd-place-2016.png', fullPage: true });

        // The rule's own page, with the notes of its source and its cases; it survives a reload.
        await trust.getByRole('heading', { level: 3 }).getByRole('link').click();
        await page.waitForURL(url('/policies/ca-gov-7282.5-hold'));
        await page.getByRole('heading', { level: 1, name: /TRUST Act/ }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Notes on the source' }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 2, name: /^Cases \(\d+\)$/ }).waitFor();
        expect(await page.locator('.case-list li').count()).toBeGreaterThan(0);
        await page.screenshot({ path: '/tmp/dd-rule.png', fullPage: true });

        // In Spanish too.
        await page.getByRole('button', { name: 'Español' }).click();
        await page.getByRole('heading', { level: 2, name: 'Notas sobre la fuente' }).waitFor();
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('signs in and shows the agency desk without personal data in the list', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, pageErrors } = await openPage();
    try {
      await page.goto(url('/sign-in'));
      await page.getByLabel('Email').fill(DEMO_EMAIL);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.waitForURL(url('/desk'));
      await page.getByRole('heading', { level: 1, name: DEMO_AGENCY }).waitFor();
      await page.getByText('Synthetic demo agency: all people and requests are invented.').waitFor();
      const table = page.getByRole('table', { name: 'Detainer requests' });
      const rows = table.locator('tbody tr');
      await rows.nth(3).waitFor();
      expect(await rows.count()).toBe(4);
      expect(await table.innerText()).toContain('DEMO-000101');

      const text = await page.locator('body').innerText();
      expect(text).not.toContain('Demo Person');
      expect(text).not.toMatch(/\bA\d{8,9}\b/); // no A-numbers either
      const mainNav = page.getByRole('navigation', { name: 'Main' });
      expect(await mainNav.getByRole('link', { name: 'Desk', exact: true }).count()).toBe(1);
      await page.screenshot({ path: '/tmp/dd-desk.png', fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    'shows the error and stays on the sign-in page when the password is wrong',
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await openPage();
      try {
        await page.goto(url('/sign-in'));
        await page.getByLabel('Email').fill(DEMO_EMAIL);
        await page.getByLabel('Password').fill('not-the-password');
        await page.getByRole('button', { name: 'Sign in' }).click();

        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.innerText()).toContain('The email or password is not correct.');
        expect(new URL(page.url()).pathname).toBe('/sign-in');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'signs a supervisor in with the code of the authenticator app, after the password',
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await openPage();
      try {
        await page.goto(url('/sign-in'));
        await page.getByLabel('Email').fill('supervisor@alameda.demo.example');
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();

        const codeField = page.getByLabel('Authentication code');
        await codeField.waitFor();
        await page.getByRole('heading', { level: 2, name: 'Second factor' }).waitFor();
        expect(await isFocused(codeField)).toBe(true);
        expect(await page.getByRole('button', { name: 'Use a recovery code instead' }).count()).toBe(1);

        // A wrong code is announced, and the form stays.
        await codeField.fill(totp(DEMO_TOTP_SECRET) === '000000' ? '111111' : '000000');
        await page.getByRole('button', { name: 'Verify' }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.innerText()).toContain('The code is not correct');

        await codeField.fill(totp(DEMO_TOTP_SECRET));
        await page.getByRole('button', { name: 'Verify' }).click();
        await page.waitForURL(url('/desk'));
        await page.getByRole('heading', { level: 1, name: DEMO_AGENCY }).waitFor();
        await page.getByText('Signed in as Demo supervisor (CA). Role: supervisor.').waitFor();
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'makes a supervisor without a second factor set one up, and shows the recovery codes once',
    { timeout: TEST_TIMEOUT },
    async () => {
      // Harris's admin resets Harris's supervisor's factor (the API, as a lost phone would need).
      const app = server!.app;
      const signInApi = async (email: string) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email, password: DEMO_PASSWORD, code: totp(DEMO_TOTP_SECRET) },
        });
        expect(res.statusCode).toBe(200);
        return { cookie: String(res.headers['set-cookie']).split(';')[0]!, id: res.json().user.id as string };
      };
      const admin = await signInApi('admin@harris.demo.example');
      const supervisor = await signInApi('supervisor@harris.demo.example');
      const reset = await app.inject({
        method: 'POST',
        url: `/api/v1/users/${supervisor.id}/second-factor/reset`,
        headers: { cookie: admin.cookie },
      });
      expect(reset.statusCode).toBe(200);

      const { context, page, pageErrors } = await openPage();
      try {
        await page.goto(url('/sign-in'));
        await page.getByLabel('Email').fill('supervisor@harris.demo.example');
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();

        const heading = page.getByRole('heading', { level: 2, name: 'Set up a second factor' });
        await heading.waitFor();
        expect(await isFocused(heading)).toBe(true);
        const firstSecret = (await page.locator('code.secret').first().innerText()).trim();
        expect(firstSecret).toMatch(/^[A-Z2-7]{32}$/);

        // A reload keeps the (limited) session: the page asks for the password again and starts over.
        await page.reload();
        await heading.waitFor();
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await page.getByLabel('Code from the app').waitFor();
        const secret = (await page.locator('code.secret').first().innerText()).trim();
        expect(secret).toMatch(/^[A-Z2-7]{32}$/);
        expect(secret).not.toBe(firstSecret);
        expect(await page.locator('code.secret').nth(1).innerText()).toContain(`secret=${secret}`);
        await page.screenshot({ path: '/tmp/dd-enrol.png', fullPage: true });

        await page.getByLabel('Code from the app').fill(totp(secret));
        await page.getByRole('button', { name: 'Activate' }).click();
        const codesHeading = page.getByRole('heading', { level: 2, name: 'Save your recovery codes' });
        await codesHeading.waitFor();
        expect(await isFocused(codesHeading)).toBe(true);
        const codes = page.getByRole('list', { name: 'Save your recovery codes' }).getByRole('listitem');
        expect(await codes.count()).toBe(10);
        expect(await codes.first().innerText()).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);

        const proceed = page.getByRole('button', { name: 'Continue to the desk' });
        expect(await proceed.isDisabled()).toBe(true);
        await page.getByLabel('I have saved them').check();
        await proceed.click();
        await page.waitForURL(url('/desk'));
        await page.getByRole('heading', { level: 1, name: /Harris/ }).waitFor();
        await page.getByRole('table', { name: 'Detainer requests' }).locator('tbody tr').first().waitFor();
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
