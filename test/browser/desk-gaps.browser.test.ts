import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, switchLanguage, type WebApp } from './support/browser.js';
import { api, checkBothLanguages, checkWidths, signedIn } from './support/desk-checks.js';

/**
 * The detainer page and intake gaps of issue 11: the scanned request's hash (hashed in the
 * browser at intake, shown on the page), the days a business-day hold clock skips (named, in
 * English and Spanish), the facts editor (a missing conviction supplied row by row changes the
 * decision), and only the notices the law calls for. axe-core at 1366 and 390 px in both languages.
 */
const FLOW_TIMEOUT = 120_000;
let web: WebApp;
const run = Math.random().toString(36).slice(2, 8).toUpperCase();

describeInBrowser('detainer page and intake gaps', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  it(
    'the officer attaches the scanned request at intake; the page shows its SHA-256, the one the browser computed',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda');
      await page.goto(web.url('/desk/new'));
      await page.locator('#intake-form').waitFor();
      const scan = Buffer.from(`%PDF-1.4 synthetic scanned request ${run}\n`);
      const sha = createHash('sha256').update(scan).digest('hex');
      await page.locator('#intake-form').selectOption('I-247A');
      await page.locator('#intake-federalReference').fill(`DOC-${run}`);
      await page.locator('#intake-issuedDate').fill('2026-11-28');
      await page.locator('#intake-issuedTime').fill('09:00');
      await page.locator('#intake-subjectReference').fill(`BK-DOC-${run}`);
      await page
        .locator('#intake-document')
        .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan });
      await page.getByText(sha).waitFor();
      // A file of another kind is refused at the field, before submit.
      await page
        .locator('#intake-document')
        .setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
      await page.getByRole('button', { name: 'Log the request' }).click();
      await page.locator('#intake-document-error').getByText('Attach a PDF, JPEG, PNG, TIFF or WebP file.').waitFor();
      await page
        .locator('#intake-document')
        .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan });
      await page.getByText(sha).waitFor();
      await page.getByRole('button', { name: 'Log the request' }).click();
      await page.waitForURL(/\/desk\/detainers\/[0-9a-f-]{36}$/);
      await page.locator('#document-sha256').waitFor();
      expect(await page.locator('#document-sha256').textContent()).toBe(sha);
      await page.getByText('This fingerprint proves which scan was logged').waitFor();
      await checkBothLanguages(page, 'gaps-document-hash');

      // A request logged without one says so.
      const other = await api(page, 'POST', '/api/v1/detainers', {
        form: 'I-247A',
        issuedAt: '2026-11-28T09:00:00-08:00',
        federalReference: `NODOC-${run}`,
        subject: { reference: `BK-NODOC-${run}` },
      });
      await page.goto(web.url(`/desk/detainers/${String(other.id)}`));
      await page.getByText('No document recorded.').waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a business-day hold lists the days it skips by name: Thanksgiving and the weekend, in English and Spanish',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'harris');
      const created = await api(page, 'POST', '/api/v1/detainers', {
        form: 'I-247D',
        formEdition: '2015',
        warrant: 'administrative',
        probableCause: ['biometric-database'],
        issuedAt: '2016-11-21T09:00:00-06:00',
        receivedAt: '2016-11-21T09:30:00-06:00',
        federalReference: `TG-${run}`,
        subject: { reference: `BK-TG-${run}` },
      });
      const id = String(created.id);
      let view = await api(page, 'GET', `/api/v1/detainers/${id}`);
      if ((view.decision as { error?: { fact?: string } } | null)?.error?.fact) {
        view = await api(page, 'POST', `/api/v1/detainers/${id}/events`, {
          type: 'facts-updated',
          expectedVersion: view.version,
          facts: { proofOfLawfulStatus: false },
        });
      }
      view = await api(page, 'POST', `/api/v1/detainers/${id}/events`, {
        type: 'release-eligible',
        expectedVersion: view.version,
        at: '2016-11-23T10:00:00-06:00',
        reason: 'bond-posted',
      });
      expect(
        (view.deadlines as { excludedDays: unknown[] } | undefined)?.excludedDays,
        JSON.stringify(view),
      ).toHaveLength(3);
      await page.goto(web.url(`/desk/detainers/${id}`));
      const list = page.locator('.excluded-days li');
      await list.first().waitFor();
      expect(await list.allInnerTexts()).toEqual([
        'Thu, Nov 24, 2016, Thanksgiving Day',
        'Sat, Nov 26, 2016, weekend',
        'Sun, Nov 27, 2016, weekend',
      ]);
      await switchLanguage(page, 'es');
      await page.getByText('Día de Acción de Gracias').waitFor();
      expect((await list.allInnerTexts())[1]).toContain('fin de semana');
      await switchLanguage(page, 'en');
      await checkBothLanguages(page, 'gaps-excluded-days');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the facts editor: a missing conviction is supplied row by row and the decision changes; only the notices the law calls for',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda');
      const created = await api(page, 'POST', '/api/v1/detainers', {
        form: 'I-247A',
        issuedAt: '2026-11-28T09:00:00-08:00',
        federalReference: `FX-${run}`,
        subject: { reference: `BK-FX-${run}` },
      });
      await page.goto(web.url(`/desk/detainers/${String(created.id)}`));
      await page.getByText('Missing fact: the person’s convictions.').waitFor();
      // Notices: only California's, and none for Texas.
      await page.getByText('The law in force calls for: TRUTH Act: copy of the request and intent.').waitFor();
      await page.getByRole('button', { name: 'Supply the missing facts' }).click();
      const facts = page.getByRole('dialog', { name: 'Update facts' });
      const convictions = facts.getByRole('group', { name: 'Convictions', exact: true });
      await convictions.getByLabel('What is known').selectOption('list');
      const row = facts.getByRole('group', { name: 'Conviction 1' });
      // A row without its date and level: the errors sit at those fields.
      await facts.getByRole('button', { name: 'Review' }).click();
      await row.getByLabel('Date of conviction').and(page.locator('[aria-invalid="true"]')).waitFor();
      await row.getByLabel('Date of conviction').fill('2019-05-01');
      await row.getByLabel('Level').selectOption('felony');
      await row.getByLabel('Serious felony (Cal. Penal Code 1192.7(c))').check();
      await facts.getByRole('button', { name: 'Add a conviction' }).click();
      await facts.getByRole('button', { name: 'Remove conviction 2' }).click();
      expect(await facts.getByRole('group', { name: 'Conviction 2' }).count()).toBe(0);
      await facts
        .getByRole('group', { name: 'Pending charges', exact: true })
        .getByLabel('What is known')
        .selectOption('none');
      await checkWidths(page, 'gaps-facts-editor', 'en');
      await facts.getByRole('button', { name: 'Review' }).click();
      await facts.getByText('2019-05-01 · Felony · serious-felony').waitFor();
      await facts.getByRole('button', { name: 'Record' }).click();
      await facts.waitFor({ state: 'detached' });
      expect(await page.getByText('Missing fact: the person’s convictions.').count()).toBe(0);
      await page.getByText('Hold forbidden').waitFor();

      // The editor in Spanish (the language is switched outside the dialog).
      await switchLanguage(page, 'es');
      await page.getByRole('button', { name: 'Actualizar datos' }).click();
      const datos = page.getByRole('dialog', { name: 'Actualizar datos' });
      await datos
        .getByRole('group', { name: 'Condenas', exact: true })
        .getByLabel('Lo que se sabe')
        .selectOption('list');
      await datos.getByRole('group', { name: 'Condena 1' }).waitFor();
      await checkWidths(page, 'gaps-facts-editor', 'es');
      await datos.getByRole('button', { name: 'Cancelar' }).click();
      await switchLanguage(page, 'en');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a Texas intake: the fact the form does not ask is answered beside the preview and logged with the request',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'harris');
      await page.goto(web.url('/desk/new'));
      await page.locator('#intake-form').selectOption('I-247A');
      await page.locator('#intake-warrant').selectOption('administrative');
      await page.locator('.intake-form .checkbox-group input[type="checkbox"]').nth(2).check(); // biometric-database
      await page.locator('#intake-federalReference').fill(`TX-${run}`);
      await page.locator('#intake-issuedDate').fill('2026-11-28');
      await page.locator('#intake-issuedTime').fill('09:00');
      await page.locator('#intake-subjectReference').fill(`BK-TX-${run}`);
      const fact = page.locator('.assumed-fact');
      await fact.waitFor();
      await fact.getByText('logged with the request as a fact about the person').waitFor();
      await fact.getByLabel('No').check();
      await expect
        .poll(() => page.locator('.preview-actions li[data-action="hold"]').textContent())
        .toBe('Hold: required (comply)');
      await checkBothLanguages(page, 'gaps-texas-intake-preview');
      await page.getByRole('button', { name: 'Log the request' }).click();
      await page.waitForURL(/\/desk\/detainers\/[0-9a-f-]{36}$/);
      await page.getByText('Hold required').first().waitFor();
      expect(await page.getByText('The law could not decide').count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );
});
