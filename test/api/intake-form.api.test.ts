import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

describeEachEngine('the intake form choices over HTTP', ({ database }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database());
  });
  const get = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/intake/form', headers: bearer(token) });

  it("answers the catalogue, the caller's own facilities and discretion, and the request schema's constraints", async () => {
    const res = await get(await tokenFor(t.services, DEMO.alameda('records-officer')));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.facilities).toEqual([{ id: '00000000-0000-4000-9000-000000000001', name: expect.any(String) }]);
    expect(['comply', 'decline']).toContain(body.discretion);
    expect(body.forms).toContainEqual(
      expect.objectContaining({ form: 'I-247A', edition: '2017-02', inUseFrom: '2017-04-02', inUseUntil: null }),
    );
    expect(body.forms.length).toBeGreaterThanOrEqual(8);
    // The constraints of POST /detainers, as its schema declares them.
    expect(body.request.required).toEqual(expect.arrayContaining(['form', 'issuedAt', 'subject']));
    expect(body.request.properties.federalReference).toMatchObject({ minLength: 1, maxLength: 64 });
    expect(body.request.properties.subject.properties.reference).toMatchObject({ maxLength: 64 });
    expect(body.request.properties.subject.properties.aNumber).toMatchObject({ 'x-problem': expect.any(String) });
  });

  it('is for roles that log requests (not the auditor) and never lists another agency facility', async () => {
    expect((await get(await tokenFor(t.services, DEMO.alameda('auditor')))).statusCode).toBe(403);
    const harris = await get(await tokenFor(t.services, DEMO.harris('records-officer')));
    expect(harris.statusCode).toBe(200);
    expect(harris.body).not.toContain('00000000-0000-4000-9000-000000000001');
  });
});
