import { afterAll, beforeAll, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src/core/research/stats.js';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from './stats-fixture.js';

const RELEASE = 'test-generated';

describeEachEngine('public statistics', ({ database }) => {
  let t: TestApp;
  let records: FixtureRecord[];
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    return {
      status: response.statusCode,
      body: response.json() as Record<string, unknown> & { rows: Record<string, unknown>[] },
    };
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    records = await writeGeneratedRelease(database().db, {
      id: RELEASE,
      dataset: 'synthetic',
      records: 4_000,
      seed: 'stats-test',
    });
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it('counts FOIA records by year and outcome for a state, without signing in', async () => {
    const { status, body } = await get(`/api/v1/stats/detainers?groupBy=year,outcome&state=ca&release=${RELEASE}`);
    expect(status).toBe(200);
    const expected = tally(
      records.filter((r) => r.stateCode === 'CA'),
      (r) => `${r.date.slice(0, 4)}|${r.outcome}`,
    );
    expect(body.rows).toHaveLength(expected.size);
    for (const row of body.rows) {
      expect(Object.keys(row).sort()).toEqual(['count', 'outcome', 'year']);
      expect(row.count).toBe(expected.get(`${String(row.year)}|${String(row.outcome)}`));
    }
    const keys = body.rows.map((r) => `${String(r.year)}|${String(r.outcome)}`);
    expect(keys).toEqual([...keys].sort());
    expect(body.releases).toEqual([
      {
        id: RELEASE,
        dataset: 'synthetic',
        sourceFile: 'generated:stats-test',
        importedAt: '2026-01-02T03:04:05.000Z',
        rowsLoaded: 4_000,
        sha256: '0'.repeat(64),
        recordsCriminality: false,
        recordsCitizenship: false,
        recordsConviction: false,
        recordsAor: false,
        // The release's time coverage (explorer, issue 12): its first and last prepare date.
        coverage: { from: [...records].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!.date, to: expect.any(String) },
        asOf: expect.any(String),
      },
    ]);
    expect(body.overlaps).toEqual([]);
    expect(body.filters).toEqual({ groupBy: ['year', 'outcome'], state: 'CA', release: RELEASE });
  });

  it('groups by US fiscal year and by facility with names', async () => {
    const fy = await get(`/api/v1/stats/detainers?groupBy=fiscalYear&release=${RELEASE}`);
    const expected = tally(records, (r) => String(fiscalYearOf(r.date.slice(0, 7))));
    expect(fy.body.rows).toEqual([...expected].sort().map(([y, count]) => ({ fiscalYear: Number(y), count })));

    const byFacility = await get(`/api/v1/stats/detainers?groupBy=facility&state=TX&release=${RELEASE}`);
    const facilities = byFacility.body.facilities as { id: number; name: string }[];
    expect(facilities.length).toBe(byFacility.body.rows.length);
    expect(facilities.every((f) => f.name.startsWith('SYNTHETIC COUNTY JAIL') && f.name.endsWith(', TX'))).toBe(true);
    const total = byFacility.body.rows.reduce((s, r) => s + (r.count as number), 0);
    expect(total).toBe(records.filter((r) => r.stateCode === 'TX').length);
  });

  it('is exact to the day when a bound falls inside a month', async () => {
    const from = '2011-03-17';
    const to = '2013-08-05';
    const { body } = await get(
      `/api/v1/stats/detainers?groupBy=liftReason&from=${from}&to=${to}&outcome=transferred-to-ice&release=${RELEASE}`,
    );
    expect(body.granularity).toBe('day');
    const expected = records.filter((r) => r.date >= from && r.date <= to && r.outcome === 'transferred-to-ice');
    expect(body.rows).toEqual([{ liftReason: 'Booked into Detention', count: expected.length }]);

    const months = await get(`/api/v1/stats/detainers?groupBy=month&from=2012-01-01&to=2012-03-31&release=${RELEASE}`);
    expect(months.body.granularity).toBe('month');
    expect(months.body.rows.map((r) => r.month)).toEqual(['2012-01', '2012-02', '2012-03']);
  });

  it('answers 400 naming the field', async () => {
    const { status, body } = await get('/api/v1/stats/detainers?groupBy=year,galaxy');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'REQUEST.INVALID_FIELD', details: { field: 'groupBy' } } });
    expect((await get('/api/v1/stats/detainers?from=2014-13-01')).body).toMatchObject({
      error: { details: { field: 'from' } },
    });
    expect((await get('/api/v1/stats/detainers?colour=red')).status).toBe(400);
  });

  it("publishes the desk's own counts for complete months only, with small cells suppressed", async () => {
    // The counts themselves, with data in a complete month, are tested in test/api/desk-stats.api.test.ts.
    const { status, body } = await get('/api/v1/stats/desk?groupBy=state,status');
    expect(status).toBe(200);
    const period = body.period as { to: string; completeMonthsOnly: boolean; refreshed: string };
    expect(period.completeMonthsOnly).toBe(true);
    expect(period.refreshed).toBe(new Date().toISOString().slice(0, 10));
    expect(period.to < period.refreshed.slice(0, 7)).toBe(true);
    const hidden = (v: unknown) => v === '<10' || v === 'suppressed';
    for (const row of [...body.rows, ...(body.totals as Record<string, unknown>[])]) {
      expect(typeof row.count === 'number' ? row.count >= 10 : hidden(row.count)).toBe(true);
    }
    expect((await get('/api/v1/stats/desk?groupBy=status,fiscalYear')).status).toBe(400);
  });

  it('lists the stats routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/stats/detainers', '/api/v1/stats/desk']));
  });
});
