import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { loadLaw } from '../../src/composition/law.js';
import { libraryReviewedThrough } from '../../src/core/policy/policy-catalogue.js';
import { loadReferencePlaces } from '../../src/ingest/reference/reference-places.js';
import { fakeClock } from '../support/fake-clock.js';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

interface Entry {
  fips: string;
  modality: string;
  rule: string | null;
  missing?: string[];
}

describeEachEngine('law map: GET /api/v1/law/map', ({ database }) => {
  let t: TestApp;
  const everyCounty = loadReferencePlaces().counties.map((c) => c.fips);

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock: fakeClock('2026-12-05T15:00:00Z'), demo: false });
  });

  const map = async (at: string, action: string, profile: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/law/map?at=${at}&action=${action}&profile=${profile}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      counties: Entry[];
      counts: Record<string, number>;
      rules: Record<string, { title: string; citations: { href: string }[] }>;
      form: { form: string; edition: string };
      library: { currentTo: string; beyondCurrent: boolean };
    };
  };
  const entry = (answer: { counties: Entry[] }, fips: string) => answer.counties.find((c) => c.fips === fips)!;

  it('answers every us-atlas county once, with counts that add up and citations for every rule named', async () => {
    const answer = await map('2018-01-01', 'hold', 'no-record');
    expect(answer.counties.map((c) => c.fips)).toEqual(everyCounty);
    expect(everyCounty).toHaveLength(3231);
    const counts = answer.counts;
    expect(counts.required! + counts.permitted! + counts.forbidden! + counts.undecided!).toBe(3231);
    for (const c of answer.counties) {
      if (c.rule !== null) expect(answer.rules[c.rule]?.citations.length).toBeGreaterThan(0);
    }
    expect(answer.form).toMatchObject({ form: 'I-247A', edition: '2017-02' });
  });

  it('Alameda: holds forbidden from 2014-01-01 for no record (TRUST Act), from 2014-05-21 for a serious felony (memo)', async () => {
    expect(entry(await map('2013-12-31', 'hold', 'no-record'), '06001')).toMatchObject({ modality: 'permitted' });
    expect(entry(await map('2014-01-01', 'hold', 'no-record'), '06001')).toEqual({
      fips: '06001',
      modality: 'forbidden',
      rule: 'ca-gov-7282.5-hold',
    });
    expect(entry(await map('2014-05-20', 'hold', 'serious-felony'), '06001')).toMatchObject({ modality: 'permitted' });
    const memo = await map('2014-05-21', 'hold', 'serious-felony');
    expect(entry(memo, '06001')).toEqual({
      fips: '06001',
      modality: 'forbidden',
      rule: 'ca-alameda-sheriff-memo-2014-05-21',
    });
    expect(memo.rules['ca-alameda-sheriff-memo-2014-05-21']?.title).toMatch(/Sheriff/);
  });

  it('Texas: Harris and every Texas county require holds from 2017-09-01 (SB 4), not the day before', async () => {
    const before = await map('2017-08-31', 'hold', 'no-record');
    expect(entry(before, '48201')).toMatchObject({ modality: 'permitted', rule: null });
    const after = await map('2017-09-01', 'hold', 'no-record');
    expect(entry(after, '48201')).toEqual({ fips: '48201', modality: 'required', rule: 'tx-ccp-2.251' });
    const texas = after.counties.filter((c) => c.fips.startsWith('48'));
    expect(texas).toHaveLength(254);
    expect(texas.every((c) => c.modality === 'required' && c.rule === 'tx-ccp-2.251')).toBe(true);
  });

  it('says undecided, naming the missing fact, where the profile does not give it', async () => {
    const answer = await map('2018-06-01', 'notify', 'lawful-status');
    expect(entry(answer, '06001')).toMatchObject({
      modality: 'undecided',
      rule: null,
      missing: ['subject.convictions'],
    });
    // SB 54 forbids holds outright: no missing fact changes that.
    const hold = await map('2018-06-01', 'hold', 'lawful-status');
    expect(entry(hold, '06001')).toMatchObject({ modality: 'forbidden', rule: 'ca-gov-7284.6-a1b' });
  });

  it('says up to when the library is known current, and when the day asked is later', async () => {
    expect((await map('2020-01-01', 'hold', 'no-record')).library).toMatchObject({ beyondCurrent: false });
    // The earliest day a policy file was checked against its sources (the clock's day, 2026-12-05, is the last asked).
    const late = await map('2026-12-05', 'hold', 'no-record');
    expect(late.library.currentTo).toBe(libraryReviewedThrough(loadLaw().engine.library));
    expect(late.library.beyondCurrent).toBe('2026-12-05' > late.library.currentTo);
  });

  it('answers the same from its cache', async () => {
    const url = '/api/v1/law/map?at=2015-03-03&action=transfer&profile=pending-misdemeanor';
    const first = await t.app.inject({ method: 'GET', url });
    const size = t.services.lawMap.cacheSize;
    const second = await t.app.inject({ method: 'GET', url });
    expect(second.body).toBe(first.body);
    expect(t.services.lawMap.cacheSize).toBe(size);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
  });

  it('sends the cached answer compressed once, as the client accepts (brotli, else gzip), the same JSON', async () => {
    const url = '/api/v1/law/map?at=2016-02-29&action=notify&profile=serious-felony';
    const plain = await t.app.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzip = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    const again = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
  });

  it('refuses a bad day, action or profile with 400 naming the field and the kind of problem', async () => {
    const cases: Array<[string, string, string]> = [
      ['at=garbage&action=hold&profile=no-record', 'at', 'date'],
      ['at=2014-02-30&action=hold&profile=no-record', 'at', 'date'],
      ['at=2007-12-31&action=hold&profile=no-record', 'at', 'date'],
      ['at=2099-01-01&action=hold&profile=no-record', 'at', 'future'],
      ['at=2026-12-06&action=hold&profile=no-record', 'at', 'future'],
      ['at=2014-01-01&action=arrest&profile=no-record', 'action', 'oneOf'],
      ['at=2014-01-01&action=hold&profile=saint', 'profile', 'oneOf'],
      ['action=hold&profile=no-record', 'at', 'required'],
      ['at=2014-01-01&action=hold&profile=no-record&extra=1', 'extra', 'unknownField'],
    ];
    for (const [query, field, kind] of cases) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/law/map?${query}` });
      expect(res.statusCode, query).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('REQUEST.INVALID_FIELD');
      const problems = error.details.problems ?? [error.details];
      expect(problems, query).toContainEqual(expect.objectContaining({ field, kind }));
    }
  });

  it('is in the OpenAPI document as a public route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/law/map'].get;
    expect(op.tags).toEqual(['law']);
    expect(op.security).toEqual([]);
    expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['action', 'at', 'profile']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
  });

  it('gives the panel as JSON: periods by county and action, the forms of the range, the rules named', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/law/panel?from=2017-01-01&to=2018-12-31&profile=no-record&action=hold',
    });
    expect(res.statusCode).toBe(200);
    const panel = res.json();
    expect(new Set(panel.periods.map((p: { fips: string }) => p.fips)).size).toBe(3231);
    const of = (fips: string) =>
      panel.periods
        .filter((p: { fips: string }) => p.fips === fips)
        .map((p: { from: string; to: string; modality: string; rule: string | null }) => [
          p.from,
          p.to,
          p.modality,
          p.rule,
        ]);
    expect(of('48201')).toEqual([
      ['2017-01-01', '2017-08-31', 'permitted', null],
      ['2017-09-01', '2018-12-31', 'required', 'tx-ccp-2.251'],
    ]);
    expect(of('06001')).toEqual([
      ['2017-01-01', '2017-12-31', 'forbidden', 'ca-gov-7282.5-hold'],
      ['2018-01-01', '2018-12-31', 'forbidden', 'ca-gov-7284.6-a1b'],
    ]);
    expect(panel.forms.map((f: { form: string }) => f.form)).toEqual(['I-247D', 'I-247A']);
    expect(panel.rules['tx-ccp-2.251'].citations.length).toBeGreaterThan(0);
  });

  // compare (issue 12, point 5): the compare page asks for its counties only.
  it('gives the panel of the counties asked for by FIPS code only, and refuses one that is no county', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/law/panel?from=2017-01-01&to=2018-12-31&profile=no-record&action=hold&fips=48201,06001',
    });
    expect(res.statusCode).toBe(200);
    const panel = res.json() as { periods: { fips: string; from: string; modality: string }[] };
    expect(panel.periods.map((p) => [p.fips, p.from, p.modality])).toEqual([
      ['06001', '2017-01-01', 'forbidden'],
      ['06001', '2018-01-01', 'forbidden'],
      ['48201', '2017-01-01', 'permitted'],
      ['48201', '2017-09-01', 'required'],
    ]);
    for (const [fips, problem] of [
      ['99999', 'names no county: 99999'],
      ['4820', `must be up to 10 five-digit county FIPS codes, separated by commas`],
    ]) {
      const bad = await t.app.inject({
        method: 'GET',
        url: `/api/v1/law/panel?from=2017-01-01&to=2017-02-01&profile=no-record&fips=${fips}`,
      });
      expect(bad.statusCode, fips).toBe(400);
      const { error } = bad.json();
      const problems = error.details.problems ?? [error.details];
      expect(problems, fips).toContainEqual(expect.objectContaining({ field: 'fips', kind: 'countyFips', problem }));
    }
  });

  it('gives the panel as a CSV download with format=csv or Accept: text/csv', async () => {
    const url = '/api/v1/law/panel?from=2017-08-01&to=2017-09-30&profile=no-record';
    for (const res of [
      await t.app.inject({ method: 'GET', url: `${url}&format=csv` }),
      await t.app.inject({ method: 'GET', url, headers: { accept: 'text/csv' } }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="law-panel-no-record-2017-08-01-2017-09-30.csv"',
      );
      const lines = res.body.trimEnd().split('\n');
      expect(lines[0]).toBe('fips,state,action,from,to,modality,rule,missing,conflict');
      expect(lines).toContain('48201,TX,notify,2017-09-01,2017-09-30,required,tx-ccp-2.251,,');
      expect(new Set(lines.slice(1).map((l) => l.slice(0, 5))).size).toBe(3231);
    }
  });

  it('refuses a bad panel range or format with 400 naming the field', async () => {
    const cases: Array<[string, string, string]> = [
      ['from=2018-01-01&to=2017-01-01&profile=no-record', 'to', 'beforeStart'],
      ['from=2007-01-01&to=2017-01-01&profile=no-record', 'from', 'date'],
      ['from=2017-01-01&to=2030-01-01&profile=no-record', 'to', 'future'],
      ['from=2017-01-01&to=2017-02-01&profile=no-record&format=xml', 'format', 'oneOf'],
      ['from=2017-01-01&to=2017-02-01', 'profile', 'required'],
    ];
    for (const [query, field, kind] of cases) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/law/panel?${query}` });
      expect(res.statusCode, query).toBe(400);
      const { error } = res.json();
      const problems = error.details.problems ?? [error.details];
      expect(problems, query).toContainEqual(expect.objectContaining({ field, kind }));
    }
  });
});
