import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loggerOptions } from '../../src/composition/logger-options.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

describeEachEngine('logs never carry personal data or credentials', ({ database }) => {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(database(), { logger: loggerOptions('trace', stream) });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('logs requests by method, path and id only', async () => {
    const token = await tokenFor(t.services, DEMO.alameda('records-officer'));
    const body = newDetainerBody({
      subject: {
        reference: 'BK-LOG-1',
        fullName: 'Marisol Quetzal-Ybarra',
        birthDate: '1984-07-19',
        aNumber: 'A246813579',
      },
    });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(token),
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${created.json().id}`, headers: bearer(token) });
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: DEMO.alameda('auditor'), password: DEMO.password },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    await t.app.inject({ method: 'POST', url: '/api/v1/detainers', headers: bearer(token), payload: '{"broken' });

    await new Promise((resolve) => setImmediate(resolve));
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(log).toContain('/api/v1/detainers');
    for (const secret of [
      'Marisol',
      'Quetzal',
      '1984-07-19',
      'A246813579',
      token,
      token.slice(4),
      DEMO.password,
      cookie,
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
