import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

const cook = (role: string) => `${role}@cook.demo.example`;

/** A clock the tests move by hand. */
function manualClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** What a client can see of an answer, without what differs on every request. */
function visible(res: LightMyRequestResponse) {
  const { 'x-request-id': _id, date: _date, ...headers } = res.headers;
  const body = res.json() as { error?: { requestId?: string } };
  if (body.error) delete body.error.requestId;
  return { status: res.statusCode, headers, body };
}

describeEachEngine('sign-in security: throttling, account administration, sessions', ({ database }) => {
  let t: TestApp;
  const clock = manualClock('2026-12-07T15:00:00Z');

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock, trustProxy: true });
  });

  const signIn = (
    email: string,
    password: string,
    address: string,
    userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0',
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password },
      headers: { 'x-forwarded-for': address, 'user-agent': userAgent },
    });
  const cookieOf = (res: LightMyRequestResponse) => String(res.headers['set-cookie']).split(';')[0]!;
  const as = (token: string) => bearer(token);
  const userId = async (email: string) => {
    const user = await t.services.auth.users.findByEmail(email);
    if (!user) throw new Error('no such demo user');
    return user.id;
  };

  describe('brute force', () => {
    it('refuses even the right password after 200 wrong ones, with Retry-After, until an admin unlocks', async () => {
      const victim = DEMO.alameda('records-officer');
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        clock.advance(SECOND);
        const res = await signIn(victim, `wrong password ${i}`, '198.51.100.1');
        statuses.push(res.statusCode);
        expect(res.headers['set-cookie']).toBeUndefined();
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(195);

      clock.advance(SECOND);
      const right = await signIn(victim, DEMO.password, '198.51.100.2');
      expect(right.statusCode).toBe(429);
      expect(right.json().error).toMatchObject({
        code: 'AUTH.TEMPORARILY_LOCKED',
        message: 'Too many sign-in attempts. Wait before trying again.',
      });
      const retryAfter = Number(right.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(10 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(right.json().error.details).toEqual({ retryAfterSeconds: retryAfter });

      const admin = await tokenFor(t.services, DEMO.alameda('admin'));
      const listed = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) });
      const entry = listed.json().users.find((u: { email: string }) => u.email === victim);
      expect(entry.lockedUntil).toEqual(expect.any(String));

      const id = await userId(victim);
      const unlocked = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/unlock`, headers: as(admin) });
      expect(unlocked.statusCode).toBe(200);
      expect(unlocked.json()).toMatchObject({ email: victim, lockedUntil: null });

      const after = await signIn(victim, DEMO.password, '198.51.100.2');
      expect(after.statusCode).toBe(200);
      const account = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) }))
        .json()
        .users.find((u: { email: string }) => u.email === victim);
      expect(account.lastSignInAt).toBe(clock.now().toISOString());
    });

    it('answers an unknown email exactly as a known one, attempt after attempt, lock included', async () => {
      const known = DEMO.harris('auditor');
      const unknown = 'no.such.person@harris.demo.example';
      const passwords = [...Array.from({ length: 9 }, (_, i) => `wrong ${i}`), DEMO.password];
      for (const password of passwords) {
        clock.advance(1500);
        const a = await signIn(known, password, '198.51.100.10');
        const b = await signIn(unknown, password, '198.51.100.11');
        expect(visible(b)).toEqual(visible(a));
      }
      // The last attempt was the right password of the known account: refused like the unknown one.
      const last = await signIn(known, DEMO.password, '198.51.100.10');
      expect(last.statusCode).toBe(429);
      // The ids of the two series of answers show nothing either: the lock is on each email alike.
      const rows = await database().db.selectFrom('sign_in_throttles').select(['key', 'locked_until']).execute();
      expect(rows.filter((r) => r.key.startsWith('account:') && r.locked_until !== null).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(JSON.stringify(rows)).not.toContain('harris');
    });

    it('locks an address that tries many accounts, and only that address', async () => {
      const statuses: number[] = [];
      // 30 emails, one attempt each: a few known accounts among unknown ones.
      const known = [DEMO.alameda('supervisor'), DEMO.harris('federal-liaison'), cook('auditor'), cook('supervisor')];
      for (let i = 0; i < 30; i++) {
        clock.advance(10 * SECOND);
        const email = known[i / 7] ?? `sprayed.${i}@example.org`;
        statuses.push((await signIn(email, 'Winter2026!', '203.0.113.50')).statusCode);
      }
      expect(statuses).toEqual(Array.from({ length: 30 }, () => 401));
      clock.advance(10 * SECOND);
      const fromThere = await signIn(DEMO.alameda('federal-liaison'), DEMO.password, '203.0.113.50');
      expect(fromThere.statusCode).toBe(429);
      expect(fromThere.headers['retry-after']).toBeDefined();
      const fromElsewhere = await signIn(DEMO.alameda('federal-liaison'), DEMO.password, '203.0.113.51');
      expect(fromElsewhere.statusCode).toBe(200);
      const locks = await database()
        .db.selectFrom('security_events')
        .select(['kind', 'address', 'agency_id'])
        .where('kind', '=', 'address.locked')
        .execute();
      expect(locks).toEqual([{ kind: 'address.locked', address: '203.0.113.50', agency_id: null }]);
    });

    it('records sign-ins, failures, refusals, locks and unlocks, never a password or an unknown email', async () => {
      const auditor = await tokenFor(t.services, DEMO.alameda('auditor'));
      const victimId = await userId(DEMO.alameda('records-officer'));
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/security-events?userId=${victimId}&limit=500`,
        headers: as(auditor),
      });
      expect(res.statusCode).toBe(200);
      const kinds = new Set(res.json().events.map((e: { kind: string }) => e.kind));
      expect([...kinds].sort()).toEqual(
        ['account.locked', 'account.unlocked', 'sign-in.failed', 'sign-in.refused', 'sign-in.succeeded'].sort(),
      );
      const locked = await t.app.inject({
        method: 'GET',
        url: `/api/v1/security-events?kind=account.locked&userId=${victimId}`,
        headers: as(auditor),
      });
      expect(locked.json().events).toEqual([
        expect.objectContaining({
          kind: 'account.locked',
          userId: victimId,
          userEmail: DEMO.alameda('records-officer'),
          address: '198.51.100.1',
        }),
      ]);
      const unlock = (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/security-events?kind=account.unlocked',
          headers: as(auditor),
        })
      ).json().events[0];
      expect(unlock.actorId).toBe(await userId(DEMO.alameda('admin')));

      const paged = await t.app.inject({
        method: 'GET',
        url: '/api/v1/security-events?limit=2&offset=1',
        headers: as(auditor),
      });
      expect(paged.json()).toMatchObject({ limit: 2, offset: 1 });
      expect(paged.json().events).toHaveLength(2);
      expect(paged.json().total).toBeGreaterThan(200);

      // Only the agency's own events; not for other roles.
      const harris = await tokenFor(t.services, DEMO.harris('admin'));
      const theirs = (
        await t.app.inject({ method: 'GET', url: '/api/v1/security-events?limit=500', headers: as(harris) })
      ).json();
      expect(
        theirs.events.every((e: { userEmail: string | null }) => e.userEmail?.endsWith('@harris.demo.example')),
      ).toBe(true);
      for (const role of ['records-officer', 'supervisor', 'federal-liaison']) {
        const forbidden = await t.app.inject({
          method: 'GET',
          url: '/api/v1/security-events',
          headers: as(await tokenFor(t.services, DEMO.alameda(role))),
        });
        expect(forbidden.statusCode, role).toBe(403);
      }
      const badKind = await t.app.inject({
        method: 'GET',
        url: '/api/v1/security-events?kind=nope',
        headers: as(auditor),
      });
      expect(badKind.statusCode).toBe(400);

      const everything = JSON.stringify(await database().db.selectFrom('security_events').selectAll().execute());
      for (const secret of [DEMO.password, 'wrong password 7', 'Winter2026!', 'no.such.person', 'sprayed.']) {
        expect(everything).not.toContain(secret);
      }
    });

    it('counts parallel attempts one at a time: a burst does not slip past the throttle', async () => {
      clock.advance(SECOND);
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn('burst.target@example.org', `guess ${i}`, '198.51.100.99')),
      );
      // All at one instant: three are checked, then each must wait (1 s after the 3rd).
      expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(3);
      expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(17);
    });

    it('refuses UPDATE and DELETE on the security events', async () => {
      await expect(database().db.deleteFrom('security_events').execute()).rejects.toThrow(/append-only/);
      await expect(
        database().db.updateTable('security_events').set({ kind: 'sign-in.succeeded' }).execute(),
      ).rejects.toThrow(/append-only/);
    });
  });

  describe('account administration', () => {
    it('disabling ends sessions and API tokens and refuses sign-in; enabling restores sign-in', async () => {
      const admin = await tokenFor(t.services, DEMO.alameda('admin'));
      const added = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: as(admin),
        payload: {
          email: 'temp.officer@alameda.demo.example',
          displayName: 'Temp Officer',
          role: 'records-officer',
          password: 'a long enough password',
        },
      });
      expect(added.statusCode).toBe(201);
      const { id } = added.json();
      expect(added.json()).toMatchObject({
        role: 'records-officer',
        disabled: false,
        lockedUntil: null,
        lastSignInAt: null,
      });

      const session = cookieOf(
        await signIn('temp.officer@alameda.demo.example', 'a long enough password', '192.0.2.1'),
      );
      const token = await tokenFor(t.services, 'temp.officer@alameda.demo.example');
      const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
      expect((await me({ cookie: session })).statusCode).toBe(200);
      expect((await me(as(token))).statusCode).toBe(200);

      const disabled = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/disable`, headers: as(admin) });
      expect(disabled.statusCode).toBe(200);
      expect(disabled.json().disabled).toBe(true);
      expect((await me({ cookie: session })).statusCode).toBe(401);
      expect((await me(as(token))).statusCode).toBe(401);
      expect(await database().db.selectFrom('sessions').select('id').where('user_id', '=', id).execute()).toEqual([]);
      const tokens = await database()
        .db.selectFrom('api_tokens')
        .select('revoked_at')
        .where('user_id', '=', id)
        .execute();
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens.every((r) => r.revoked_at !== null)).toBe(true);

      clock.advance(10 * SECOND);
      const refused = await signIn('temp.officer@alameda.demo.example', 'a long enough password', '192.0.2.1');
      const unknown = await signIn('never.existed@alameda.demo.example', 'a long enough password', '192.0.2.2');
      expect(visible(refused)).toEqual(visible(unknown));
      expect(refused.statusCode).toBe(401);

      const enabled = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/enable`, headers: as(admin) });
      expect(enabled.json().disabled).toBe(false);
      clock.advance(10 * SECOND);
      expect(
        (await signIn('temp.officer@alameda.demo.example', 'a long enough password', '192.0.2.1')).statusCode,
      ).toBe(200);
      expect((await me(as(token))).statusCode).toBe(401);
    });

    it('lets only admins manage users, and only their own agency (another agency answers 404)', async () => {
      const target = await userId(DEMO.alameda('auditor'));
      const calls = [
        { method: 'GET', url: '/api/v1/users' },
        { method: 'PATCH', url: `/api/v1/users/${target}`, payload: { displayName: 'Renamed Auditor' } },
        { method: 'POST', url: `/api/v1/users/${target}/unlock` },
        { method: 'POST', url: `/api/v1/users/${target}/password`, payload: { password: 'another long password' } },
        { method: 'POST', url: `/api/v1/users/${target}/disable` },
        { method: 'POST', url: `/api/v1/users/${target}/enable` },
        {
          method: 'POST',
          url: '/api/v1/users',
          payload: {
            email: 'x.y@alameda.demo.example',
            displayName: 'X Y',
            role: 'auditor',
            password: 'a long enough password',
          },
        },
      ] as const;
      for (const role of ['records-officer', 'supervisor', 'auditor', 'federal-liaison']) {
        const token = await tokenFor(t.services, DEMO.alameda(role));
        for (const call of calls) {
          const res = await t.app.inject({ ...call, headers: as(token) });
          expect(res.statusCode, `${role} ${call.method} ${call.url}`).toBe(403);
        }
      }
      const harrisAdmin = await tokenFor(t.services, DEMO.harris('admin'));
      for (const call of calls.slice(1, 6)) {
        const res = await t.app.inject({ ...call, headers: as(harrisAdmin) });
        expect(res.statusCode, `${call.method} ${call.url}`).toBe(404);
        expect(res.json().error.code).toBe('USER.NOT_FOUND');
      }
      const list = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(harrisAdmin) })).json();
      expect(list.users.every((u: { email: string }) => u.email.endsWith('@harris.demo.example'))).toBe(true);
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(anonymous.statusCode).toBe(401);
      // Nothing was changed by the refused calls.
      expect((await t.services.auth.users.findById(target))?.displayName).not.toBe('Renamed Auditor');
    });

    it('keeps an enabled admin in every agency, and changes roles and names', async () => {
      const admin = await tokenFor(t.services, cook('admin'));
      const self = await userId(cook('admin'));
      for (const call of [
        { method: 'PATCH', url: `/api/v1/users/${self}`, payload: { role: 'auditor' } },
        { method: 'POST', url: `/api/v1/users/${self}/disable` },
      ] as const) {
        const res = await t.app.inject({ ...call, headers: as(admin) });
        expect(res.statusCode).toBe(409);
        expect(res.json().error.code).toBe('USER.LAST_ADMIN');
      }
      expect(await t.services.auth.users.findById(self)).toMatchObject({ role: 'admin', disabled: false });

      const other = await userId(cook('supervisor'));
      const promoted = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${other}`,
        headers: as(admin),
        payload: { role: 'admin', displayName: 'Second Admin' },
      });
      expect(promoted.json()).toMatchObject({ role: 'admin', displayName: 'Second Admin' });
      const demoted = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${self}`,
        headers: as(admin),
        payload: { role: 'supervisor' },
      });
      expect(demoted.statusCode).toBe(200);
      // The token now acts as a supervisor: no more user management.
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: as(admin) })).statusCode).toBe(403);
      const second = await tokenFor(t.services, cook('supervisor'));
      const back = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${self}`,
        headers: as(second),
        payload: { role: 'admin' },
      });
      expect(back.json().role).toBe('admin');
      const invalid = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${self}`,
        headers: as(second),
        payload: {},
      });
      expect(invalid.statusCode).toBe(400);
    });

    it('sets a password for a user and ends their sessions', async () => {
      const admin = await tokenFor(t.services, cook('admin'));
      const id = await userId(cook('records-officer'));
      clock.advance(SECOND);
      const session = cookieOf(await signIn(cook('records-officer'), DEMO.password, '192.0.2.20'));
      const tooShort = await t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${id}/password`,
        headers: as(admin),
        payload: { password: 'short' },
      });
      expect(tooShort.statusCode).toBe(400);
      const set = await t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${id}/password`,
        headers: as(admin),
        payload: { password: 'a brand new password' },
      });
      expect(set.statusCode).toBe(200);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session } })).statusCode,
      ).toBe(401);
      clock.advance(SECOND);
      expect((await signIn(cook('records-officer'), DEMO.password, '192.0.2.20')).statusCode).toBe(401);
      clock.advance(SECOND);
      expect((await signIn(cook('records-officer'), 'a brand new password', '192.0.2.20')).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it("lists the caller's sessions without secrets, and revokes one or all others", async () => {
      const email = DEMO.harris('records-officer');
      clock.advance(SECOND);
      const first = await signIn(
        email,
        DEMO.password,
        '192.0.2.30',
        'Mozilla/5.0 (Windows NT 10.0) Chrome/120.0 Safari/537.36',
      );
      const second = await signIn(email, DEMO.password, '192.0.2.30');
      const third = await signIn(email, DEMO.password, '192.0.2.30');
      const [a, b, c] = [first, second, third].map(cookieOf);
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie: a! } });
      expect(list.statusCode).toBe(200);
      const sessions = list.json().sessions as Array<{ id: string; current: boolean; userAgent: string }>;
      expect(sessions).toHaveLength(3);
      expect(sessions.filter((s) => s.current)).toEqual([expect.objectContaining({ userAgent: 'Chrome on Windows' })]);
      for (const cookie of [a, b, c]) expect(list.body).not.toContain(cookie!.split('=')[1]);
      const digests = await database().db.selectFrom('sessions').select('digest').execute();
      for (const { digest } of digests) expect(list.body).not.toContain(digest);

      const secondId = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: { cookie: b! } }))
        .json()
        .sessions.find((s: { current: boolean }) => s.current).id;
      // Another user cannot end it.
      const stranger = await tokenFor(t.services, DEMO.harris('auditor'));
      const notTheirs = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/auth/sessions/${secondId}`,
        headers: as(stranger),
      });
      expect(notTheirs.statusCode).toBe(404);
      expect(notTheirs.json().error.code).toBe('SESSION.NOT_FOUND');

      const revoked = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/auth/sessions/${secondId}`,
        headers: { cookie: a! },
      });
      expect(revoked.statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b! } })).statusCode).toBe(
        401,
      );

      const others = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/sessions', headers: { cookie: a! } });
      expect(others.json()).toEqual({ revoked: 1 });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: c! } })).statusCode).toBe(
        401,
      );
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: a! } })).statusCode).toBe(
        200,
      );
    });

    it('ends a session unused for the idle timeout, and records its use at most once a minute', async () => {
      clock.advance(SECOND);
      const cookie = cookieOf(await signIn(cook('federal-liaison'), DEMO.password, '192.0.2.40'));
      const me = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      const lastSeen = async () =>
        new Date(
          (
            await database()
              .db.selectFrom('sessions')
              .innerJoin('users', 'users.id', 'sessions.user_id')
              .select('sessions.last_seen_at')
              .where('users.email', '=', cook('federal-liaison'))
              .executeTakeFirstOrThrow()
          ).last_seen_at,
        ).getTime();
      const signedInAt = clock.now().getTime();

      clock.advance(30 * SECOND);
      expect((await me()).statusCode).toBe(200);
      expect(await lastSeen()).toBe(signedInAt); // less than a minute: not written

      clock.advance(29 * MINUTE);
      expect((await me()).statusCode).toBe(200); // 29.5 minutes idle: still live, and now recorded
      expect(await lastSeen()).toBe(clock.now().getTime());

      clock.advance(29 * MINUTE);
      expect((await me()).statusCode).toBe(200);

      clock.advance(30 * MINUTE);
      expect((await me()).statusCode).toBe(401);
      expect((await me()).statusCode).toBe(401);
    });
  });
});
