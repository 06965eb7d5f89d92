import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/** Finding 6 (headers): CSP without inline script, no framing, no referrer, HSTS behind TLS only, no-store on personal data. */
describeEachEngine('finding 6: security headers over HTTP', ({ database }) => {
  let t: TestApp;
  let behindTls: TestApp;
  let officer: string;
  let liaison: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    behindTls = await buildTestApp(database(), { trustProxy: true });
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    liaison = await tokenFor(t.services, DEMO.alameda('federal-liaison'));
  });
  afterAll(async () => {
    await behindTls?.app.close();
  });

  const directives = (header: unknown) =>
    new Map(
      String(header)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values]),
    );

  it('sends a Content-Security-Policy with no inline script and no framing, and no referrer', async () => {
    for (const url of ['/api/v1/health', '/api/docs', '/api/docs/static/index.html', '/api/openapi.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('script-src-attr'), url).toEqual(["'none'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(csp.get('default-src'), url).toEqual(["'self'"]);
      expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
    // The docs page allows Swagger UI's one inline style by its hash; the app allows none.
    const docs = directives(
      (await t.app.inject({ method: 'GET', url: '/api/docs' })).headers['content-security-policy'],
    );
    expect(docs.get('style-src')?.[0]).toBe("'self'");
    expect(
      docs
        .get('style-src')
        ?.slice(1)
        .every((v) => v.startsWith("'sha256-")),
    ).toBe(true);
    const api = directives(
      (await t.app.inject({ method: 'GET', url: '/api/v1/health' })).headers['content-security-policy'],
    );
    expect(api.get('style-src')).toEqual(["'self'"]);
  });

  it('sends HSTS only behind a TLS proxy (TRUST_PROXY=true)', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(directives(plain.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(false);
    const tls = await behindTls.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(tls.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });

  it('marks every answer that may carry personal data Cache-Control: no-store', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(officer),
      payload: newDetainerBody(),
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const id = created.json().id as string;
    const csv = `federalReference,form,issuedAt,subjectReference\nHDR-${Date.now()},I-247A,2026-11-28T09:00:00-08:00,BK-HDR-1`;
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers/import',
      headers: { ...bearer(officer), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.headers['cache-control']).toBe('no-store');
    for (const [token, url] of [
      [officer, `/api/v1/detainers/${id}`],
      [officer, '/api/v1/detainers'],
      [officer, '/api/v1/identity-conflicts'],
      [officer, '/api/v1/alarms'],
      [officer, '/api/v1/auth/me'],
      [liaison, '/api/v1/detainers'],
      [officer, '/api/v1/detainers/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: DEMO.alameda('records-officer'), password: DEMO.password },
    });
    expect(signIn.headers['cache-control']).toBe('no-store');
  });
});
