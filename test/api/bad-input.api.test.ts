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
    ['a wrong type', JSON.stringify(newDetainerBody({ form: 247 })), 400, 'REQUEST.INVALID_FIELD', 'form'],
    ['an unknown form', JSON.stringify(newDetainerBody({ form: 'I-999' })), 400, 'REQUEST.INVALID_FIELD', 'form'],
    ['an unknown field', JSON.stringify(newDetainerBody({ colour: 'red' })), 400, 'REQUEST.INVALID_FIELD', 'colour'],
    [
      'an unknown nested field',
      JSON.stringify(newDetainerBody({ subject: { reference: 'x', ssn: '1' } })),
      400,
      'REQUEST.INVALID_FIELD',
      'subject.ssn',
    ],
    [
      'a missing required field',
      JSON.stringify(newDetainerBody({ subject: {} })),
      400,
      'REQUEST.INVALID_FIELD',
      'subject.reference',
    ],
    [
      'a string where a list belongs',
      JSON.stringify(newDetainerBody({ probableCause: 'statements' })),
      400,
      'REQUEST.INVALID_FIELD',
      'probableCause',
    ],
    [
      'an instant without offset',
      JSON.stringify(newDetainerBody({ issuedAt: '2026-11-28 09:00' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuedAt',
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
    // Strict input everywhere (ASVS V5): bounded instants, known editions, no control characters, no duplicate keys.
    [
      'an instant of year 0000',
      JSON.stringify(newDetainerBody({ issuedAt: '0000-01-01T00:00:00Z' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuedAt',
    ],
    [
      'a birth date of year 0000',
      JSON.stringify(newDetainerBody({ subject: { reference: 'BK-1', birthDate: '0000-01-01' } })),
      400,
      'REQUEST.INVALID_FIELD',
      'subject.birthDate',
    ],
    [
      'an I-247A of edition 2017-02 issued in 2015',
      JSON.stringify(newDetainerBody({ issuedAt: '2015-06-01T09:00:00Z', receivedAt: '2015-06-01T10:00:00Z' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuedAt',
    ],
    [
      'an I-247D issued after the form was retired',
      JSON.stringify(newDetainerBody({ form: 'I-247D', formEdition: '2015' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuedAt',
    ],
    [
      'NUL in a text field',
      JSON.stringify(newDetainerBody({ issuingOffice: 'ERO\u0000' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuingOffice',
    ],
    [
      'a control character in a nested text field',
      JSON.stringify(newDetainerBody({ subject: { reference: 'BK\u001b[31m' } })),
      400,
      'REQUEST.INVALID_FIELD',
      'subject.reference',
    ],
    [
      'a lone surrogate in a text field',
      JSON.stringify(newDetainerBody({ issuingOffice: 'ERO \ud800' })),
      400,
      'REQUEST.INVALID_FIELD',
      'issuingOffice',
    ],
    [
      'a duplicate key',
      JSON.stringify(newDetainerBody()).replace('"form":"I-247A"', '"form":"I-247A","form":"I-247D"'),
      400,
      'REQUEST.INVALID_FIELD',
      'form',
    ],
    [
      'a duplicate nested key',
      JSON.stringify(newDetainerBody({ subject: { reference: 'BK-1' } })).replace(
        '"reference":"BK-1"',
        '"reference":"BK-1","reference":"BK-2"',
      ),
      400,
      'REQUEST.INVALID_FIELD',
      'subject.reference',
    ],
    [
      'a __proto__ key',
      JSON.stringify(newDetainerBody()).replace('{', '{"__proto__":{"admin":true},'),
      400,
      'REQUEST.INVALID_FIELD',
      '__proto__',
    ],
    [
      'constructor.prototype',
      JSON.stringify(newDetainerBody()).replace('{', '{"constructor":{"prototype":{"admin":true}},'),
      400,
      'REQUEST.INVALID_FIELD',
      'constructor.prototype',
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
    expect(res.json().error.details.field).toBe('limit');
  });

  it.each(['1e20', '100000000000000000000', '-1', '1.5', 'ten'])(
    'rejects offset=%s naming offset (it once answered 500)',
    async (offset) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/detainers?offset=${offset}`,
        headers: bearer(officer),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'offset' } });
    },
  );

  it('refuses an edition the catalogue does not list for the form, listing those it does', async () => {
    const res = await postRaw(JSON.stringify(newDetainerBody({ formEdition: '2019-05' })));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      details: { field: 'formEdition', problem: expect.stringContaining('2017-02') },
    });
    const i247 = await postRaw(
      JSON.stringify(
        newDetainerBody({
          form: 'I-247',
          formEdition: '2017-02',
          issuedAt: '2012-01-05T09:00:00Z',
          receivedAt: '2012-01-05T10:00:00Z',
        }),
      ),
    );
    expect(i247.json().error.details).toEqual({
      field: 'formEdition',
      problem: 'is not an edition of I-247 (its editions: pre-2010, 2010, 2011-12, 2012-12)',
      kind: 'edition',
      allowed: ['pre-2010', '2010', '2011-12', '2012-12'],
    });
  });

  it('lists every bad field of one body in details.problems', async () => {
    const res = await postRaw(
      JSON.stringify(newDetainerBody({ form: 'I-999', colour: 'red', issuingOffice: 'a\u0007' })),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details;
    expect(details.problems.map((p: { field: string }) => p.field)).toEqual(['colour', 'form', 'issuingOffice']);
    expect(details.field).toBe('colour');
  });
});
