import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../web/src/shared/api';
import { ApiError, configureApi } from '../../web/src/shared/api';
import { startDemoServer } from '../support/test-server.js';

/**
 * The web app's API functions (web/src/shared/api) against the real server, in-process, under
 * Node's fetch: the base URL points at the server, a small cookie jar stands in for the browser's.
 * What the types promise is checked at run time where it matters (error envelope, 204, shapes).
 */
describe('web API functions against the real API', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let restore: (() => void) | undefined;
  const jar = new Map<string, string>();

  /** fetch with cookies kept between calls, as a browser does for the same origin. */
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.delete(name!);
      else jar.set(name!, value!);
    }
    return response;
  };

  beforeAll(async () => {
    server = await startDemoServer();
    restore = configureApi({ baseUrl: `${server.url}/api/v1`, fetch: cookieFetch });
  });

  afterAll(async () => {
    restore?.();
    await server?.dispose();
  });

  /** The rejection of a call, as an ApiError (fails the test when it resolves or throws anything else). */
  async function failure(call: Promise<unknown>): Promise<ApiError> {
    const outcome = await call.then(
      () => null,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ApiError);
    return outcome as ApiError;
  }

  it('answers the public places and law library', async () => {
    const { states } = await api.listStates();
    expect(states.some((state) => state.code === 'CA')).toBe(true);
    const { state, counties } = await api.getState('CA');
    expect(state.name).toBe('California');
    expect(counties.find((county) => county.fips === '06001')?.name).toBe('Alameda');
    const county = await api.getCounty('06001');
    expect(county.state.code).toBe('CA');
    const rules = await api.getPlaceRules({ state: 'CA', countyFips: '06001' }, { at: '2016-01-01' });
    expect(rules.at).toBe('2016-01-01');
    expect(rules.rules.map((rule) => rule.id)).toContain('ca-gov-7282.5-hold');
    const rule = await api.getRule('ca-gov-7282.5-hold');
    expect(rule.versions.length).toBe(2);
  });

  it('turns an error answer into an ApiError with status, code, details and request id', async () => {
    const missing = await failure(api.getRule('no-such-rule'));
    expect(missing).toMatchObject({ status: 404, code: 'POLICY.NOT_FOUND' });
    expect(missing.requestId).toMatch(/\S/);

    const anonymous = await api.getSession();
    expect(anonymous).toEqual({ account: null });
    const unauthenticated = await failure(api.listDetainers());
    expect(unauthenticated).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });

    const wrong = await failure(
      api.signIn({ email: 'records-officer@alameda.demo.example', password: 'not-the-password' }),
    );
    expect(wrong).toMatchObject({ status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    expect(wrong.message).not.toContain('not-the-password');
  });

  it('signs in, reads the inbox and a detainer, and refuses a stale version with 409 and its details', async () => {
    const me = await api.signIn({ email: 'records-officer@alameda.demo.example', password: 'demo-password-2026' });
    expect(me.user.role).toBe('records-officer');
    expect((await api.getSession()).account?.user.id).toBe(me.user.id);
    expect((await api.getMe()).agency.id).toBe(me.agency.id);

    const page = await api.listDetainers({ limit: 2, offset: 0, sort: 'deadline' });
    expect(page.limit).toBe(2);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    const pending = (await api.listDetainers({ state: 'pending' })).items[0]!;

    const view = await api.getDetainer(pending.id);
    expect(view.id).toBe(pending.id);
    expect(typeof view.version).toBe('number');

    const conflict = await failure(
      api.recordDetainerEvent(pending.id, { type: 'cancelled', expectedVersion: view.version - 1, reason: 'test' }),
    );
    expect(conflict).toMatchObject({
      status: 409,
      code: 'DETAINER.VERSION_CONFLICT',
      details: { expectedVersion: view.version - 1, version: view.version },
    });
    expect((await api.getDetainer(pending.id)).version).toBe(view.version);

    const alarms = await api.listAlarms();
    expect(Array.isArray(alarms.alarms)).toBe(true);
  });

  it('names the bad field of a body (400 REQUEST.INVALID_FIELD) and sends CSV as text', async () => {
    const bad = await failure(api.createDetainer({} as Parameters<typeof api.createDetainer>[0]));
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('REQUEST.INVALID_FIELD');
    expect(typeof bad.details.field).toBe('string');

    const empty = await failure(api.importDetainersCsv(''));
    expect(empty).toMatchObject({ status: 400, code: 'REQUEST.INVALID_FIELD', details: { field: 'body' } });
  });

  it('signs out (204 answers undefined) and the session is gone', async () => {
    await expect(api.signOut()).resolves.toBeUndefined();
    expect(await api.getSession()).toEqual({ account: null });
  });

  it('says the server could not be reached as CLIENT.NETWORK', async () => {
    const back = configureApi({ baseUrl: 'http://127.0.0.1:9/api/v1' });
    try {
      const error = await failure(api.listStates());
      expect(error).toMatchObject({ status: 0, code: 'CLIENT.NETWORK' });
    } finally {
      back();
    }
  });
});
