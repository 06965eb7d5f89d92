import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  expectNoAxeViolations,
  isFocused,
  screenshot,
  startWebApp,
  switchLanguage,
  type DemoAgency,
  type WebApp,
} from './support/browser.js';
import { api, checkWidths, signedIn } from './support/desk-checks.js';

/**
 * The detainer page (/desk/detainers/:id) and recording what happens from it, as people at the
 * desk do it: by keyboard, in English and Spanish, with a second desk recording at the same time.
 */
const FLOW_TIMEOUT = 90_000;

/** The id of the demo detainer with this subject reference (the list carries no personal data and records no read). */
async function detainerId(page: Page, reference: string): Promise<string> {
  const list = (await api(page, 'GET', '/api/v1/detainers?limit=100')) as {
    items: Array<{ id: string; subject: { reference: string } }>;
  };
  const id = list.items.find((item) => item.subject.reference === reference)?.id;
  if (!id) throw new Error(`no demo detainer ${reference}`);
  return id;
}

async function openDetainer(web: WebApp, page: Page, reference: string): Promise<void> {
  await page.goto(web.url(`/desk/detainers/${await detainerId(page, reference)}`));
  await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
}

/** Presses Tab until the control named `name` has the focus (keyboard only: no clicks). */
async function tabTo(page: Page, role: 'button' | 'link', name: string | RegExp): Promise<void> {
  const target = page.getByRole(role, { name }).first();
  for (let i = 0; i < 80; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${role} ${String(name)}`);
}

/** In the dialog's confirmation: Tab past "Change" to "Record" and press Enter. */
async function confirmByKeyboard(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { level: 3 }).waitFor();
  await tabTo(page, 'button', /^(Record|Registrar)$/);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

describeInBrowser('detainer page', () => {
  let web: WebApp;
  beforeAll(async () => {
    web = await startWebApp();
  }, 180_000);
  afterAll(async () => {
    await web?.dispose();
  });

  const STATUS_CASES: Array<[DemoAgency, string, string]> = [
    ['harris', 'DEMO-BK-00202', 'holding'],
    ['harris', 'DEMO-BK-00203', 'transferred'],
    ['alameda', 'DEMO-BK-00101', 'missing-fact'],
    ['alameda', 'DEMO-BK-00102', 'released'],
    ['cook', 'DEMO-BK-00302', 'release-due'],
    ['cook', 'DEMO-BK-00304', 'cancelled'],
  ];
  for (const [agency, reference, label] of STATUS_CASES) {
    it(
      `has no axe violations in English and Spanish at 1366 and 390 px: ${label} (${agency})`,
      async () => {
        const { context, page, pageErrors } = await signedIn(web, 'records-officer', agency);
        await openDetainer(web, page, reference);
        const counts: string[] = [];
        for (const lang of ['en', 'es'] as const) {
          if (lang === 'es') await switchLanguage(page, 'es');
          // The decision's trace is checked open; the screenshots show it open too.
          const trace = page.locator('details.trace > summary');
          const hasTrace = (await trace.count()) > 0;
          if (hasTrace) await trace.click();
          const results = await checkWidths(page, `detainer-${label}`, lang);
          counts.push(
            ...results.map((r) => `${label} ${lang} ${r.width}: ${r.violations} violations, ${r.passes} rules passed`),
          );
          if (hasTrace) await trace.click();
        }
        expect(pageErrors).toEqual([]);
        await context.close();
        expect(counts).toHaveLength(4);
        process.stdout.write(`${counts.join('\n')}\n`);
      },
      FLOW_TIMEOUT,
    );
  }

  it(
    'a Harris officer sees the hold required under SB 4, records release eligibility and the transfer by keyboard',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'harris');
      await openDetainer(web, page, 'DEMO-BK-00201');
      await page.getByText('Hold required').waitFor();
      const rule = page.getByRole('link', { name: /Comply with, honor and fulfill the detainer request/ });
      expect(await rule.getAttribute('href')).toBe('/policies/tx-ccp-2.251');
      await page.getByRole('link', { name: 'Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017)' }).first().waitFor();
      expect(await page.getByRole('button').allInnerTexts()).not.toContain('Override a decision');

      // Release eligibility: the dialog opens with the focus inside; Enter submits; the confirmation shows what is recorded.
      await tabTo(page, 'button', 'Eligible for release');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Eligible for release' });
      await dialog.waitFor();
      expect(await isFocused(dialog.getByLabel('When (agency time)'))).toBe(true);
      // The time is now, the reason the first (bond posted): Enter in the time field submits the form.
      await page.keyboard.press('Enter');
      await dialog.getByText('bond posted').waitFor();
      await screenshot(page, 'detainer-dialog-confirm-en');
      await confirmByKeyboard(page);

      await page.getByText('Recorded: Eligible for release.').waitFor();
      await page.locator('.detainer-status').getByText('Holding').waitFor();
      await page.getByText(/^The hold ends /).waitFor();
      const countdown = page.getByRole('timer');
      expect(await countdown.innerText()).toMatch(/^\d+ (d|h) (\d+ (h|min) )?left$/);
      await page.getByText('Clock: 48 elapsed hours (flat, across weekends and holidays).').waitFor();
      await screenshot(page, 'detainer-harris-holding');

      // Transferred: the time may be left blank (now).
      await tabTo(page, 'button', 'Transferred to ICE');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Transferred to ICE' }).waitFor();
      await page.keyboard.press('Enter');
      await confirmByKeyboard(page);
      await page.locator('.detainer-status').getByText('Transferred').waitFor();
      await page.getByText('No hold is running.').waitFor();
      expect(await page.getByRole('button', { name: 'Transferred to ICE' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a Spanish reader sees an overdue duty’s alarm in Spanish, the duty in the library’s unofficial Spanish (Harris)',
    async () => {
      // Harris's fourth demo request: eligible for release 47 hours ago, the Texas notice not yet served.
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'harris', 'es');
      await openDetainer(web, page, 'DEMO-BK-00204');
      const alarms = page.locator('section[aria-labelledby="alarms-heading"]');
      const overdue = alarms.locator('li', { hasText: 'Obligación vencida:' });
      await overdue.waitFor();
      expect(await overdue.locator('span[lang="es"]').innerText()).toMatch(/^Informe a la persona que está detenida/);
      expect(await overdue.innerText()).toContain('(traducción no oficial)');
      expect(await alarms.innerText()).toContain('La retención termina en menos de 2 horas.');
      expect(await alarms.innerText()).not.toMatch(/Duty overdue|The hold ends/);
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoAxeViolations(page, `alarm es ${width}`);
      }
      await screenshot(page, 'detainer-alarm-es');
      await switchLanguage(page, 'en');
      await alarms.locator('li', { hasText: 'Duty overdue: Inform the person' }).waitFor();
      await expectNoAxeViolations(page, 'alarm en');
      await screenshot(page, 'detainer-alarm-en');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a Spanish reader sees the TRUTH Act duty in Spanish, marked as an unofficial translation (Alameda)',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda', 'es');
      await openDetainer(web, page, 'DEMO-BK-00101');
      const duties = page.locator('section[aria-labelledby="duties-heading"]');
      const copy = duties.locator('li', { hasText: 'Entregue a la persona una copia de la solicitud de ICE' });
      await copy.waitFor();
      expect(await copy.locator('span[lang="es"]').innerText()).toBe(
        'Entregue a la persona una copia de la solicitud de ICE e infórmele por escrito si la agencia tiene la intención de cumplirla.',
      );
      expect(await copy.innerText()).toContain('(traducción no oficial)');
      expect(await duties.innerText()).not.toContain('Give the person a copy of the ICE request');
      await screenshot(page, 'detainer-duties-es');
      await switchLanguage(page, 'en');
      await duties.locator('span[lang="en"]', { hasText: 'Give the person a copy of the ICE request' }).waitFor();
      expect(await duties.innerText()).not.toContain('traducción no oficial');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'an Alameda officer supplies the missing fact, sees the hold forbidden, serves the TRUTH Act notice in Spanish and downloads the PDF',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda');
      await openDetainer(web, page, 'DEMO-BK-00101');
      await page.getByText('Missing fact: the person’s convictions.').waitFor();
      await page.getByRole('button', { name: 'Supply the missing facts' }).click();
      const facts = page.getByRole('dialog', { name: 'Update facts' });
      // Nothing chosen: the form says so, at the fields.
      await facts.getByRole('button', { name: 'Review' }).click();
      await facts.getByText('Required.').waitFor();
      await facts.getByRole('group', { name: 'Convictions' }).getByLabel('What is known').selectOption('none');
      await facts.getByRole('group', { name: 'Pending charges' }).getByLabel('What is known').selectOption('none');
      for (const fact of [
        'Proof of lawful status',
        'Registrant',
        'Federal felony warrant',
        'Terrorist watch list match',
      ]) {
        await facts.getByLabel(fact).selectOption('false');
      }
      await facts.getByRole('button', { name: 'Review' }).click();
      await facts.getByRole('button', { name: 'Record' }).click();
      await facts.waitFor({ state: 'detached' });
      await page.getByText('Hold forbidden').waitFor();
      expect(await page.getByText('The law could not decide').count()).toBe(0);

      await switchLanguage(page, 'es');
      await page.getByRole('button', { name: 'Entregar un aviso' }).click();
      const notice = page.getByRole('dialog', { name: 'Entregar un aviso' });
      await notice.getByLabel('Aviso', { exact: true }).selectOption('ca-truth-copy-and-intent');
      await notice.getByLabel('Idioma del aviso').selectOption('es');
      await notice.getByRole('button', { name: 'Revisar' }).click();
      await notice.getByText('Ley TRUTH: copia de la solicitud e intención').waitFor();
      await screenshot(page, 'detainer-dialog-notice-es');
      await notice.getByRole('button', { name: 'Registrar' }).click();
      await notice.waitFor({ state: 'detached' });
      const link = page.getByRole('link', { name: /Descargar el PDF \(Ley TRUTH.*español\)/ }).first();
      await link.waitFor();
      await page.getByText('Idioma: español').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const answer = await context.request.get(web.url((await link.getAttribute('href'))!));
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe('application/pdf');
      expect((await answer.body()).subarray(0, 5).toString()).toBe('%PDF-');
      // The words served, read in the page only when opened, in the notice's own language.
      await page.getByText('Vista previa').first().click();
      const words = page.locator('.notice-preview[lang="es-US"]').first();
      await words.waitFor();
      expect((await words.locator('p').count()) > 2).toBe(true);
      await screenshot(page, 'detainer-alameda-notice-es');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a supervisor overrides an action the law leaves permitted, with a required reason',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'supervisor', 'alameda');
      await openDetainer(web, page, 'DEMO-BK-00103');
      const opener = page.getByRole('button', { name: 'Override a decision' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Override a decision' });
      await dialog.getByLabel('Action').selectOption('notify');
      await dialog.getByLabel('Decision').selectOption('decline');
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByText('Required.').waitFor();
      expect(await dialog.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
      // Escape closes the dialog and gives the focus back to the button; the form is kept.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await isFocused(opener)).toBe(true);
      await page.keyboard.press('Enter');
      await dialog.getByLabel('Reason').fill('County counsel: notify only with a judicial warrant (demo).');
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByText('County counsel: notify only with a judicial warrant (demo).').waitFor();
      await dialog.getByRole('button', { name: 'Record' }).click();
      await dialog.waitFor({ state: 'detached' });
      const notifyRow = page.getByRole('row', { name: /^notify/ });
      await notifyRow.getByText('decline: “County counsel: notify only with a judicial warrant (demo).”').waitFor();
      expect(await notifyRow.getByText('permitted').count()).toBe(1);
      await screenshot(page, 'detainer-override');
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'a version conflict between two desks: the form keeps what was typed, says what changed, and records on the new version',
    async () => {
      const first = await signedIn(web, 'records-officer', 'harris');
      const second = await signedIn(web, 'records-officer', 'harris');
      await openDetainer(web, first.page, 'DEMO-BK-00204');
      await openDetainer(web, second.page, 'DEMO-BK-00204');

      await first.page.getByRole('button', { name: 'Lifted by ICE' }).click();
      const dialog = first.page.getByRole('dialog', { name: 'Lifted by ICE' });
      const reason = 'ICE withdrew the request by phone (demo).';
      await dialog.getByLabel('Reason').fill(reason);

      // Meanwhile the other desk records that ICE was notified.
      await second.page.getByRole('button', { name: 'ICE notified' }).click();
      await second.page.getByRole('dialog').getByRole('button', { name: 'Review' }).click();
      await second.page.getByRole('dialog').getByRole('button', { name: 'Record' }).click();
      await second.page.getByText('Recorded: ICE notified.').waitFor();

      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByRole('button', { name: 'Record' }).click();
      const conflict = dialog.getByRole('alert');
      await conflict.getByText(/^Someone recorded “ICE notified” at \d{1,2}:\d{2}\s?(AM|PM)\.$/).waitFor();
      expect(await dialog.getByLabel('Reason').inputValue()).toBe(reason);
      await screenshot(first.page, 'detainer-conflict');
      await expectNoAxeViolations(first.page, 'conflict dialog');

      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByRole('button', { name: 'Record' }).click();
      await dialog.waitFor({ state: 'detached' });
      await first.page.locator('.detainer-status').getByText('Release now').waitFor();
      const history = first.page.locator('.timeline');
      await history.getByText('Lifted by ICE').waitFor();
      await history.getByText('ICE notified').waitFor();
      expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
      await first.context.close();
      await second.context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    "a Cook County officer serves Illinois' record for the annual report in Spanish, then reads it in the page: no name in it, no axe violations in either language at 1366 and 390 px",
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'cook');
      await openDetainer(web, page, 'DEMO-BK-00302');
      await switchLanguage(page, 'es');
      await page.getByRole('button', { name: 'Entregar un aviso' }).click();
      const dialog = page.getByRole('dialog', { name: 'Entregar un aviso' });
      await dialog.getByLabel('Aviso', { exact: true }).selectOption('il-annual-report-record');
      await dialog.getByLabel('Idioma del aviso').selectOption('es');
      await dialog.getByRole('button', { name: 'Revisar' }).click();
      await dialog.getByText('Illinois: registro para el informe anual').first().waitFor();
      await dialog.getByRole('button', { name: 'Registrar' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('link', { name: /Descargar el PDF \(Illinois: registro para el informe anual.*español\)/ })
        .first()
        .waitFor();
      await page.getByText('Vista previa').first().click();
      const words = page.locator('.notice-preview[lang="es-US"]').first();
      await words.waitFor();
      const text = await words.innerText();
      expect(text).toContain('5 ILCS 805/25');
      expect(text).not.toContain('DEMO-BK-00302');
      const counts: string[] = [];
      for (const lang of ['es', 'en'] as const) {
        if (lang === 'en') await switchLanguage(page, 'en');
        const results = await checkWidths(page, 'detainer-cook-annual-report', lang);
        counts.push(...results.map((r) => `${lang} ${r.width}: ${r.violations} violations, ${r.passes} rules passed`));
      }
      expect(pageErrors).toEqual([]);
      await context.close();
      process.stdout.write(`${counts.join('\n')}\n`);
    },
    FLOW_TIMEOUT,
  );
});
