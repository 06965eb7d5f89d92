import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startWebApp, switchLanguage, type WebApp } from './support/browser.js';
import { api, checkBothLanguages, signedIn } from './support/desk-checks.js';

/**
 * Screen defects found in review, as a person sees them: the role named in Spanish as a records
 * office says it, the scanned request in the detainer's history (short hash opening to the full
 * one, type, size: no raw JSON), and the reads log's channel of the demo data recorded on the
 * server itself. axe-core at 1366 and 390 px in English and Spanish, screenshots of each.
 */
const FLOW_TIMEOUT = 120_000;
let web: WebApp;

describeInBrowser('review fixes on the desk’s screens', () => {
  beforeAll(async () => {
    web = await startWebApp();
  }, 120_000);
  afterAll(async () => web?.dispose());

  it(
    'the desk names the role in Spanish (“Rol: oficial de registros”), and the admin page every role',
    async () => {
      const officer = await signedIn(web, 'records-officer', 'alameda');
      await officer.page.getByText(/Role: records officer\.$/).waitFor();
      await switchLanguage(officer.page, 'es');
      await officer.page.getByText(/Rol: oficial de registros\.$/).waitFor();
      expect(await officer.page.getByText('Función').count()).toBe(0);
      await switchLanguage(officer.page, 'en');
      await checkBothLanguages(officer.page, 'review-desk-role');
      expect(officer.pageErrors).toEqual([]);
      await officer.context.close();

      const admin = await signedIn(web, 'admin', 'alameda');
      await admin.page.goto(web.url('/desk/admin'));
      const users = admin.page.getByRole('table', { name: 'Users of the agency' });
      await users.waitFor();
      await switchLanguage(admin.page, 'es');
      const usuarios = admin.page.getByRole('table', { name: 'Usuarios de la agencia' });
      await usuarios.waitFor();
      const roles = await usuarios.locator('td[data-label="Rol"]').allInnerTexts();
      for (const role of ['administrador', 'oficial de registros', 'supervisor', 'auditor', 'enlace federal']) {
        expect(
          roles.map((r) => r.trim()),
          role,
        ).toContain(role);
      }
      await switchLanguage(admin.page, 'en');
      await checkBothLanguages(admin.page, 'review-admin-roles');
      expect(admin.pageErrors).toEqual([]);
      await admin.context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the history shows the scanned request as the page does: short hash (opens to the full one), type and size',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'records-officer', 'alameda');
      const sha = randomBytes(32).toString('hex');
      const reference = `BK-REV-${sha.slice(0, 6)}`;
      const created = await api(page, 'POST', '/api/v1/detainers', {
        form: 'I-247A',
        issuedAt: '2026-11-28T09:00:00-08:00',
        federalReference: `REV-${sha.slice(0, 6)}`,
        subject: { reference },
        document: { sha256: sha, mediaType: 'application/pdf', bytes: 2560 },
      });
      expect(created.id, JSON.stringify(created)).toEqual(expect.any(String));
      await page.goto(web.url(`/desk/detainers/${String(created.id)}`));
      const timeline = page.locator('.timeline');
      const scan = timeline.locator('details.event-document');
      await scan.waitFor();
      expect(await scan.locator('summary').innerText()).toBe(
        `Scanned request: SHA-256 ${sha.slice(0, 12)}… (application/pdf, 2.5 kB)`,
      );
      expect(await timeline.innerText()).not.toMatch(/sha256|mediaType|"bytes"/);
      // The full value, on demand (keyboard: the summary is a button).
      expect(await scan.locator('code').isVisible()).toBe(false);
      await scan.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await scan.locator('code').innerText()).toBe(sha);
      await checkBothLanguages(page, 'review-timeline-document');
      await switchLanguage(page, 'es');
      expect(await scan.locator('summary').innerText()).toBe(
        `Solicitud escaneada: SHA-256 ${sha.slice(0, 12)}… (application/pdf, 2.5 kB)`,
      );
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'the reads log says the demo data’s reads were recorded on the server itself, not by a person at the command line',
    async () => {
      const { context, page, pageErrors } = await signedIn(web, 'auditor', 'alameda');
      await page.goto(web.url('/desk/audit'));
      const reads = page.getByRole('table', { name: 'Reads of personal data, newest first' });
      await reads.getByText('on the server: command line or demo data').first().waitFor();
      expect(await page.getByText('server command line').count()).toBe(0);
      await checkBothLanguages(page, 'review-audit-channel');
      await switchLanguage(page, 'es');
      await page.getByText('en el servidor: línea de comandos o datos de demostración').first().waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    FLOW_TIMEOUT,
  );
});
