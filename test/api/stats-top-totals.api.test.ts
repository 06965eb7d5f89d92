/**
 * The statistics API's top-N and totals (issue 14, "Speed"): `limit` and `sort` (count, largest
 * first, or by the dimensions), and `totals` (include / only) over every group whatever `limit`
 * keeps. Exact counts from the generated records; through the real HTTP layer, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from '../research/stats-fixture.js';

interface Answer {
  rows: Record<string, unknown>[];
  totals?: { count: number; groups: number };
  filters: Record<string, unknown>;
  error?: { code: string; message: string; details: Record<string, unknown> };
}

/** Groups as [key, count], largest first, ties by key (numbers as numbers). */
function byCount(counts: Map<string, number>, key: (k: string) => string | number): [string | number, number][] {
  return [...counts]
    .map(([k, n]): [string | number, number] => [key(k), n])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

describeEachEngine('statistics: limit, sort and totals', ({ database }) => {
  let t: TestApp;
  let records: FixtureRecord[];
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() as Answer };
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    records = await writeGeneratedRelease(database().db, {
      id: 'top',
      dataset: 'npr',
      records: 3_000,
      seed: 'top-n',
    });
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it("gives a year's top facilities, largest first, with the total and the groups before the cut", async () => {
    const year = records.map((r) => r.date.slice(0, 4)).sort()[Math.floor(records.length / 2)]!;
    const inYear = records.filter((r) => r.date.startsWith(year));
    const expected = byCount(
      tally(inYear, (r) => String(r.facilityId)),
      Number,
    );
    expect(expected.length).toBeGreaterThan(5);
    const { status, body } = await get(
      `/api/v1/stats/detainers?groupBy=facility&from=${year}-01-01&to=${year}-12-31&sort=count&limit=5&totals=include`,
    );
    expect(status).toBe(200);
    expect(body.rows).toEqual(expected.slice(0, 5).map(([facility, count]) => ({ facility, count })));
    expect(body.totals).toEqual({ count: inYear.length, groups: expected.length });
    expect(body.filters).toMatchObject({ sort: 'count', limit: 5, totals: 'include' });
  });

  it('cuts rows worked out from the month (year x outcome) and exact days the same way', async () => {
    const expected = byCount(
      tally(records, (r) => `${r.date.slice(0, 4)}|${r.outcome}`),
      (k) => k,
    );
    const { body } = await get('/api/v1/stats/detainers?groupBy=year,outcome&sort=count&limit=4&totals=include');
    expect(body.rows).toEqual(
      expected.slice(0, 4).map(([key, count]) => {
        const [year, outcome] = String(key).split('|');
        return { year: Number(year), outcome, count };
      }),
    );
    expect(body.totals).toEqual({ count: records.length, groups: expected.length });

    // From the middle of a month: that month counted from the records, the rest from the rollup.
    const from = '2012-03-15';
    const to = '2013-06-20';
    const within = records.filter((r) => r.date >= from && r.date <= to);
    const states = byCount(
      tally(within, (r) => r.stateCode),
      (k) => k,
    );
    const days = await get(
      `/api/v1/stats/detainers?groupBy=state&from=${from}&to=${to}&sort=count&limit=3&totals=include`,
    );
    expect(days.body.rows).toEqual(states.slice(0, 3).map(([state, count]) => ({ state, count })));
    expect(days.body.totals).toEqual({ count: within.length, groups: states.length });
  });

  it('cuts a question with no dimension (one total) and a flag dimension the same way as the whole answer', async () => {
    // Found by the schema fuzzer: no groupBy with limit left SQL "order by" without a term.
    const one = await get('/api/v1/stats/detainers?limit=3&totals=include');
    expect(one.status).toBe(200);
    expect(one.body.rows).toEqual([{ count: records.length }]);
    expect(one.body.totals).toEqual({ count: records.length, groups: 1 });
    // usCitizen is a flag (false before true), never unknown: the store's order is the core's.
    const whole = await get('/api/v1/stats/detainers?groupBy=usCitizen,outcome');
    const cut = await get('/api/v1/stats/detainers?groupBy=usCitizen,outcome&limit=3');
    expect(cut.status).toBe(200);
    expect(cut.body.rows).toEqual(whole.body.rows.slice(0, 3));
  });

  it('sorts by the dimensions by default, and cuts that order', async () => {
    const months = [...tally(records, (r) => r.date.slice(0, 7))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const { body } = await get('/api/v1/stats/detainers?groupBy=month&limit=3');
    expect(body.rows).toEqual(months.slice(0, 3).map(([month, count]) => ({ month, count })));
    expect(body.totals).toBeUndefined();
  });

  it('gives the totals alone with totals=only, of a filtered question', async () => {
    const declined = records.filter((r) => r.outcome === 'declined-by-agency');
    expect(declined.length).toBeGreaterThan(0);
    const { status, body } = await get(
      '/api/v1/stats/detainers?groupBy=state,year&outcome=declined-by-agency&totals=only',
    );
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
    expect(body.totals).toEqual({
      count: declined.length,
      groups: tally(declined, (r) => `${r.stateCode}|${r.date.slice(0, 4)}`).size,
    });
    const facilities = await get('/api/v1/stats/detainers?groupBy=facility&totals=only');
    expect(facilities.body.totals).toEqual({
      count: records.length,
      groups: tally(records, (r) => String(r.facilityId)).size,
    });
  });

  it('refuses a limit that is not a whole number from 1 to 10000, and an unknown sort or totals, naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=10001', 'limit'],
      ['limit=x', 'limit'],
      ['sort=size', 'sort'],
      ['totals=all', 'totals'],
    ] as const) {
      const { status, body } = await get(`/api/v1/stats/detainers?groupBy=state&${query}`);
      expect(status, query).toBe(400);
      expect(body.error?.code, query).toBe('REQUEST.INVALID_FIELD');
      expect(JSON.stringify(body.error), query).toContain(field);
    }
  });
});
