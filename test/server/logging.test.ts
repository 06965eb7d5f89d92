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
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);

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
      // Nor do the metrics, which count by route pattern only.
      expect(metrics.body, secret).not.toContain(secret);
    }
  });

  it('gives every request line the request id the answer carries in x-request-id and in an error body', async () => {
    lines.length = 0;
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' }),
      await t.app.inject({ method: 'GET', url: '/metrics' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
      await t.app.inject({ method: 'POST', url: '/api/v1/evaluate', payload: '{"broken' }),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    const records = lines.map((line) => JSON.parse(line) as { reqId?: string; msg?: string; req?: unknown });
    const requestLines = records.filter((r) => r.req !== undefined || r.msg === 'request completed');
    expect(requestLines.length).toBeGreaterThanOrEqual(2 * answers.length);
    for (const record of requestLines) expect(record.reqId, JSON.stringify(record)).toMatch(/^[0-9a-f-]{36}$/);

    for (const answer of answers) {
      const id = answer.headers['x-request-id'] as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const own = records.filter((r) => r.reqId === id).map((r) => r.msg);
      expect(own, answer.raw.req.url).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
      if (answer.statusCode >= 400) expect(answer.json().error.requestId).toBe(id);
    }
    expect(new Set(answers.map((a) => a.headers['x-request-id'])).size).toBe(answers.length);
  });
});
