import { TOTP, Secret } from 'otpauth';
import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  demoEmail,
  describeInBrowser,
  expectNoAxeViolations,
  isFocused,
  screenshot,
  signInAs,
  switchLanguage,
  startWebApp,
  type WebApp,
} from './support/browser.js';
import { checkBothLanguages } from './support/desk-checks.js';

/**
 * The audit page (an Alameda auditor: the chain intact, the reads of personal data filtered by
 * user, the security events by kind) and the admin page (users, API tokens, identity conflicts),
 * as a person would use them, with axe-core in English and Spanish at 1366 and 390 px.
 */
const FLOW_TIMEOUT = 120_000;
const ON_FILE = { fullName: 'Stored Person Alpha', birthDate: '1980-01-02', aNumber: 'A200000001' };
const PROBE = { fullName: 'Probe Name Beta', aNumber: 'A200000999' };
const rand = () => Math.random().toString(36).slice(2, 9);

function detainerBody(subject: Record<string, string>) {
  return {
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: ['biometric-database'],
    issuedAt: '2026-11-28T09:00:00-08:00',
    receivedAt: '2026-11-28T09:30:00-08:00',
    issuingOffice: 'Test ERO office',
    federalReference: `TEST-${rand()}`,
    subject,
  };
}

/** The code of the next TOTP step: the sign-in used the current one, and a code is not accepted twice. */
const nextCode = () =>
  new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + 30_000,
  });

describeInBrowser('audit and admin pages', () => {
  let web: WebApp | undefined;
  const contexts: BrowserContext[] = [];
  let officerId = '';
  let readDetainerId = '';
  let conflictReference = '';

  /** An API client signed in (cookie session) as a demo user without a second factor. */
  async function apiAs(role: 'records-officer' | 'federal-liaison'): Promise<APIRequestContext> {
    const context = await web!.browser.newContext();
    contexts.push(context);
    const signIn = await context.request.post(web!.url('/api/v1/auth/sign-in'), {
      data: { email: demoEmail(role), password: DEMO_PASSWORD },
    });
    expect(signIn.status()).toBe(200);
    return context.request;
  }

  beforeAll(async () => {
    web = await startWebApp();
    const officer = await apiAs('records-officer');
    const liaison = await apiAs('federal-liaison');
    officerId = ((await (await officer.get(web.url('/api/v1/auth/me'))).json()) as { user: { id: string } }).user.id;
    // A person on file; the liaison submits the same booking number with another name: a conflict.
    conflictReference = `BK-UI-${rand()}`;
    const first = await officer.post(web.url('/api/v1/detainers'), {
      data: detainerBody({ reference: conflictReference, ...ON_FILE }),
    });
    expect(first.status()).toBe(201);
    readDetainerId = ((await first.json()) as { id: string }).id;
    const second = await liaison.post(web.url('/api/v1/detainers'), {
      data: detainerBody({ reference: conflictReference, ...PROBE }),
    });
    expect(second.status()).toBe(201);
    // Reads of personal data: the officer opens the person's request; the liaison its own.
    expect((await officer.get(web.url(`/api/v1/detainers/${readDetainerId}`))).status()).toBe(200);
    const own = ((await second.json()) as { id: string }).id;
    expect((await liaison.get(web.url(`/api/v1/detainers/${own}`))).status()).toBe(200);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await web?.dispose();
  });

  it(
    'an Alameda auditor sees the chain intact, the reads log filtered by user, and security events',
    { timeout: FLOW_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      try {
        await signInAs(web!, page, 'auditor');
        // The header offers the audit page to an auditor (and not the admin page).
        const nav = page.getByRole('navigation', { name: 'Main' });
        expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
        await nav.getByRole('link', { name: 'Audit' }).click();
        await page.waitForURL(web!.url('/desk/audit'));
        await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
        const chain = page.getByTestId('chain-status');
        await chain.getByText('Intact: the history has not been altered.').waitFor();
        expect(await chain.textContent()).toMatch(/\d+ events? verified\./);
        expect(await chain.textContent()).toMatch(/number \d+, fingerprint [0-9a-f]{64}/);

        // The reads: the officer's and the liaison's, each linking to its request.
        const reads = page.getByRole('table', { name: 'Reads of personal data, newest first' });
        await reads.getByText(demoEmail('records-officer')).first().waitFor();
        await reads.getByText(demoEmail('federal-liaison')).first().waitFor();
        const link = reads.getByRole('link', { name: `Open request ${readDetainerId}` }).first();
        expect(await link.getAttribute('href')).toBe(`/desk/detainers/${readDetainerId}`);
        // Never the personal data read.
        const text = (await page.locator('main').textContent()) ?? '';
        expect([ON_FILE.fullName, PROBE.fullName, ON_FILE.aNumber].filter((v) => text.includes(v))).toEqual([]);

        // Filter by user, with the keyboard: the filter goes in the URL.
        await page.getByLabel('User', { exact: true }).selectOption({ label: demoEmail('records-officer') });
        await page.getByRole('button', { name: 'Show reads' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.searchParams.get('user') === officerId);
        await reads.getByText(demoEmail('federal-liaison')).waitFor({ state: 'detached' });
        const people = await reads.locator('tbody tr td:nth-child(2)').allTextContents();
        expect(people.length).toBeGreaterThan(0);
        expect(new Set(people)).toEqual(new Set([demoEmail('records-officer')]));
        // Reloading keeps the filter.
        await page.reload();
        await reads.getByText(demoEmail('records-officer')).first().waitFor();
        expect(await page.getByLabel('User', { exact: true }).inputValue()).toBe(officerId);

        // Security events by kind, in words.
        await page.getByLabel('Kind of event').selectOption({ label: 'Signed in' });
        await page.getByRole('button', { name: 'Show events' }).click();
        await page.waitForURL((url) => url.searchParams.get('kind') === 'sign-in.succeeded');
        const events = page.getByRole('table', { name: 'Security events, newest first' });
        const kinds = await events.locator('tbody tr td:nth-child(2)').allTextContents();
        expect(kinds.length).toBeGreaterThan(0);
        expect(new Set(kinds)).toEqual(new Set(['Signed in']));
        expect(new URL(page.url()).searchParams.get('user')).toBe(officerId);

        await checkBothLanguages(page, 'audit');
        await switchLanguage(page, 'es');
        await page.getByText('Intacta: el historial no ha sido alterado.').waitFor();
        await page.getByRole('cell', { name: 'Inicio de sesión' }).first().waitFor();
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'an admin adds a user, changes the role, disables and enables them, makes and revokes a token, resolves a conflict',
    { timeout: FLOW_TIMEOUT },
    async () => {
      const { context, page, pageErrors } = await web!.openPage();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web!.url('') });
      try {
        await signInAs(web!, page, 'admin');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
        await page.waitForURL(web!.url('/desk/admin'));
        await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
        const tabs = page.getByRole('navigation', { name: 'Administration sections' });
        expect(await tabs.getByRole('link', { name: 'Users' }).getAttribute('aria-current')).toBe('page');
        await page.getByRole('table', { name: 'Users of the agency' }).waitFor();
        await checkBothLanguages(page, 'admin-users');

        // Add a user.
        const email = `new-${rand()}@alameda.demo.example`;
        const name = `Desk Tester ${rand()}`;
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Display name').fill(name);
        await page.getByLabel('Role', { exact: true }).selectOption('records-officer');
        await page.getByLabel('Password (at least 12 characters)').fill('short');
        await page.getByRole('button', { name: 'Add user' }).click();
        // The server's rule, at the field, with the focus there.
        await page.locator('#new-user-password-error').waitFor();
        expect(await isFocused(page.locator('#new-user-password'))).toBe(true);
        await page.getByLabel('Password (at least 12 characters)').fill('a-long-enough-password');
        await page.getByRole('button', { name: 'Add user' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `User ${email} added.` })
          .waitFor();
        const users = page.getByRole('table', { name: 'Users of the agency' });
        const row = users.getByRole('row').filter({ hasText: email });
        await row.waitFor();

        // Change the role in the dialog.
        const manage = page.getByRole('button', { name: `Manage ${name}` });
        await manage.click();
        const dialog = page.getByRole('dialog', { name: `Manage ${name}` });
        await dialog.waitFor();
        expect(await isFocused(dialog.getByLabel('Role', { exact: true }))).toBe(true);
        await dialog.getByLabel('Role', { exact: true }).selectOption('supervisor');
        await dialog.getByRole('button', { name: 'Save changes' }).click();
        await dialog.getByText('Changes saved.').waitFor();
        await row.getByText('supervisor').waitFor();
        await expectNoAxeViolations(page, 'user dialog (en)');
        await screenshot(page, 'admin-user-dialog-en');

        // Disable (asks first), then enable.
        await dialog.getByRole('button', { name: 'Disable user' }).click();
        await dialog.getByText(/ends the user’s sessions and revokes their API tokens/).waitFor();
        await dialog.getByRole('button', { name: 'Yes, disable' }).click();
        await dialog.getByText('User disabled.').waitFor();
        await row.getByText('Disabled').waitFor();
        await dialog.getByRole('button', { name: 'Enable user' }).first().click();
        await dialog.getByRole('group', { name: 'Enable user' }).getByRole('button', { name: 'Enable user' }).click();
        await dialog.getByText('User enabled.').waitFor();
        await row.getByText('Active').waitFor();

        // Escape closes the dialog; the focus goes back to the button that opened it.
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(await isFocused(manage)).toBe(true);

        // The last admin cannot be demoted: the server's USER.LAST_ADMIN, beside the role.
        const adminRow = users.getByRole('row').filter({ hasText: demoEmail('admin') });
        await adminRow.getByRole('button', { name: /^Manage / }).click();
        const own = page.getByRole('dialog');
        await own.getByLabel('Role', { exact: true }).selectOption('auditor');
        await own.getByRole('button', { name: 'Save changes' }).click();
        await own.locator('#user-change-role-error').waitFor();
        expect(await own.locator('#user-change-role-error').textContent()).toMatch(/admin/i);
        await own.getByRole('button', { name: 'Close' }).first().click();
        await own.waitFor({ state: 'detached' });

        // API tokens: create one (shown once, copied), then revoke it.
        await tabs.getByRole('link', { name: 'API tokens' }).click();
        await page.waitForURL((url) => url.searchParams.get('section') === 'tokens');
        expect(await tabs.getByRole('link', { name: 'API tokens' }).getAttribute('aria-current')).toBe('page');
        const tokenName = `sync ${rand()}`;
        await page.getByLabel('What it is for').fill(tokenName);
        await page.getByLabel('Valid for (days, 1 to 365)').fill('30');
        await page.getByLabel('Your password').fill(DEMO_PASSWORD);
        await page.getByLabel('Code from your authenticator').fill(nextCode());
        await page.getByRole('button', { name: 'Create token' }).click();
        const created = page.getByRole('heading', { name: `Token “${tokenName}” created` });
        await created.waitFor();
        expect(await isFocused(created)).toBe(true);
        await page.getByText('Copy it now: it will not be shown again.').waitFor();
        const secret = await page.getByLabel('Token', { exact: true }).inputValue();
        expect(secret).toMatch(/^ddk_/);
        await page.getByRole('button', { name: 'Copy token' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /Copied\.|Could not copy/ })
          .waitFor();
        await checkBothLanguages(page, 'admin-token-created');
        await page.getByRole('button', { name: 'I have copied it' }).click();
        expect(await page.content()).not.toContain(secret);
        const tokens = page.getByRole('table', { name: 'API tokens of the agency' });
        const tokenRow = tokens.getByRole('row').filter({ hasText: tokenName });
        await tokenRow.getByText('Active').waitFor();
        await tokenRow.getByRole('button', { name: `Revoke token ${tokenName}` }).click();
        await tokenRow.getByText(/will stop working at once/).waitFor();
        await tokenRow.getByRole('button', { name: 'Yes, revoke' }).click();
        await tokenRow.getByText('Revoked').waitFor();
        await checkBothLanguages(page, 'admin-tokens');

        // Identity conflicts: the names of the differing fields only; resolved with a reason.
        await tabs.getByRole('link', { name: 'Identity conflicts' }).click();
        await page.waitForURL((url) => url.searchParams.get('section') === 'conflicts');
        const conflicts = page.getByRole('table', { name: 'Open identity conflicts' });
        const conflictRow = conflicts.getByRole('row').filter({ hasText: conflictReference });
        await conflictRow.getByText(/full name/).waitFor();
        const shown = (await page.locator('main').textContent()) ?? '';
        expect([...Object.values(ON_FILE), ...Object.values(PROBE)].filter((v) => shown.includes(v))).toEqual([]);
        await checkBothLanguages(page, 'admin-conflicts');
        const resolve = conflictRow.getByRole('button', { name: `Resolve the conflict on ${conflictReference}` });
        await resolve.focus();
        await page.keyboard.press('Enter');
        const resolveDialog = page.getByRole('dialog', { name: `Resolve the conflict on ${conflictReference}` });
        await resolveDialog.waitFor();
        await resolveDialog.getByRole('button', { name: 'Record the resolution' }).click();
        await resolveDialog.getByText('Choose which details are right.').waitFor();
        await resolveDialog.getByText('Give a reason.').waitFor();
        await expectNoAxeViolations(page, 'resolve dialog with errors (en)');
        await screenshot(page, 'admin-resolve-dialog-en');
        await resolveDialog.getByLabel('Keep the details on file').check();
        await resolveDialog.getByLabel('Reason (kept in the history)').fill('Checked the booking photo and the file.');
        await resolveDialog.getByRole('button', { name: 'Record the resolution' }).click();
        await resolveDialog.waitFor({ state: 'detached' });
        await page.getByText(`Conflict on ${conflictReference} resolved.`).waitFor();
        await conflictRow.waitFor({ state: 'detached' });
        expect(await isFocused(page.getByRole('heading', { level: 2, name: 'Identity conflicts' }))).toBe(true);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('an officer opening /desk/admin gets the 403 page', { timeout: FLOW_TIMEOUT }, async () => {
    const { context, page } = await web!.openPage();
    try {
      await signInAs(web!, page, 'records-officer');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: /^(Audit|Administration)$/ }).count()).toBe(0);
      await page.goto(web!.url('/desk/admin'));
      await page.getByRole('heading', { level: 1, name: 'Not open to your role' }).waitFor();
      await page.goto(web!.url('/desk/audit'));
      await page.getByRole('heading', { level: 1, name: 'Not open to your role' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
