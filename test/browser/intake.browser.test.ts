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
  TEST_TIMEOUT,
  type WebApp,
} from './support/browser.js';

/**
 * Intake (/desk/new) and bulk intake (/desk/import), as a records officer and a federal liaison
 * would use them: the form by keyboard, the law in force beside it, errors at the field and in a
 * focused summary, a CSV checked before it is logged. axe-core in English and Spanish at 1366 and
 * 390 px; SCREENSHOTS=1 saves each screen.
 */
let web: WebApp;
const run = Math.random().toString(36).slice(2, 8).toUpperCase();

describeInBrowser('intake screens', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  const openIntake = async (page: Page) => {
    await page.goto(web.url('/desk/new'));
    await page.locator('#intake-form').waitFor();
  };
  /** Focuses a control without the mouse, then types. */
  const typeInto = async (page: Page, id: string, keys: string) => {
    await page.locator(`#intake-${id}`).focus();
    await page.keyboard.type(keys);
  };
  const down = async (page: Page, id: string, times: number) => {
    await page.locator(`#intake-${id}`).focus();
    for (let i = 0; i < times; i++) await page.keyboard.press('ArrowDown');
  };

  it(
    'a Harris records officer logs a Texas request by keyboard; the preview says hold required with the Texas citation first',
    async () => {
      const { page, context, pageErrors } = await web.openPage();
      await signInAs(web, page, 'records-officer', 'harris');
      await openIntake(page);
      await down(page, 'form', 5); // I-247A
      await expect.poll(() => page.locator('#intake-form').inputValue()).toBe('I-247A');
      await down(page, 'warrant', 2); // administrative
      await page.keyboard.press('Tab'); // the first probable-cause box
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // biometric-database
      await typeInto(page, 'federalReference', `BR-TX-${run}`);
      await typeInto(page, 'issuedDate', '11282026');
      await typeInto(page, 'issuedTime', '0900AM');
      await typeInto(page, 'subjectReference', `BK-TX-${run}`);

      // Texas asks whether the person has shown proof of lawful status: the preview names the fact,
      // which the form does not ask: the officer answers it beside the preview (by keyboard: arrow keys in
      // the radio group), and the answer is logged with the request.
      const fact = page.locator('.assumed-fact');
      await fact.waitFor();
      expect(await page.locator('.law-preview .message-note').textContent()).toContain('proofOfLawfulStatus');
      await fact.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown'); // No
      const hold = page.locator('.preview-actions li[data-action="hold"]');
      await expect.poll(() => hold.textContent()).toBe('Hold: required (comply)');
      const citation = page.locator('.preview-rules a[href="/policies/tx-ccp-2.251"]');
      await citation.waitFor();
      await expectNoAxeViolations(page, 'intake with preview (en)');
      await screenshot(page, 'intake-preview-en');

      await page.locator('#intake-subjectReference').press('Enter');
      await page.waitForURL(/\/desk\/detainers\/[0-9a-f-]{36}$/);
      // The request was logged with the instant in the agency's zone (Chicago, standard time).
      const id = page.url().split('/').pop()!;
      const logged = await page.evaluate(
        (detainer) => fetch(`/api/v1/detainers/${detainer}`).then((r) => r.json()),
        id,
      );
      expect(logged).toMatchObject({ form: 'I-247A', issuedAt: '2026-11-28T15:00:00.000Z' });
      // The answer given beside the preview was logged as a fact, and the law decided with it at intake.
      const json = logged as { events: Array<{ type: string }>; decision: unknown };
      expect(json.events.map((e) => e.type)).toEqual(['received', 'facts-updated', 'evaluated']);
      expect(json.decision).toMatchObject({ error: null, actions: { hold: { modality: 'required' } } });
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT * 2,
  );

  it('flags a bad field at the field, and the summary takes the focus on submit', async () => {
    const { page, context } = await web.openPage();
    await signInAs(web, page, 'records-officer', 'harris');
    await openIntake(page);
    await typeInto(page, 'subjectANumber', 'B-12');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#intake-subjectANumber-error').textContent())
      .toBe('Write an A-number: A followed by 8 or 9 digits.');
    await page.locator('#intake-subjectANumber').press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    expect(await summary.locator('li').count()).toBe(4); // form, issued date, subject reference, A-number
    expect(await page.locator('#intake-form').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'intake errors (en)');
    await screenshot(page, 'intake-errors-en');
    // The summary links to the field.
    await summary.locator('a[href="#intake-subjectANumber"]').press('Enter');
    expect(await isFocused(page.locator('#intake-subjectANumber'))).toBe(true);

    await switchLanguage(page, 'es');
    await expect
      .poll(() => page.locator('#intake-subjectANumber-error').textContent())
      .toBe('Escriba un número A: A seguida de 8 o 9 dígitos.');
    await expectNoAxeViolations(page, 'intake errors (es)');
    await screenshot(page, 'intake-errors-es');
    await context.close();
  });

  it('a federal liaison submits a request', async () => {
    const { page, context } = await web.openPage();
    await signInAs(web, page, 'federal-liaison', 'alameda');
    await openIntake(page);
    await down(page, 'form', 5);
    await typeInto(page, 'issuedDate', '11282026');
    await typeInto(page, 'issuedTime', '0900AM');
    await typeInto(page, 'federalReference', `LIAISON-${run}`);
    await typeInto(page, 'subjectReference', `BK-LI-${run}`);
    await page.locator('.preview-actions, .law-preview .message-note').first().waitFor();
    await page.locator('#intake-subjectReference').press('Enter');
    await page.waitForURL(/\/desk\/detainers\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('bulk intake: a file with an invalid row shows the report and cannot be logged; a valid file is checked then logged', async () => {
    const { page, context } = await web.openPage();
    await signInAs(web, page, 'records-officer', 'harris');
    await page.goto(web.url('/desk/import'));
    const header = 'federalReference,form,formEdition,warrant,issuedAt,subjectReference,subjectANumber';
    const row = (n: number, extra = 'A123456789') =>
      `BULK-${run}-${n},I-247A,2017-02,administrative,2026-11-28T09:00:00-06:00,BK-BULK-${run}-${n},${extra}`;
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${row(1)}\nBULK-${run}-2,I-999,,,2026-13-01,,B-1\n`),
    });
    await page.getByRole('button', { name: 'Check the file' }).press('Enter');
    const invalid = page.locator('tr[data-outcome="invalid"]');
    await invalid.waitFor();
    expect(await page.locator('tr[data-outcome="valid"]').count()).toBe(1);
    const problems = await invalid.locator('li').allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(3); // every problem of the row: form, issuedAt, subject...
    expect(await page.getByRole('button', { name: /^Log \d+ requests$/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'import report (en)');
    await screenshot(page, 'import-report-en');
    expect(problems.join(' ')).toContain('must be an A-number');
    // A Spanish reader sees the server's problems in Spanish (said by their kind), the English original kept for API clients.
    await switchLanguage(page, 'es');
    await expect
      .poll(async () => (await invalid.locator('li').allTextContents()).join(' '))
      .toContain('debe ser un número A: la letra A seguida de 8 o 9 dígitos');
    expect(await invalid.locator('li [lang="es"]').count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page, 'import report (es)');
    await screenshot(page, 'import-report-es');
    await switchLanguage(page, 'en');

    await file.setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${row(1)}\n${row(2)}\n`),
    });
    await page.getByRole('button', { name: 'Check the file' }).press('Enter');
    const confirm = page.getByRole('button', { name: 'Log 2 requests' });
    await confirm.waitFor();
    await confirm.press('Enter');
    const created = page.locator('tr[data-outcome="created"] a');
    await expect.poll(() => created.count()).toBe(2);
    expect(await created.first().getAttribute('href')).toMatch(/^\/desk\/detainers\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'import result (en)');
    await screenshot(page, 'import-result-en');
    await context.close();
  });

  it(
    'axe: intake and import have no violations in English and Spanish at 1366 and 390 px',
    async () => {
      for (const lang of ['en', 'es'] as const) {
        for (const width of [1366, 390]) {
          const { page, context } = await web.openPage({ lang, width });
          await signInAs(web, page, 'records-officer', 'harris');
          if (lang === 'es') await switchLanguage(page, 'es');
          await openIntake(page);
          await down(page, 'form', 5);
          await page.locator('.assumed-fact').waitFor();
          await expectNoAxeViolations(page, `intake ${lang} ${width}`);
          if (width === 1366) await screenshot(page, `intake-${lang}`);
          await page.goto(web.url('/desk/import'));
          await page.locator('input[type="file"]').waitFor();
          await expectNoAxeViolations(page, `import ${lang} ${width}`);
          if (width === 1366) await screenshot(page, `import-${lang}`);
          await context.close();
        }
      }
    },
    TEST_TIMEOUT * 4,
  );
});
