import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

describeEachEngine('public routes: health, places, OpenAPI', ({ database, engine }) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(database());
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('reports health and the engine in use', async () => {
    const res = await get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, version: 'test' });
  });

  it('lists 50 states, DC and 5 territories with USPS codes and FIPS', async () => {
    const { states } = (await get('/api/v1/places/states')).json();
    expect(states).toHaveLength(56);
    expect(states.filter((s: { kind: string }) => s.kind === 'state')).toHaveLength(50);
    expect(states).toContainEqual({
      code: 'CA',
      fips: '06',
      name: 'California',
      kind: 'state',
      timeZone: 'America/Los_Angeles',
    });
    expect(states).toContainEqual(expect.objectContaining({ code: 'DC', kind: 'district' }));
    expect(states).toContainEqual(expect.objectContaining({ code: 'PR', kind: 'territory' }));
  });

  it("lists a state's counties with their own time zones", async () => {
    const ca = (await get('/api/v1/places/counties?state=CA')).json().counties;
    expect(ca).toHaveLength(58);
    expect(ca).toContainEqual({ fips: '06001', name: 'Alameda', stateCode: 'CA', timeZone: 'America/Los_Angeles' });
    const tx = (await get('/api/v1/places/counties?state=tx')).json().counties;
    expect(tx).toHaveLength(254);
    expect(tx.find((c: { fips: string }) => c.fips === '48141').timeZone).toBe('America/Denver');
  });

  it('shows one state with its counties, and one county with its state', async () => {
    const state = (await get('/api/v1/places/states/IL')).json();
    expect(state.state.name).toBe('Illinois');
    expect(state.counties).toHaveLength(102);
    const county = (await get('/api/v1/places/counties/17031')).json();
    expect(county).toMatchObject({ county: { name: 'Cook', stateCode: 'IL' }, state: { code: 'IL' } });
  });

  it('answers 404 for unknown places and 400 for malformed codes', async () => {
    const unknownState = await get('/api/v1/places/states/ZZ');
    expect(unknownState.statusCode).toBe(404);
    expect(unknownState.json().error).toMatchObject({ code: 'PLACE.NOT_FOUND', details: { field: 'state' } });
    expect((await get('/api/v1/places/counties/99999')).statusCode).toBe(404);
    const malformed = await get('/api/v1/places/counties?state=California');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.field).toBe('state');
    expect((await get('/api/v1/places/counties')).json().error.details.field).toBe('state');
  });

  it('publishes an OpenAPI document that covers every API route, and interactive docs', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/health',
      '/api/v1/places/states',
      '/api/v1/places/counties',
      '/api/v1/auth/sign-in',
      '/api/v1/tokens',
      '/api/v1/detainers',
      '/api/v1/detainers/{id}',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(doc.paths['/api/v1/detainers'].post.requestBody.content['application/json'].schema.required).toContain(
      'form',
    );
    const docs = await get('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('tags every answer with a request id', async () => {
    const res = await get('/api/v1/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
