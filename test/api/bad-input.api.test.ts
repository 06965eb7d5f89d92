import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

describeEachEngine('bad input answers 4xx naming the field, and writes nothing', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
  });

  const total = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=1', headers: bearer(officer) })).json().total;
  const postRaw = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: { ...bearer(officer), 'content-type': contentType },
      payload,
    });

  const cases: Array<[string, string, number, string, string | undefined]> = [
    ['malformed JSON', '{"form": "I-247A",', 400, 'REQUEST.MALFORMED_JSON', 'body'],
    ['an empty body', '', 400, 'REQUEST.MALFORMED_JSON', 'body'],
    ['a wrong type', JSON.stringify(newDetainerBody({ form: 247 })), 400, 'REQUEST.VALIDATION', 'body.form'],
    ['an unknown form', JSON.stringify(newDetainerBody({ form: 'I-999' })), 400, 'REQUEST.VALIDATION', 'body.form'],
    ['an unknown field', JSON.stringify(newDetainerBody({ colour: 'red' })), 400, 'REQUEST.VALIDATION', 'body.colour'],
    [
      'an unknown nested field',
      JSON.stringify(newDetainerBody({ subject: { reference: 'x', ssn: '1' } })),
      400,
      'REQUEST.VALIDATION',
      'body.subject.ssn',
    ],
    [
      'a missing required field',
      JSON.stringify(newDetainerBody({ subject: {} })),
      400,
      'REQUEST.VALIDATION',
      'body.subject.reference',
    ],
    [
      'a string where a list belongs',
      JSON.stringify(newDetainerBody({ probableCause: 'statements' })),
      400,
      'REQUEST.VALIDATION',
      'body.probableCause',
    ],
    [
      'an instant without offset',
      JSON.stringify(newDetainerBody({ issuedAt: '2026-11-28 09:00' })),
      400,
      'REQUEST.VALIDATION',
      'body.issuedAt',
    ],
    [
      'receipt before issue',
      JSON.stringify(newDetainerBody({ issuedAt: '2026-11-28T12:00:00Z', receivedAt: '2026-11-28T10:00:00Z' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuedAt',
    ],
    [
      'a receipt in the future',
      JSON.stringify(newDetainerBody({ receivedAt: '2999-01-01T00:00:00Z' })),
      400,
      'REQUEST.INVALID_FIELD',
      'receivedAt',
    ],
    [
      'a repeated basis',
      JSON.stringify(newDetainerBody({ probableCause: ['statements', 'statements'] })),
      400,
      'REQUEST.INVALID_FIELD',
      'probableCause',
    ],
    ['a non-JSON content type', 'form=I-247A', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'content-type'],
    [
      'an oversized body',
      JSON.stringify(newDetainerBody({ issuingOffice: 'x'.repeat(40_000) })),
      413,
      'REQUEST.BODY_TOO_LARGE',
      'body',
    ],
  ];

  it.each(cases)('%s', async (_name, payload, status, code, field) => {
    const before = await total();
    const res = await postRaw(payload, code === 'REQUEST.UNSUPPORTED_MEDIA_TYPE' ? 'text/plain' : 'application/json');
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.details.field).toBe(field);
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
    expect(await total()).toBe(before);
  });

  it('never repeats personal data in an error message', async () => {
    const res = await postRaw(
      JSON.stringify(
        newDetainerBody({
          subject: { reference: 'BK-1', fullName: 'Zelda Quintero', aNumber: 'A12-XYZ', birthDate: '1990-02-30' },
        }),
      ),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/Zelda|Quintero|XYZ|1990-02-30/);
  });

  it('answers an unknown route with the error envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE.NOT_FOUND');
  });

  it('rejects a query parameter out of range', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=5000', headers: bearer(officer) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.field).toBe('querystring.limit');
  });
});
