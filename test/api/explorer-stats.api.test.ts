/**
 * The data explorer's API (issue 12, point 4): the releases with their time coverage, several releases
 * named at once, releases that overlap in time counted one per month (issue 14: no longer refused) and
 * reported, and the form and lift-reason filters. Through the real HTTP layer, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from '../research/stats-fixture.js';

interface Answer {
  rows: Record<string, unknown>[];
  releases: { id: string; coverage: { from: string | null; to: string | null } }[];
  overlaps: { releases: string[]; from: string; to: string; months: { from: string; to: string } }[];
  combined: 'precedence' | 'added';
  periods: { release: string; from: string; to: string }[];
  filters: Record<string, unknown>;
  error?: { code: string; message: string; details: Record<string, unknown> };
}

const sum = (rows: Record<string, unknown>[]) => rows.reduce((n, r) => n + Number(r.count), 0);
/** The records the answer's periods say count: each month from its one release. */
const countedBy = (periods: Answer['periods'], byRelease: Record<string, FixtureRecord[]>, from = '', to = '9') =>
  periods.reduce(
    (n, p) =>
      n +
      byRelease[p.release]!.filter((r) => {
        const month = r.date.slice(0, 7);
        return month >= p.from && month <= p.to && r.date >= from && r.date <= to;
      }).length,
    0,
  );
const first = (records: FixtureRecord[]) => records.map((r) => r.date).sort()[0]!;
const last = (records: FixtureRecord[]) => records.map((r) => r.date).sort()[records.length - 1]!;

describeEachEngine('the data explorer: releases, overlaps, form and lift reason', ({ database }) => {
  let t: TestApp;
  let early: FixtureRecord[]; // prepared up to 2011
  let late: FixtureRecord[]; // from 2012
  let whole: FixtureRecord[]; // every year: overlaps both
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() as Answer };
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    const db = database().db;
    early = await writeGeneratedRelease(db, {
      id: 'early',
      dataset: 'npr',
      records: 1_500,
      seed: 'explorer-a',
      dates: { from: '1990-01-01', to: '2011-12-31' },
    });
    late = await writeGeneratedRelease(db, {
      id: 'late',
      dataset: 'ddp',
      records: 1_500,
      seed: 'explorer-b',
      dates: { from: '2012-01-01', to: '2100-12-31' },
    });
    whole = await writeGeneratedRelease(db, { id: 'whole', dataset: 'synthetic', records: 1_000, seed: 'explorer-c' });
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it('lists every release with the days it covers, and the pairs that cover the same days', async () => {
    const { status, body } = await get('/api/v1/stats/releases');
    expect(status).toBe(200);
    expect(body.releases.map((r) => [r.id, r.coverage])).toEqual([
      ['early', { from: first(early), to: last(early) }],
      ['late', { from: first(late), to: last(late) }],
      ['whole', { from: first(whole), to: last(whole) }],
    ]);
    expect(body.overlaps).toEqual([
      {
        releases: ['early', 'whole'],
        from: first(whole) > first(early) ? first(whole) : first(early),
        to: last(early),
        months: { from: expect.stringMatching(/^\d{4}-\d{2}$/), to: last(early).slice(0, 7) },
      },
      {
        releases: ['late', 'whole'],
        from: first(late),
        to: last(whole) < last(late) ? last(whole) : last(late),
        months: { from: first(late).slice(0, 7), to: expect.stringMatching(/^\d{4}-\d{2}$/) },
      },
    ]);
  });

  it('counts several named releases that do not overlap, added up, with each one named', async () => {
    const { status, body } = await get('/api/v1/stats/detainers?groupBy=year&release=late,early');
    expect(status).toBe(200);
    const expected = tally([...early, ...late], (r) => r.date.slice(0, 4));
    expect(body.rows).toEqual([...expected].sort().map(([year, count]) => ({ year: Number(year), count })));
    expect(body.releases.map((r) => r.id)).toEqual(['early', 'late']);
    expect(body.overlaps).toEqual([]);
    expect(body.combined).toBe('precedence');
    expect(body.periods).toEqual([
      { release: 'early', from: first(early).slice(0, 7), to: last(early).slice(0, 7) },
      { release: 'late', from: first(late).slice(0, 7), to: last(late).slice(0, 7) },
    ]);
    expect(body.filters).toEqual({ groupBy: ['year'], release: 'late,early' });
  });

  it('counts named releases that cover the same days one per month, the newer where they overlap', async () => {
    const { status, body } = await get('/api/v1/stats/detainers?groupBy=year&release=early,whole');
    expect(status).toBe(200);
    expect(body.combined).toBe('precedence');
    expect(body.overlaps.map((o) => o.releases)).toEqual([['early', 'whole']]);
    // whole reaches later (as of its last prepare date): it has every month it covers whole.
    expect(body.periods.map((p) => p.release)).toContain('whole');
    const months = body.periods.flatMap((p) => [p.from, p.to]);
    expect(months).toEqual([...months].sort());
    const counted = countedBy(body.periods, { early, whole });
    expect(sum(body.rows)).toBe(counted);
    expect(counted).toBeLessThan(early.length + whole.length);
    // Within dates only one of them covers, nothing is shared.
    const after = await get('/api/v1/stats/detainers?groupBy=outcome&release=early,whole&from=2012-01-01');
    expect(after.status).toBe(200);
    expect(sum(after.body.rows)).toBe(whole.filter((r) => r.date >= '2012-01-01').length);
    expect(after.body.periods).toEqual([{ release: 'whole', from: '2012-01', to: last(whole).slice(0, 7) }]);
  });

  it('counts every release when none is named, one per month; combine=add adds them up and says so', async () => {
    const all = await get('/api/v1/stats/detainers?groupBy=outcome');
    expect(all.body.combined).toBe('precedence');
    expect(sum(all.body.rows)).toBe(countedBy(all.body.periods, { early, late, whole }));
    expect(all.body.overlaps.map((o) => o.releases)).toEqual([
      ['early', 'whole'],
      ['late', 'whole'],
    ]);
    const added = await get('/api/v1/stats/detainers?groupBy=outcome&combine=add');
    expect(added.body.combined).toBe('added');
    expect(sum(added.body.rows)).toBe(early.length + late.length + whole.length);
    expect(added.body.periods.map((p) => p.release).sort()).toEqual(['early', 'late', 'whole']);
    expect(added.body.filters).toMatchObject({ combine: 'add' });
    const in2013 = await get('/api/v1/stats/detainers?groupBy=outcome&from=2013-01-01&to=2013-12-31');
    expect(in2013.body.overlaps).toEqual([
      {
        releases: ['late', 'whole'],
        from: expect.stringMatching(/^2013-/),
        to: expect.stringMatching(/^2013-/),
        months: { from: expect.stringMatching(/^2013-/), to: expect.stringMatching(/^2013-/) },
      },
    ]);
    expect(sum(in2013.body.rows)).toBe(
      countedBy(in2013.body.periods, { early, late, whole }, '2013-01-01', '2013-12-31'),
    );
  });

  it('answers 400 naming release for a release not imported, an empty item or one given twice', async () => {
    const unknown = await get('/api/v1/stats/detainers?release=early,nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      details: { field: 'release', kind: 'oneOf', allowed: ['early', 'late', 'whole'] },
    });
    expect(unknown.body.error!.message).toContain('item 2 is not an imported release');
    expect((await get('/api/v1/stats/detainers?release=early,,late')).body.error).toMatchObject({
      details: { field: 'release', kind: 'empty' },
    });
    expect((await get('/api/v1/stats/detainers?release=early,early')).body.error).toMatchObject({
      details: { field: 'release', kind: 'duplicate' },
    });
  });

  it('filters by form and by lift reason, to the month and to the day', async () => {
    const form = whole.find((r) => r.form !== '')!.form;
    const byForm = await get(`/api/v1/stats/detainers?groupBy=form&release=whole&form=${encodeURIComponent(form)}`);
    expect(byForm.body.error).toBeUndefined();
    expect(byForm.status).toBe(200);
    expect(byForm.body.rows).toEqual([{ form, count: whole.filter((r) => r.form === form).length }]);
    expect(byForm.body.filters).toMatchObject({ form });

    const reason = 'Booked into Detention';
    const from = '2010-02-11';
    const to = '2013-06-20';
    const byReason = await get(
      `/api/v1/stats/detainers?groupBy=outcome&release=whole&liftReason=${encodeURIComponent(reason)}&from=${from}&to=${to}`,
    );
    expect(byReason.status).toBe(200);
    const expected = whole.filter((r) => r.liftReason === reason && r.date >= from && r.date <= to);
    expect(expected.length).toBeGreaterThan(0);
    expect(sum(byReason.body.rows)).toBe(expected.length);
  });

  it('answers 400 naming form or liftReason when blank or too long', async () => {
    expect((await get('/api/v1/stats/detainers?form=%20%20')).body.error).toMatchObject({
      details: { field: 'form', kind: 'blank' },
    });
    expect((await get(`/api/v1/stats/detainers?form=${'I'.repeat(201)}`)).body.error).toMatchObject({
      details: { field: 'form', kind: 'maxLength' },
    });
    expect((await get('/api/v1/stats/detainers?liftReason=%20')).body.error).toMatchObject({
      details: { field: 'liftReason', kind: 'blank' },
    });
  });

  it('documents the releases route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, { get?: { tags?: string[]; security?: unknown[] } }>;
    };
    expect(doc.paths['/api/v1/stats/releases']?.get).toMatchObject({ tags: ['stats'], security: [] });
  });
});
