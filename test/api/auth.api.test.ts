import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

describeEachEngine('sign-in, sessions and API tokens', ({ database }) => {
  let t: TestApp;
  let behindTls: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(database());
    behindTls = await buildTestApp(database(), { trustProxy: true });
  });

  const signIn = (app: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
    app.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, headers });

  it('signs in with a password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    // (Supervisors and admins also give a second-factor code: second-factor.api.test.ts.)
    const res = await signIn(t, DEMO.alameda('records-officer'), DEMO.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: DEMO.alameda('records-officer'), role: 'records-officer' },
      agency: { stateCode: 'CA', countyFips: '06001', synthetic: true },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^dd_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const res = await signIn(behindTls, DEMO.alameda('auditor'), DEMO.password, { 'x-forwarded-proto': 'https' });
    expect(String(res.headers['set-cookie'])).toContain('Secure');
  });

  it('accepts emails in any case and refuses a wrong password or unknown email alike', async () => {
    expect((await signIn(t, DEMO.alameda('auditor').toUpperCase(), DEMO.password)).statusCode).toBe(200);
    const wrong = await signIn(t, DEMO.alameda('auditor'), 'not the password');
    const unknown = await signIn(t, 'nobody@example.org', DEMO.password);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('answers "who is signed in" without a 401: the account, or null', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ account: null });
    const res = await signIn(t, DEMO.alameda('auditor'), DEMO.password);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.json().account.user.role).toBe('auditor');
  });

  it('uses the session cookie for API calls until sign-out', async () => {
    const res = await signIn(t, DEMO.alameda('records-officer'), DEMO.password);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.role).toBe('records-officer');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/detainers', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThanOrEqual(4);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('creates a personal API token that acts as its owner, and stores only its digest', async () => {
    const sessionRes = await signIn(t, DEMO.alameda('records-officer'), DEMO.password);
    const cookie = String(sessionRes.headers['set-cookie']).split(';')[0]!;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie },
      payload: { name: 'records system sync', password: DEMO.password },
    });
    expect(created.statusCode).toBe(201);
    const { token } = created.json();
    expect(token).toMatch(/^ddk_[\w-]{43}$/);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
    expect(me.json().user.email).toBe(DEMO.alameda('records-officer'));

    const stored = await database().db.selectFrom('api_tokens').select('digest').execute();
    expect(stored.map((r) => r.digest)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));
  });

  it('stores passwords as argon2id hashes', async () => {
    const row = await database()
      .db.selectFrom('users')
      .select('password_hash')
      .where('email', '=', DEMO.alameda('admin'))
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
  });

  it('prefers a bad bearer token to a good cookie: a wrong token is an error, not a fallback', async () => {
    const res = await signIn(t, DEMO.alameda('records-officer'), DEMO.password);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const mixed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie, authorization: 'Bearer ddk_wrong' },
    });
    expect(mixed.statusCode).toBe(401);
  });

  it('answers 401 to token creation without a credential', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x' } });
    expect(res.statusCode).toBe(401);
    expect(await tokenFor(t.services, DEMO.harris('auditor'))).toMatch(/^ddk_/);
  });
});
