import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loggerOptions } from '../../src/composition/logger-options.js';
import { totpCode } from '../../src/core/auth/totp.js';
import { describeEachEngine } from '../support/engines.js';
import { fakeClock } from '../support/fake-clock.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

interface EventJson {
  kind: string;
  userId: string | null;
  actorId: string | null;
  address: string | null;
  details: Record<string, unknown>;
}

/**
 * Credential changes are security events (CJIS Security Policy 5.4): API tokens created and
 * revoked, second factors enrolled, enabled, disabled and reset. They name ids, never a secret,
 * and the request log holds no secret either.
 */
describeEachEngine('token and second-factor changes are security events, without secrets', ({ database }) => {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const clock = fakeClock('2026-12-01T12:00:15.000Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock, logger: loggerOptions('info', stream) });
  });
  afterAll(async () => {
    await t.app.close();
  });

  // Each call a second after the one before: the log lists events newest first, by time.
  const call = (method: 'POST' | 'DELETE' | 'GET', url: string, headers: Record<string, string>, payload?: object) => {
    clock.advance(1_000);
    return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  };

  it('records token creation and revocation, enrolment, enabling, disabling and reset, by ids only', async () => {
    const signIn = await call(
      'POST',
      '/api/v1/auth/sign-in',
      {},
      { email: DEMO.alameda('auditor'), password: DEMO.password },
    );
    const session = { cookie: String(signIn.headers['set-cookie']).split(';')[0]! };
    const auditorId = signIn.json().user.id as string;

    const created = await call('POST', '/api/v1/tokens', session, { name: 'nightly export', password: DEMO.password });
    const { id: tokenId, token } = created.json() as { id: string; token: string };
    expect((await call('DELETE', `/api/v1/tokens/${tokenId}`, session)).statusCode).toBe(200);
    // Revoking a revoked token changes nothing and records nothing.
    expect((await call('DELETE', `/api/v1/tokens/${tokenId}`, session)).statusCode).toBe(200);

    const { secret } = (
      await call('POST', '/api/v1/auth/second-factor/enrol', session, { password: DEMO.password })
    ).json();
    const confirmed = await call('POST', '/api/v1/auth/second-factor/confirm', session, {
      code: totpCode(secret, new Date(clock.now().getTime() + 1_000)),
    });
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    clock.advance(60_000);
    const disabled = await call('DELETE', '/api/v1/auth/second-factor', session, {
      password: DEMO.password,
      code: totpCode(secret, new Date(clock.now().getTime() + 1_000)),
    });
    expect(disabled.statusCode).toBe(204);

    const admin = await tokenFor(t.services, DEMO.alameda('admin'));
    const adminId = (await t.services.auth.users.findByEmail(DEMO.alameda('admin')))!.id;
    const reset = await call('POST', `/api/v1/users/${auditorId}/second-factor/reset`, bearer(admin));
    expect(reset.json()).toEqual({ userId: auditorId, hadFactor: false });

    const page = await call('GET', `/api/v1/security-events?userId=${auditorId}&limit=50`, bearer(admin));
    expect(page.statusCode).toBe(200);
    const events = (page.json().events as EventJson[])
      .filter((e) => !e.kind.startsWith('sign-in.'))
      .reverse()
      .map(({ kind, userId, actorId, details }) => ({ kind, userId, actorId, details }));
    const bySelf = { userId: auditorId, actorId: auditorId };
    expect(events).toEqual([
      { kind: 'token.created', ...bySelf, details: { tokenId, expiresAt: expect.any(String), via: 'session' } },
      { kind: 'token.revoked', ...bySelf, details: { tokenId, via: 'session' } },
      { kind: 'second-factor.enrolment-started', ...bySelf, details: { via: 'session' } },
      { kind: 'second-factor.enabled', ...bySelf, details: { recoveryCodes: 10, via: 'session' } },
      { kind: 'second-factor.disabled', ...bySelf, details: { via: 'session' } },
      { kind: 'second-factor.reset', userId: auditorId, actorId: adminId, details: { hadFactor: false, via: 'token' } },
    ]);

    const filtered = await call('GET', '/api/v1/security-events?kind=token.revoked', bearer(admin));
    expect(filtered.json().events).toHaveLength(1);

    await new Promise((resolve) => setImmediate(resolve));
    const everything = `${lines.join('\n')}\n${page.body}`;
    for (const value of [token, token.slice(4), DEMO.password, secret, ...recoveryCodes]) {
      expect(everything).not.toContain(value);
    }
  });

  it('records what an operator does at the CLI as done by no user, with no address', async () => {
    const officer = (await t.services.auth.users.findByEmail(DEMO.alameda('records-officer')))!;
    const { createApiToken, revokeApiToken } = await import('../../src/core/auth/api-tokens.use-cases.js');
    const { principalOf } = await import('../../src/core/auth/auth.use-cases.js');
    const created = await createApiToken(
      t.services.auth,
      principalOf(officer, 'cli'),
      { name: 'sync', expiresInDays: '7' },
      {
        address: null,
      },
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.expiresAt.getTime() - created.value.createdAt.getTime()).toBe(7 * 86_400_000);
    await revokeApiToken(t.services.auth, undefined, created.value.id, { address: null });
    const { events } = await t.services.security.securityEvents.list({ userId: officer.id, limit: 10, offset: 0 });
    const revoked = events.find((e) => e.kind === 'token.revoked');
    expect(revoked).toMatchObject({ actorId: null, address: null, details: { via: 'cli' } });
  });
});
