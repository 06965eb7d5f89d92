import { beforeAll, expect, it } from 'vitest';
import { totpCode } from '../../src/core/auth/totp.js';
import { DEMO_TOTP_SECRET } from '../../src/ingest/demo/demo-agencies.js';
import { describeEachEngine } from '../support/engines.js';
import { fakeClock } from '../support/fake-clock.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;

describeEachEngine('API tokens: expiry, listing, last use, revocation, re-authentication', ({ database }) => {
  let t: TestApp;
  const clock = fakeClock('2026-12-01T12:00:00.000Z');

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
  });

  const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  async function sessionOf(email: string, code?: string): Promise<Record<string, string>> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: DEMO.password, ...(code ? { code } : {}) },
    });
    expect(res.statusCode).toBe(200);
    return { cookie: String(res.headers['set-cookie']).split(';')[0]! };
  }

  const createFromSession = (cookie: Record<string, string>, body: object) =>
    inject('POST', '/api/v1/tokens', cookie, body);

  it('asks a browser session for the current password, naming the field', async () => {
    const session = await sessionOf(DEMO.alameda('records-officer'));
    const missing = await createFromSession(session, { name: 'sync' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'password' } });
    expect(missing.json().error.message).toMatch(/^password: /);

    const wrong = await createFromSession(session, { name: 'sync', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');

    const created = await createFromSession(session, { name: 'sync', password: DEMO.password });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'sync',
      createdAt: '2026-12-01T12:00:00.000Z',
      expiresAt: '2027-03-01T12:00:00.000Z', // 90 days by default
    });
    expect(created.json().token).toMatch(/^ddk_[\w-]{43}$/);
  });

  it('asks a session with a second factor for its code too', async () => {
    clock.advance(30_000);
    const session = await sessionOf(DEMO.alameda('supervisor'), totpCode(DEMO_TOTP_SECRET, clock.now()));
    const noCode = await createFromSession(session, { name: 'reports', password: DEMO.password });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'code' } });

    const replayed = await createFromSession(session, {
      name: 'reports',
      password: DEMO.password,
      code: totpCode(DEMO_TOTP_SECRET, clock.now()), // the code just used to sign in
    });
    expect(replayed.statusCode).toBe(401);

    clock.advance(30_000);
    const created = await createFromSession(session, {
      name: 'reports',
      password: DEMO.password,
      code: totpCode(DEMO_TOTP_SECRET, clock.now()),
    });
    expect(created.statusCode).toBe(201);
  });

  it('refuses to let an API token mint tokens', async () => {
    const token = await tokenFor(t.services, DEMO.alameda('records-officer'));
    const res = await inject('POST', '/api/v1/tokens', bearer(token), { name: 'copy', password: DEMO.password });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
    expect(res.json().error.message).toContain('API token may not create API tokens');
  });

  it('checks the lifetime: 1 to 365 days', async () => {
    const session = await sessionOf(DEMO.alameda('auditor'));
    for (const expiresInDays of [0, 366, 1.5]) {
      const res = await createFromSession(session, { name: 'x', password: DEMO.password, expiresInDays });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('expiresInDays');
    }
  });

  it('stops authenticating a token once it has expired', async () => {
    const session = await sessionOf(DEMO.alameda('auditor'));
    const created = await createFromSession(session, { name: 'short', password: DEMO.password, expiresInDays: 1 });
    expect(created.json().expiresAt).toBe(new Date(clock.now().getTime() + DAY).toISOString());
    const token = created.json().token as string;
    expect((await inject('GET', '/api/v1/auth/me', bearer(token))).statusCode).toBe(200);
    clock.advance(DAY - 1000);
    expect((await inject('GET', '/api/v1/auth/me', bearer(token))).statusCode).toBe(200);
    clock.advance(1000);
    const expired = await inject('GET', '/api/v1/auth/me', bearer(token));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('AUTH.UNAUTHENTICATED');
    // Listed still (with its expiry), not hidden.
    const list = (await inject('GET', '/api/v1/tokens', await sessionOf(DEMO.alameda('auditor')))).json().tokens;
    expect(list.find((x: { name: string }) => x.name === 'short')).toMatchObject({ revokedAt: null });
  });

  it("lists the caller's tokens without secrets or digests, and records the last use at most once a minute", async () => {
    const session = await sessionOf(DEMO.harris('records-officer'));
    const created = (await createFromSession(session, { name: 'listed', password: DEMO.password })).json();
    const before = (await inject('GET', '/api/v1/tokens', session)).json().tokens;
    expect(before).toEqual([
      {
        id: created.id,
        name: 'listed',
        userId: expect.any(String),
        userEmail: DEMO.harris('records-officer'),
        createdAt: clock.now().toISOString(),
        expiresAt: created.expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);

    const firstUse = clock.now().toISOString();
    await inject('GET', '/api/v1/auth/me', bearer(created.token));
    clock.advance(30_000);
    await inject('GET', '/api/v1/auth/me', bearer(created.token)); // within a minute: not written
    const afterTwo = (await inject('GET', '/api/v1/tokens', session)).json().tokens[0];
    expect(afterTwo.lastUsedAt).toBe(firstUse);
    clock.advance(30_000);
    await inject('GET', '/api/v1/auth/me', bearer(created.token));
    const afterThree = (await inject('GET', '/api/v1/tokens', session)).json().tokens[0];
    expect(afterThree.lastUsedAt).toBe(clock.now().toISOString());

    const { digest } = await database()
      .db.selectFrom('api_tokens')
      .select('digest')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const text = (await inject('GET', '/api/v1/tokens', session)).body;
    expect(text).not.toContain(created.token);
    expect(text).not.toContain(created.token.slice(4));
    expect(text).not.toContain(digest);
    expect(text).not.toContain('digest');
  });

  it('revokes a token at once; admins may list and revoke any token of their own agency only', async () => {
    const officer = await sessionOf(DEMO.alameda('records-officer'));
    const { id, token } = (await createFromSession(officer, { name: 'to revoke', password: DEMO.password })).json();
    expect((await inject('GET', '/api/v1/auth/me', bearer(token))).statusCode).toBe(200);

    // Another agency's admin, and a colleague who is not an admin: 404, and the token still works.
    const harrisAdmin = await tokenFor(t.services, DEMO.harris('admin'));
    const colleague = await tokenFor(t.services, DEMO.alameda('auditor'));
    for (const caller of [harrisAdmin, colleague]) {
      const res = await inject('DELETE', `/api/v1/tokens/${id}`, bearer(caller));
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('TOKEN.NOT_FOUND');
    }
    expect(
      (await inject('DELETE', '/api/v1/tokens/00000000-0000-4000-8000-000000000000', bearer(colleague))).statusCode,
    ).toBe(404);
    expect((await inject('GET', '/api/v1/auth/me', bearer(token))).statusCode).toBe(200);

    const alamedaAdmin = await tokenFor(t.services, DEMO.alameda('admin'));
    const all = (await inject('GET', '/api/v1/tokens?all=true', bearer(alamedaAdmin))).json().tokens;
    const emails = new Set(all.map((x: { userEmail: string }) => x.userEmail));
    expect(emails.has(DEMO.alameda('records-officer'))).toBe(true);
    expect([...emails].every((e) => String(e).endsWith('@alameda.demo.example'))).toBe(true);
    const own = (await inject('GET', '/api/v1/tokens', bearer(alamedaAdmin))).json().tokens;
    expect(own.every((x: { userEmail: string }) => x.userEmail === DEMO.alameda('admin'))).toBe(true);
    const notAdmin = await inject('GET', '/api/v1/tokens?all=true', bearer(colleague));
    expect(notAdmin.statusCode).toBe(403);

    const revoked = await inject('DELETE', `/api/v1/tokens/${id}`, bearer(alamedaAdmin));
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id, revokedAt: clock.now().toISOString() });
    expect((await inject('GET', '/api/v1/auth/me', bearer(token))).statusCode).toBe(401);

    // The owner revokes their own with the token itself.
    const selfRevoking = await tokenFor(t.services, DEMO.alameda('records-officer'));
    const mine = (await inject('GET', '/api/v1/tokens', bearer(selfRevoking))).json().tokens;
    const selfId = mine.find((x: { revokedAt: string | null; name: string }) => x.name === 'test' && !x.revokedAt)?.id;
    expect((await inject('DELETE', `/api/v1/tokens/${selfId}`, bearer(selfRevoking))).statusCode).toBe(200);
    expect((await inject('GET', '/api/v1/auth/me', bearer(selfRevoking))).statusCode).toBe(401);
  });
});
