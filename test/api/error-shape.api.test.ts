import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * One error shape for every bad input, whatever the route and whatever part of the request is bad
 * (body, query string, path parameters): 400 REQUEST.INVALID_FIELD, `details.field` naming the
 * field, `details.problem` saying what is wrong, a message that starts with the field, and never
 * the value sent.
 */
describeEachEngine('every bad input answers the same shape, naming the field', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    officer = await tokenFor(t.services, DEMO.alameda('records-officer'));
  });

  const SECRET = 'Zq7-not-echoed';
  const json = (value: unknown) => JSON.stringify(value);
  const evaluateInput = {
    asOf: '2018-06-01T10:00:00-07:00',
    place: { state: 'CA', countyFips: '06001' },
    request: { form: 'I-247A' },
  };

  // [what, method, url, raw JSON body or undefined, the field named]
  const cases: Array<[string, 'GET' | 'POST', string, string | undefined, string]> = [
    ['intake: unknown field', 'POST', '/api/v1/detainers', json(newDetainerBody({ [SECRET]: 1 })), SECRET],
    [
      'intake: control character',
      'POST',
      '/api/v1/detainers',
      json(newDetainerBody({ issuingOffice: `${SECRET}\u0007` })),
      'issuingOffice',
    ],
    [
      'intake: duplicate key',
      'POST',
      '/api/v1/detainers',
      json(newDetainerBody()).replace('{', '{"warrant":"none",'),
      'warrant',
    ],
    ['inbox: offset 1e20', 'GET', '/api/v1/detainers?offset=1e20', undefined, 'offset'],
    ['inbox: year 0000', 'GET', '/api/v1/detainers?from=0000-01-01', undefined, 'from'],
    ['inbox: unknown parameter', 'GET', `/api/v1/detainers?${SECRET}=1`, undefined, SECRET],
    ['detainer: NUL in the id', 'GET', '/api/v1/detainers/abc%00def', undefined, 'id'],
    [
      'command: unknown type',
      'POST',
      '/api/v1/detainers/00000000-0000-4000-8000-000000000000/events',
      json({ type: SECRET, expectedVersion: 1 }),
      'type',
    ],
    [
      'command: version out of range',
      'POST',
      '/api/v1/detainers/00000000-0000-4000-8000-000000000000/events',
      json({ type: 'released', expectedVersion: 1e20 }),
      'expectedVersion',
    ],
    [
      'evaluate: year 0000',
      'POST',
      '/api/v1/evaluate',
      json({ ...evaluateInput, asOf: '0000-06-01T10:00:00Z' }),
      'asOf',
    ],
    [
      'evaluate: lone surrogate',
      'POST',
      '/api/v1/evaluate',
      json({ ...evaluateInput, request: { form: 'I-247A', formEdition: '\ud800' } }),
      'request.formEdition',
    ],
    ['evaluate: duplicate key', 'POST', '/api/v1/evaluate', json(evaluateInput).replace('{', '{"asOf":"x",'), 'asOf'],
    [
      // An entry of a list body is named by the root and its index, as a field of one input is named.
      'evaluate: duplicate key in a list entry',
      'POST',
      '/api/v1/evaluate',
      `[${json(evaluateInput)},${json(evaluateInput).replace('{', '{"asOf":"x",')}]`,
      'body[1].asOf',
    ],
    ['places: bad state', 'GET', '/api/v1/places/counties?state=1', undefined, 'state'],
    ['places: bad fips', 'GET', '/api/v1/places/counties/abc', undefined, 'fips'],
    ['policies: year 0000', 'GET', '/api/v1/places/CA/policies?at=0000-01-01', undefined, 'at'],
    [
      'replay: year 0000',
      'POST',
      '/api/v1/replay',
      json({ law: { state: 'CA' }, at: '0000-01-01', from: '2015-01-01', to: '2015-12-31' }),
      'at',
    ],
    ['stats: control character', 'GET', '/api/v1/stats/detainers?groupBy=a%07b', undefined, 'groupBy'],
    [
      'sign-in: unknown field',
      'POST',
      '/api/v1/auth/sign-in',
      json({ email: 'a@b.example', password: 'x', [SECRET]: 1 }),
      SECRET,
    ],
  ];

  it.each(cases)('%s', async (_what, method, url, payload, field) => {
    const res = await t.app.inject({
      method,
      url,
      headers: { ...bearer(officer), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error).toEqual({
      code: 'REQUEST.INVALID_FIELD',
      message: expect.stringMatching(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: `)),
      details: expect.objectContaining({ field, problem: expect.any(String) }),
      requestId: res.headers['x-request-id'],
    });
    if (field !== SECRET) expect(res.body).not.toContain(SECRET);
  });
});
