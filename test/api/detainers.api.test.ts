import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

describeEachEngine('detainer requests over HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;
  let auditor: string;
  let liaison: string;
  let otherAgency: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    auditor = await tokenFor(t.services, DEMO.alameda('auditor'));
    liaison = await tokenFor(t.services, DEMO.alameda('federal-liaison'));
    otherAgency = await tokenFor(t.services, DEMO.harris('records-officer'));
  });

  const post = (token: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/detainers', headers: bearer(token), payload: payload as object });
  const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const total = async () => (await get(officer, '/api/v1/detainers?limit=1')).json().total as number;

  it('creates a request with a token and reads it back', async () => {
    const body = newDetainerBody();
    const created = await post(officer, body);
    expect(created.statusCode).toBe(201);
    const json = created.json();
    expect(created.headers.location).toBe(`/api/v1/detainers/${json.id}`);
    expect(json).toMatchObject({
      form: 'I-247A',
      warrant: 'administrative',
      probableCause: ['biometric-database'],
      requestedActions: ['hold', 'notify', 'transfer'],
      issuedAt: '2026-11-28T17:00:00.000Z',
      federalReference: body.federalReference,
      subject: { aNumber: 'A123456789' },
    });
    const read = await get(officer, `/api/v1/detainers/${json.id}`);
    expect(read.statusCode).toBe(200);
    // The view is the request as logged, plus its status, decision, deadlines and history.
    expect(read.json()).toMatchObject({ ...json, status: 'pending', version: 2 });
  });

  it('derives what each form asks: the I-247N asks only for notification', async () => {
    // A PEP form: issued from 2015 until 2017-04-02 (form-catalogue.ts).
    const created = await post(
      officer,
      newDetainerBody({
        form: 'I-247N',
        formEdition: undefined,
        warrant: 'none',
        issuedAt: '2016-05-02T09:00:00-08:00',
        receivedAt: '2016-05-02T09:30:00-08:00',
      }),
    );
    expect(created.json().requestedActions).toEqual(['notify']);
  });

  it('pages the list, newest receipt first', async () => {
    const first = await get(officer, '/api/v1/detainers?limit=2&offset=0');
    const second = await get(officer, '/api/v1/detainers?limit=2&offset=2');
    expect(first.statusCode).toBe(200);
    const a = first.json();
    const b = second.json();
    expect(a.items).toHaveLength(2);
    expect(a.total).toBe(b.total);
    expect(a.total).toBeGreaterThanOrEqual(6);
    const ids = [...a.items, ...b.items].map((d: { id: string }) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...a.items, ...b.items].map((d: { receivedAt: string }) => d.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('leaves personal data out of the list: the subject appears only by reference', async () => {
    await post(
      officer,
      newDetainerBody({ subject: { reference: 'BK-LIST-1', fullName: 'Listed Person', aNumber: 'A111222333' } }),
    );
    const list = await get(officer, '/api/v1/detainers?limit=200');
    for (const item of list.json().items) expect(Object.keys(item.subject).sort()).toEqual(['id', 'reference']);
    expect(list.body).not.toMatch(/Listed Person|A111222333|birthDate|fullName|aNumber/);
  });

  it('answers 401 without a credential and with a bad token', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/detainers' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('AUTH.UNAUTHENTICATED');
    const bad = await get('ddk_not-a-real-token', '/api/v1/detainers');
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', message: 'The API token is not valid.' });
  });

  it('answers 403 to a role without the right, and writes nothing', async () => {
    const before = await total();
    const res = await post(auditor, newDetainerBody());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
    expect(await total()).toBe(before);
  });

  it("answers 404 for another agency's request, an unknown id and a malformed id", async () => {
    const mine = (await post(officer, newDetainerBody())).json();
    for (const url of [
      `/api/v1/detainers/${mine.id}`,
      '/api/v1/detainers/6f1c1f3e-1111-4222-8333-444455556666',
      '/api/v1/detainers/not-an-id',
    ]) {
      const res = await get(otherAgency, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('DETAINER.NOT_FOUND');
    }
    const list = (await get(otherAgency, '/api/v1/detainers?limit=200')).json();
    expect(list.items.map((d: { id: string }) => d.id)).not.toContain(mine.id);
  });

  it('lets a federal liaison see only the requests it submitted', async () => {
    const own = (await post(liaison, newDetainerBody())).json();
    const officers = (await post(officer, newDetainerBody())).json();
    const list = (await get(liaison, '/api/v1/detainers?limit=200')).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([own.id]);
    expect((await get(liaison, `/api/v1/detainers/${officers.id}`)).statusCode).toBe(404);
    expect((await get(liaison, `/api/v1/detainers/${own.id}`)).statusCode).toBe(200);
  });

  it('refuses a second request with the same federal reference, without a partial write', async () => {
    const body = newDetainerBody();
    expect((await post(officer, body)).statusCode).toBe(201);
    const before = await total();
    const again = await post(officer, { ...body, subject: { reference: 'BK-another-one' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'DETAINER.DUPLICATE_REFERENCE',
      details: { field: 'federalReference' },
    });
    expect(await total()).toBe(before);
  });

  it('reuses the subject when a second request names the same booking reference', async () => {
    const first = (
      await post(officer, newDetainerBody({ subject: { reference: 'BK-shared-1', fullName: 'First Name' } }))
    ).json();
    const second = (await post(officer, newDetainerBody({ subject: { reference: 'BK-shared-1' } }))).json();
    // The answer to a submission is what was submitted (finding 1); the view shows the record on file.
    expect(second.subject.fullName).toBeNull();
    const view = (await get(officer, `/api/v1/detainers/${second.id}`)).json();
    expect(view.subject.id).toBe(first.subject.id);
    expect(view.subject.fullName).toBe('First Name');
    // A submission that leaves a detail out says nothing about it: no identity conflict.
    expect(view.identityConflict).toBeNull();
  });

  it('refuses a facility of another agency', async () => {
    const res = await post(officer, newDetainerBody({ facilityId: '00000000-0000-4000-9000-000000000002' }));
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'FACILITY.NOT_FOUND', details: { field: 'facilityId' } });
  });
});
