import { beforeAll, expect, it } from 'vitest';
import { totpCode } from '../../src/core/auth/totp.js';
import { DEMO_TOTP_SECRET } from '../../src/ingest/demo/demo-agencies.js';
import { describeEachEngine } from '../support/engines.js';
import { fakeClock } from '../support/fake-clock.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

const STEP = 30_000;

describeEachEngine('TOTP second factor: sign-in, enrolment, recovery codes, reset', ({ database }) => {
  let t: TestApp;
  // The middle of a 30-second step, so that one step either side is well defined.
  const clock = fakeClock('2026-12-01T12:00:15.000Z');
  const code = (offsetSteps = 0, secret = DEMO_TOTP_SECRET) =>
    totpCode(secret, new Date(clock.now().getTime() + offsetSteps * STEP));

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
  });

  const signIn = (email: string, extra: Record<string, string> = {}, password: string = DEMO.password) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password, ...extra } });
  const cookieOf = (res: { headers: Record<string, unknown> }) => ({
    cookie: String(res.headers['set-cookie']).split(';')[0]!,
  });
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('asks for the code only after a correct password, and refuses a wrong code', async () => {
    const supervisor = DEMO.alameda('supervisor');
    const noCode = await signIn(supervisor);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error).toMatchObject({ code: 'AUTH.SECOND_FACTOR_REQUIRED', details: { field: 'code' } });
    expect(noCode.headers['set-cookie']).toBeUndefined();

    const wrongPassword = await signIn(supervisor, {}, 'not the password');
    expect(wrongPassword.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    const wrongPasswordRightCode = await signIn(supervisor, { code: code() }, 'not the password');
    expect(wrongPasswordRightCode.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');

    const wrongCode = await signIn(supervisor, { code: code() === '000000' ? '111111' : '000000' });
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongCode.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(wrongCode.headers['set-cookie']).toBeUndefined();
  });

  it('signs in with the current code once; the same code again is a replay', async () => {
    const supervisor = DEMO.alameda('supervisor');
    // The wrong attempts of the test before make the next one wait a little (the sign-in throttle).
    clock.advance(2 * STEP);
    const first = await signIn(supervisor, { code: code() });
    expect(first.statusCode).toBe(200);
    expect(first.json().secondFactor).toEqual({ enabled: true, required: true });
    const replay = await signIn(supervisor, { code: code() });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    const me = await call('GET', '/api/v1/detainers', cookieOf(first));
    expect(me.statusCode).toBe(200);
  });

  it('accepts the code of one step either side (clock drift), never two, and never an older step', async () => {
    const supervisor = DEMO.harris('supervisor');
    clock.advance(10 * STEP);
    expect((await signIn(supervisor, { code: code(-1) })).statusCode).toBe(200);
    expect((await signIn(supervisor, { code: code(+1) })).statusCode).toBe(200);
    // The current step comes before the last one used: refused, like a replay.
    expect((await signIn(supervisor, { code: code(0) })).statusCode).toBe(401);
    expect((await signIn(supervisor, { code: code(+2) })).statusCode).toBe(401);
    clock.advance(3 * STEP);
    expect((await signIn(supervisor, { code: code(-3) })).statusCode).toBe(401);
    // Three wrong codes: the throttle makes the next attempt wait a second (it is still this step).
    clock.advance(1_000);
    expect((await signIn(supervisor, { code: code(0) })).statusCode).toBe(200);
  });

  it('enrols an officer (password, secret once, confirm) and answers recovery codes that work once', async () => {
    const officer = DEMO.alameda('records-officer');
    const session = cookieOf(await signIn(officer));
    const me = (await call('GET', '/api/v1/auth/me', session)).json();
    expect(me.secondFactor).toEqual({ enabled: false, required: false });

    const noPassword = await call('POST', '/api/v1/auth/second-factor/enrol', session, {});
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().error.message).toContain('password');
    const wrongPassword = await call('POST', '/api/v1/auth/second-factor/enrol', session, { password: 'nope nope' });
    expect(wrongPassword.statusCode).toBe(401);

    const enrol = await call('POST', '/api/v1/auth/second-factor/enrol', session, { password: DEMO.password });
    expect(enrol.statusCode).toBe(200);
    const { secret, uri } = enrol.json() as { secret: string; uri: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Detainer%20Desk:/);

    // Not active until confirmed: sign-in still needs no code.
    expect((await signIn(officer)).statusCode).toBe(200);
    const badCode = await call('POST', '/api/v1/auth/second-factor/confirm', session, {
      code: code(0, secret) === '123456' ? '654321' : '123456',
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'code' } });

    const confirmed = await call('POST', '/api/v1/auth/second-factor/confirm', session, { code: code(0, secret) });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = JSON.stringify(await database().db.selectFrom('user_recovery_codes').selectAll().execute());
    for (const recovery of recoveryCodes) expect(stored).not.toContain(recovery.replace('-', ''));

    expect((await call('GET', '/api/v1/auth/me', session)).json().secondFactor).toEqual({
      enabled: true,
      required: false,
    });
    const again = await call('POST', '/api/v1/auth/second-factor/enrol', session, { password: DEMO.password });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('AUTH.SECOND_FACTOR_ALREADY_ENABLED');

    expect((await signIn(officer)).json().error.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    // The confirming code was used: it cannot sign in.
    expect((await signIn(officer, { code: code(0, secret) })).statusCode).toBe(401);

    const recovery = recoveryCodes[3]!;
    const byRecovery = await signIn(officer, { recoveryCode: recovery.toUpperCase().replace('-', ' ') });
    expect(byRecovery.statusCode).toBe(200);
    const reused = await signIn(officer, { recoveryCode: recovery });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');

    // Turning it off needs the password and a current code; afterwards sign-in needs no code.
    clock.advance(STEP);
    const noCode = await call('DELETE', '/api/v1/auth/second-factor', session, { password: DEMO.password });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error.details).toMatchObject({ field: 'code' });
    const off = await call('DELETE', '/api/v1/auth/second-factor', session, {
      password: DEMO.password,
      code: code(0, secret),
    });
    expect(off.statusCode).toBe(204);
    expect((await signIn(officer)).statusCode).toBe(200);
    expect(await database().db.selectFrom('user_recovery_codes').selectAll().execute()).toEqual([]);
  });

  it('does not let an admin or supervisor turn their factor off', async () => {
    clock.advance(STEP);
    const session = cookieOf(await signIn(DEMO.harris('admin'), { code: code() }));
    clock.advance(STEP);
    const res = await call('DELETE', '/api/v1/auth/second-factor', session, { password: DEMO.password, code: code() });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
  });

  it("resets a supervisor's factor (admins of the agency only), ends their sessions and limits them to enrolment", async () => {
    clock.advance(STEP);
    const supervisorEmail = DEMO.alameda('supervisor');
    const supervisorSession = cookieOf(await signIn(supervisorEmail, { code: code() }));
    const supervisorToken = await tokenFor(t.services, supervisorEmail);
    const supervisorId = (await call('GET', '/api/v1/auth/me', supervisorSession)).json().user.id as string;
    const resetUrl = `/api/v1/users/${supervisorId}/second-factor/reset`;

    const harrisAdmin = await tokenFor(t.services, DEMO.harris('admin'));
    expect((await call('POST', resetUrl, bearer(harrisAdmin))).statusCode).toBe(404);
    const officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
    expect((await call('POST', resetUrl, bearer(officer))).statusCode).toBe(403);

    const alamedaAdmin = await tokenFor(t.services, DEMO.alameda('admin'));
    const reset = await call('POST', resetUrl, bearer(alamedaAdmin));
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ userId: supervisorId, hadFactor: true });
    expect((await call('GET', '/api/v1/auth/me', supervisorSession)).statusCode).toBe(401);

    // Password only: a session that may only enrol.
    const limitedRes = await signIn(supervisorEmail);
    expect(limitedRes.statusCode).toBe(200);
    expect(limitedRes.json().secondFactor).toEqual({ enabled: false, required: true });
    const limited = cookieOf(limitedRes);
    for (const [method, url] of [
      ['GET', '/api/v1/detainers'],
      ['GET', '/api/v1/tokens'],
      ['POST', '/api/v1/tokens'],
    ] as const) {
      const res = await call(
        method,
        url,
        limited,
        method === 'POST' ? { name: 'x', password: DEMO.password } : undefined,
      );
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED');
    }
    // Their API token too; public routes still answer.
    const byToken = await call('GET', '/api/v1/detainers', bearer(supervisorToken));
    expect(byToken.json().error.code).toBe('AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect((await call('GET', '/api/v1/places/states', limited)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/auth/session', limited)).json().account.secondFactor).toEqual({
      enabled: false,
      required: true,
    });

    const { secret } = (
      await call('POST', '/api/v1/auth/second-factor/enrol', limited, { password: DEMO.password })
    ).json() as { secret: string };
    expect(secret).not.toBe(DEMO_TOTP_SECRET);
    expect((await call('GET', '/api/v1/detainers', limited)).statusCode).toBe(403);
    const confirmed = await call('POST', '/api/v1/auth/second-factor/confirm', limited, { code: code(0, secret) });
    expect(confirmed.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/detainers', limited)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/detainers', bearer(supervisorToken))).statusCode).toBe(200);
  });

  it('locks after five wrong codes, and asking for the code (right password) is not counted', async () => {
    const admin = 'admin@cook.demo.example';
    const fromAddress = (extra: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '192.0.2.77',
        payload: { email: admin, password: DEMO.password, ...extra },
      });
    for (let i = 0; i < 8; i++) {
      expect((await fromAddress({})).json().error.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    }
    const wrong = () => (code() === '000000' ? '111111' : '000000');
    for (let i = 0; i < 5; i++) {
      clock.advance(10_000);
      expect((await fromAddress({ code: wrong() })).json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
      // Asking again in between (after the throttle's short wait) does not reset the count of wrong codes.
      if (i < 4) {
        clock.advance(10_000);
        expect((await fromAddress({})).json().error.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
      }
    }
    clock.advance(STEP);
    const locked = await fromAddress({ code: code() });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH.TEMPORARILY_LOCKED');
  });
});
