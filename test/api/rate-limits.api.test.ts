/**
 * Rate limits: anonymous callers per address, signed-in callers per user (whatever their address),
 * a stricter bucket for the costly routes, one between the two for the portal's figures; 429 REQUEST.RATE_LIMITED with Retry-After and the error
 * envelope; health never limited.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { alameda2018 } from '../support/evaluation-samples.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

function expectLimited(
  answer: LightMyRequestResponse,
  per: 'address' | 'user',
  bucket: 'general' | 'expensive' | 'portal',
) {
  expect(answer.statusCode).toBe(429);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(answer.json()).toEqual({
    error: {
      code: 'REQUEST.RATE_LIMITED',
      message: expect.stringContaining(per === 'user' ? 'this user' : 'this address'),
      details: { retryAfterSeconds: retryAfter, limit: expect.any(Number), windowSeconds: 60, bucket, per },
      requestId: answer.headers['x-request-id'],
    },
  });
}

describeEachEngine('rate limits', ({ database }) => {
  let t: TestApp;
  let officer: string;
  let auditor: string;

  beforeAll(async () => {
    t = await buildTestApp(database(), {
      trustProxy: true,
      rateLimit: { anonymous: 4, user: 4, expensiveAnonymous: 2, expensiveUser: 3, portalAnonymous: 3, portalUser: 3 },
    });
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    auditor = await tokenFor(t.services, DEMO.harris('auditor'));
  });
  afterAll(() => t.app.close());

  const from = (address: string, headers: Record<string, string> = {}) => ({
    'x-forwarded-for': address,
    ...headers,
  });

  it('limits anonymous callers per address, with 429, Retry-After and the error envelope', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await t.app.inject({ url: '/api/v1/places/states', headers: from('198.51.100.1') })).statusCode).toBe(
        200,
      );
    }
    expectLimited(
      await t.app.inject({ url: '/api/v1/places/states', headers: from('198.51.100.1') }),
      'address',
      'general',
    );
    // An address the client writes into X-Forwarded-For itself does not make a new budget: only the
    // one the proxy appends counts.
    expectLimited(
      await t.app.inject({ url: '/api/v1/places/states', headers: from('203.0.113.250, 198.51.100.1') }),
      'address',
      'general',
    );
    // Another address has its own budget.
    expect((await t.app.inject({ url: '/api/v1/places/states', headers: from('198.51.100.2') })).statusCode).toBe(200);
  });

  it('never limits health', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await t.app.inject({ url: '/api/v1/health', headers: from('198.51.100.3') })).statusCode).toBe(200);
    }
    expect((await t.app.inject({ url: '/api/v1/places/states', headers: from('198.51.100.3') })).statusCode).toBe(200);
  });

  it('limits signed-in callers per user, whatever their address', async () => {
    for (let i = 0; i < 4; i++) {
      const answer = await t.app.inject({
        url: '/api/v1/places/states',
        headers: from(`203.0.113.${i}`, bearer(officer)),
      });
      expect(answer.statusCode).toBe(200);
    }
    expectLimited(
      await t.app.inject({ url: '/api/v1/places/states', headers: from('203.0.113.99', bearer(officer)) }),
      'user',
      'general',
    );
    // Another user, from the same address, is not limited by the first one's requests.
    const other = await t.app.inject({ url: '/api/v1/places/states', headers: from('203.0.113.0', bearer(auditor)) });
    expect(other.statusCode).toBe(200);
    // Nor is an anonymous caller from that address.
    expect((await t.app.inject({ url: '/api/v1/places/states', headers: from('203.0.113.0') })).statusCode).toBe(200);
  });

  it('gives the costly routes a stricter bucket: replay, evaluate lists', async () => {
    const replay = { law: { state: 'CA' }, at: '2018-01-01', from: '2014-01-01', to: '2014-01-31' };
    const address = '192.0.2.10';
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/replay', payload: replay, headers: from(address) }))
        .statusCode,
    ).toBe(200);
    // One evaluation is not costly: it counts against the general bucket only.
    const single = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      payload: alameda2018,
      headers: from(address),
    });
    expect(single.statusCode).toBe(200);
    // A list is: the second costly request, within the costly budget (2).
    const list = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/evaluate', payload: [alameda2018], headers: from(address) });
    expect((await list()).statusCode).toBe(200);
    // The third, within the general budget (4) but over the costly one (2).
    expectLimited(await list(), 'address', 'expensive');
  });

  it("gives the portal's figures a bucket of their own: statistics, releases, the law map and panel", async () => {
    const address = '192.0.2.11';
    const figures = [
      '/api/v1/stats/detainers?groupBy=year',
      '/api/v1/stats/releases',
      '/api/v1/law/map?at=2018-01-01&action=hold&profile=no-record',
    ];
    for (const url of figures) expect((await t.app.inject({ url, headers: from(address) })).statusCode).toBe(200);
    // The fourth figure is within the general budget (4) but over the portal's (3).
    expectLimited(
      await t.app.inject({
        url: '/api/v1/law/panel?from=2018-01-01&to=2018-01-31&profile=no-record&fips=06001',
        headers: from(address),
      }),
      'address',
      'portal',
    );
  });

  it('limits bulk intake per user in the stricter bucket', async () => {
    const clerk = await tokenFor(t.services, DEMO.harris('records-officer'));
    const csv = 'federalReference,form,issuedAt,subjectReference\n,,,\n';
    const upload = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/detainers/import',
        payload: csv,
        headers: from('192.0.2.20', { ...bearer(clerk), 'content-type': 'text/csv' }),
      });
    // Three costly requests are allowed (the file is refused: nothing written); the fourth is within the
    // general budget (4) but over the costly one (3).
    for (let i = 0; i < 3; i++) expect((await upload()).statusCode).toBe(422);
    expectLimited(await upload(), 'user', 'expensive');
  });
});
