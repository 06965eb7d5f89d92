import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DEMO_AGENCIES,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  demoEmail,
  describeInBrowser,
  isFocused,
  screenshot,
  signInAs,
  switchLanguage,
  startWebApp,
  TEST_TIMEOUT,
  totp,
  type PageGlobal,
  type WebApp,
} from './support/browser.js';

/** The built web app, served by the real server with the synthetic demo, driven by Chromium. */
const DEMO_EMAIL = demoEmail('records-officer');
const DEMO_AGENCY = DEMO_AGENCIES.alameda;

describeInBrowser('web app in Chromium', () => {
  let web: WebApp | undefined;

  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);

  afterAll(async () => {
    await web?.dispose();
  });

  /** A fresh browser context (no cookies, no stored language) in English, and errors thrown by the page. */
  const openPage = () => web!.openPage({ width: 1200 });
  const url = (path: string) => web!.url(path);

  it('lists the states on the home page and opens a state with its counties', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, pageErrors } = await openPage();
    try {
      await page.goto(url('/'));
      await page.getByRole('heading', { level: 1, name: 'Detainer Desk' }).waitFor();
      const california = page.getByRole('link', { name: 'California', exact: true });
      await california.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(page, 'home');

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
        await screenshot(page, 'place');

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
        await screenshot(page, 'place-2016');

        // The rule's own page, with the notes of its source and its cases; it survives a reload.
        await trust.getByRole('heading', { level: 3 }).getByRole('link').click();
        await page.waitForURL(url('/policies/ca-gov-7282.5-hold'));
        await page.getByRole('heading', { level: 1, name: /TRUST Act/ }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Notes on the source' }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 2, name: /^Cases \(\d+\)$/ }).waitFor();
        expect(await page.locator('.case-list li').count()).toBeGreaterThan(0);
        await screenshot(page, 'rule');

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
      // At 1366 px the table has room for every column: nothing is clipped behind a scrollbar.
      await page.setViewportSize({ width: 1366, height: 800 });
      const clipped = await page
        .getByRole('region', { name: 'Detainer requests' })
        .evaluate(
          (el) =>
            (el as unknown as { scrollWidth: number }).scrollWidth >
            (el as unknown as { clientWidth: number }).clientWidth,
        );
      expect(clipped).toBe(false);
      const mainNav = page.getByRole('navigation', { name: 'Main' });
      expect(await mainNav.getByRole('link', { name: 'Desk', exact: true }).count()).toBe(1);
      await screenshot(page, 'desk');
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
        // After a click, the focus is on the error (not the page body), so it is read out and found.
        expect(await isFocused(alert)).toBe(true);

        // By keyboard (Enter in the password field), likewise.
        await page.getByLabel('Password').fill('still-not-the-password');
        await page.getByLabel('Password').press('Enter');
        await page.waitForFunction(
          () => (globalThis as unknown as PageGlobal).document.activeElement?.getAttribute('role') === 'alert',
        );
        expect(await isFocused(page.getByRole('alert'))).toBe(true);
        await screenshot(page, 'sign-in-error');
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
      const app = web!.server.app;
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
        await screenshot(page, 'enrol');

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

  it(
    'sends a signed-out reader of a desk address to sign in, and back to that address afterwards',
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await openPage();
      try {
        await page.goto(url('/desk?offset=0'));
        await page.waitForURL(url('/sign-in?next=%2Fdesk%3Foffset%3D0'));
        await page.getByLabel('Email').fill(DEMO_EMAIL);
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(url('/desk?offset=0'));
        await page.getByRole('heading', { level: 1, name: DEMO_AGENCY }).waitFor();

        // Another site in ?next= is ignored: the desk instead.
        await context.clearCookies();
        await page.goto(url('/sign-in?next=%2F%2Fevil.example%2F'));
        await page.getByLabel('Email').fill(DEMO_EMAIL);
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(url('/desk'));
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('shows a 403 page naming the roles that may open a desk screen', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, pageErrors } = await openPage();
    try {
      await signInAs(web!, page, 'auditor');
      await page.goto(url('/desk/admin'));
      await page.getByRole('heading', { level: 1, name: 'Not open to your role' }).waitFor();
      await page.getByText('You are signed in as auditor. This page is for: administrator.').waitFor();
      await switchLanguage(page, 'es');
      await page.getByRole('heading', { level: 1, name: 'No disponible para su rol' }).waitFor();
      await page.getByText('Ha iniciado sesión como auditor. Esta página es para: administrador.').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('tells a federal liaison with no requests of its own what is true', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, pageErrors } = await openPage();
    try {
      await signInAs(web!, page, 'federal-liaison');
      await page.getByText('You have not submitted any requests yet.').waitFor();
      expect(await page.getByText('No requests have been logged yet.').count()).toBe(0);
      await switchLanguage(page, 'es');
      await page.getByText('Aún no ha enviado ninguna solicitud.').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
