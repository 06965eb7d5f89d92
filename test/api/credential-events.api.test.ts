import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loggerOptions } from '../../src/composition/logger-options.js';
import { describeEachEngine } from '../support/engines.js';
import { DEMO, buildTestApp, type TestApp } from '../support/test-app.js';

describeEachEngine('security events of tokens and second factors are logged, without secrets', ({ database }) => {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(database(), { logger: loggerOptions('info', stream) });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('logs token creation and revocation, and enrolment, by ids only', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: DEMO.alameda('auditor'), password: DEMO.password },
    });
    const headers = { cookie: String(signIn.headers['set-cookie']).split(';')[0]! };
    const userId = signIn.json().user.id as string;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers,
      payload: { name: 'logged', password: DEMO.password },
    });
    const { id, token } = created.json() as { id: string; token: string };
    await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/second-factor/enrol',
      headers,
      payload: { password: DEMO.password },
    });
    const { secret } = enrol.json() as { secret: string };

    await new Promise((resolve) => setImmediate(resolve));
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.event);
    expect(events).toEqual([
      expect.objectContaining({ event: 'auth.token-created', tokenId: id, userId }),
      expect.objectContaining({ event: 'auth.token-revoked', tokenId: id, ownerId: userId, userId }),
      expect.objectContaining({ event: 'auth.second-factor-enrolment-started', userId }),
    ]);
    const log = lines.join('\n');
    for (const value of [token, token.slice(4), DEMO.password, secret]) expect(log).not.toContain(value);
  });
});
