import { beforeAll, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../src/core/shared/problem-kinds.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * Every field problem carries its kind (and the kind's parameters), so a client can say it in its
 * reader's language: the server's early checks of the URL and the body too, and the checks that
 * once had no kind of their own (a range's end before its start, a duplicate key, a wrong type).
 */
describeEachEngine('field problems: each with its kind, through HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
  });

  const send = (method: 'GET' | 'POST', url: string, payload?: string, contentType = 'application/json') =>
    t.app.inject({
      method,
      url,
      headers: { ...bearer(officer), ...(payload !== undefined && { 'content-type': contentType }) },
      ...(payload !== undefined && { payload }),
    });
  const details = async (res: Awaited<ReturnType<typeof send>>) => {
    const d = res.json().error.details;
    expect(PROBLEM_KINDS).toContain(d.kind);
    return d;
  };

  it('a range whose end is before its start names the other field', async () => {
    const res = await send('GET', '/api/v1/detainers?from=2026-11-02&to=2026-11-01');
    expect(res.statusCode).toBe(400);
    expect(await details(res)).toEqual({ field: 'to', problem: 'is before from', kind: 'beforeStart', other: 'from' });
  });

  it('a body that is not JSON, and a key given twice', async () => {
    const broken = await send('POST', '/api/v1/detainers', '{"form": "I-247A",');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('REQUEST.MALFORMED_JSON');
    expect(await details(broken)).toMatchObject({ field: 'body', kind: 'notJson' });
    const twice = await send('POST', '/api/v1/detainers', '{"form":"I-247A","form":"I-247D"}');
    expect(twice.statusCode).toBe(400);
    expect(await details(twice)).toEqual({
      field: 'form',
      problem: 'appears more than once in its object',
      kind: 'duplicateKey',
    });
  });

  it('the URL: an overlong path parameter, and one that is not UTF-8', async () => {
    const long = await send('GET', `/api/v1/detainers/${'a'.repeat(101)}`);
    expect(long.statusCode).toBe(400);
    expect(await details(long)).toMatchObject({ field: 'id', kind: 'maxLength', limit: 100 });
    const garbled = await send('GET', '/api/v1/detainers/%E0%A4%A');
    expect(garbled.statusCode).toBe(400);
    expect(await details(garbled)).toMatchObject({ field: 'id', kind: 'encoding' });
  });

  it('evaluate: a body of the wrong type names the types it accepts', async () => {
    const res = await send('POST', '/api/v1/evaluate', '"hello"');
    expect(res.statusCode).toBe(400);
    expect(await details(res)).toMatchObject({ field: 'body', kind: 'type', allowed: ['object', 'array'] });
  });

  it('a place code of the wrong form', async () => {
    const res = await send('GET', '/api/v1/places/counties/123');
    expect(res.statusCode).toBe(400);
    expect(await details(res)).toMatchObject({ field: 'fips', kind: 'countyFips' });
  });
});
