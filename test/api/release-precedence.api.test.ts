/**
 * Issue 14, points 2 and 7: two releases that overlap in time, counted one release per month (the newer where
 * both cover a whole month), `release=` narrowing the candidates, `combine=add` adding up and saying so, the
 * as-of date deciding, and re-issues left out of detainer counts unless asked. Exact counts from the records the
 * fixture wrote. Through the real HTTP layer, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from '../research/stats-fixture.js';

interface Answer {
  rows: { count: number; year?: number; outcome?: string }[];
  releases: { id: string; asOf: string | null }[];
  combined: 'precedence' | 'added';
  periods: { release: string; from: string; to: string }[];
  overlaps: { releases: string[] }[];
  reissues: { excluded: boolean; count: number };
  filters: Record<string, unknown>;
}

const total = (rows: Answer['rows']) => rows.reduce((n, r) => n + r.count, 0);
const month = (r: FixtureRecord) => r.date.slice(0, 7);
const notReissue = (r: FixtureRecord) => r.outcome !== 'reissued';

describeEachEngine('releases that overlap, one per month; re-issues apart', ({ database }) => {
  let t: TestApp;
  let older: FixtureRecord[]; // 2012-01 to 2013-06
  let newer: FixtureRecord[]; // 2013-01 to 2014-12, with re-issues
  /** The first month the newer release has whole (its first record on the 1st: that month; else the next). */
  let handover: string;
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response.json() as Answer;
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    const db = database().db;
    older = await writeGeneratedRelease(db, {
      id: 'older',
      dataset: 'ddp',
      records: 6_000,
      seed: 'precedence-a',
      dates: { from: '2012-01-01', to: '2013-06-30' },
    });
    newer = await writeGeneratedRelease(db, {
      id: 'newer',
      dataset: 'ddp',
      records: 6_000,
      seed: 'precedence-b',
      dates: { from: '2013-01-01', to: '2014-12-31' },
      reissueEvery: 9,
    });
    const firstNewer = newer.map((r) => r.date).sort()[0]!;
    handover = firstNewer === '2013-01-01' ? '2013-01' : '2013-02';
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it('takes the overlapped months from the newer release only, and names the release per period', async () => {
    expect(older.length).toBeGreaterThan(100);
    expect(newer.filter((r) => r.outcome === 'reissued').length).toBeGreaterThan(10);
    const body = await get('/api/v1/stats/detainers?groupBy=year');
    expect(body.combined).toBe('precedence');
    expect(body.periods).toEqual([
      { release: 'older', from: '2012-01', to: handover === '2013-01' ? '2012-12' : '2013-01' },
      { release: 'newer', from: handover, to: '2014-12' },
    ]);
    const counted = [
      ...older.filter((r) => month(r) < handover),
      ...newer.filter((r) => month(r) >= handover && notReissue(r)),
    ];
    const byYear = new Map<number, number>();
    for (const r of counted) byYear.set(Number(r.date.slice(0, 4)), (byYear.get(Number(r.date.slice(0, 4))) ?? 0) + 1);
    expect(body.rows).toEqual([...byYear].sort().map(([year, count]) => ({ year, count })));
    expect(body.overlaps.map((o) => o.releases)).toEqual([['newer', 'older']]);
    expect(body.releases.map((r) => r.id)).toEqual(['newer', 'older']);
    // Re-issues: left out by default, and counted apart.
    expect(body.reissues).toEqual({
      excluded: true,
      count: newer.filter((r) => month(r) >= handover && !notReissue(r)).length,
    });
  });

  it('adds the releases up only when asked (combine=add), and says so', async () => {
    const body = await get('/api/v1/stats/detainers?combine=add');
    expect(body.combined).toBe('added');
    expect(body.rows).toEqual([{ count: older.length + newer.filter(notReissue).length }]);
    expect(body.periods).toEqual([
      { release: 'older', from: '2012-01', to: '2013-06' },
      { release: 'newer', from: '2013-01', to: '2014-12' },
    ]);
    expect(body.overlaps.map((o) => o.releases)).toEqual([['newer', 'older']]);
  });

  it('counts only the named releases (release=), with the precedence among them', async () => {
    const one = await get('/api/v1/stats/detainers?release=older');
    expect(one.rows).toEqual([{ count: older.length }]);
    expect(one.periods).toEqual([{ release: 'older', from: '2012-01', to: '2013-06' }]);
    const both = await get('/api/v1/stats/detainers?release=older,newer');
    const all = await get('/api/v1/stats/detainers');
    expect(both.rows).toEqual(all.rows);
    expect(both.periods).toEqual(all.periods);
  });

  it('counts to the day across the handover, each day from its month’s release', async () => {
    const body = await get('/api/v1/stats/detainers?from=2012-12-15&to=2013-03-10');
    const expected =
      older.filter((r) => r.date >= '2012-12-15' && month(r) < handover).length +
      newer.filter((r) => month(r) >= handover && r.date <= '2013-03-10' && notReissue(r)).length;
    expect(body.rows).toEqual([{ count: expected }]);
  });

  it('counts re-issues when asked (includeReissues=true), and by their own outcome', async () => {
    const included = await get('/api/v1/stats/detainers?includeReissues=true&release=newer');
    expect(included.rows).toEqual([{ count: newer.length }]);
    expect(included.reissues).toEqual({ excluded: false, count: 0 });
    expect(included.filters).toMatchObject({ includeReissues: true });
    const excluded = await get('/api/v1/stats/detainers?release=newer&groupBy=outcome');
    expect(total(excluded.rows)).toBe(newer.filter(notReissue).length);
    expect(excluded.rows.map((r) => r.outcome)).not.toContain('reissued');
    expect(excluded.reissues).toEqual({ excluded: true, count: newer.length - newer.filter(notReissue).length });
    const only = await get('/api/v1/stats/detainers?release=newer&outcome=reissued');
    expect(only.rows).toEqual([{ count: newer.length - newer.filter(notReissue).length }]);
    expect(only.reissues).toEqual({ excluded: false, count: 0 });
  });

  it('replays each month from one release, without re-issues unless asked, and names the release per period', async () => {
    const replay = async (filters: Record<string, unknown>) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/replay',
        payload: { law: { state: 'CA' }, at: '2018-01-01', from: '2012-01-01', to: '2014-12-31', filters },
      });
      expect(response.statusCode).toBe(200);
      return response.json() as { records: number; periods: Answer['periods']; filters: Record<string, unknown> };
    };
    const stats = await get('/api/v1/stats/detainers?groupBy=year');
    const once = [...older.filter((r) => month(r) < handover), ...newer.filter((r) => month(r) >= handover)];
    const report = await replay({});
    expect(report.periods).toEqual(stats.periods);
    expect(report.records).toBe(once.filter(notReissue).length);
    expect(report.records).toBe(total(stats.rows));
    expect(report.filters).toMatchObject({ includeReissues: false });
    expect((await replay({ includeReissues: true })).records).toBe(once.length);
    const named = await replay({ release: 'older' });
    expect(named.periods).toEqual([{ release: 'older', from: '2012-01', to: '2013-06' }]);
    expect(named.records).toBe(older.length);
  });

  it('counts a year by facility without re-issues, and with them when asked', async () => {
    const inYear = newer.filter((r) => r.date.startsWith('2014'));
    const byFacility = (records: FixtureRecord[]) =>
      [...tally(records, (r) => String(r.facilityId))]
        .map(([facility, count]) => ({ facility: Number(facility), count }))
        .sort((a, b) => a.facility - b.facility);
    const asked = async (extra: string) =>
      (
        await get(
          `/api/v1/stats/detainers?groupBy=facility&from=2014-01-01&to=2014-12-31&sort=count&limit=1000${extra}`,
        )
      ).rows
        .map((r) => r as unknown as { facility: number; count: number })
        .sort((a, b) => a.facility - b.facility);
    expect(inYear.some((r) => !notReissue(r))).toBe(true);
    expect(await asked('')).toEqual(byFacility(inYear.filter(notReissue)));
    expect(await asked('&includeReissues=true')).toEqual(byFacility(inYear));
    expect(await asked('&outcome=reissued')).toEqual(byFacility(inYear.filter((r) => !notReissue(r))));
  });

  it('lets a later as-of date win the months it covers whole, and lists each release with its months', async () => {
    await database()
      .db.updateTable('research_releases')
      .set({ as_of: '2020-01-01' })
      .where('id', '=', 'older')
      .execute();
    try {
      const list = await get('/api/v1/stats/releases');
      const lastOlder = older.map((r) => r.date).sort()[older.length - 1]!;
      const olderTo = lastOlder === '2013-06-30' ? '2013-06' : '2013-05';
      expect(list.releases.map((r) => [r.id, r.asOf])).toEqual([
        ['newer', newer.map((r) => r.date).sort()[newer.length - 1]!],
        ['older', '2020-01-01'],
      ]);
      const afterOlder = olderTo === '2013-06' ? '2013-07' : '2013-06';
      expect(list.periods).toEqual([
        { release: 'older', from: '2012-01', to: olderTo },
        { release: 'newer', from: afterOlder, to: '2014-12' },
      ]);
      const body = await get('/api/v1/stats/detainers');
      expect(body.rows).toEqual([
        {
          count:
            older.filter((r) => month(r) <= olderTo).length +
            newer.filter((r) => month(r) >= afterOlder && notReissue(r)).length,
        },
      ]);
    } finally {
      await database().db.updateTable('research_releases').set({ as_of: null }).where('id', '=', 'older').execute();
    }
  });

  it('answers 400 naming combine or includeReissues when wrong', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/stats/detainers?combine=sum' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'REQUEST.INVALID_FIELD', details: { field: 'combine' } } });
    const flag = await t.app.inject({ method: 'GET', url: '/api/v1/stats/detainers?includeReissues=yes' });
    expect(flag.statusCode).toBe(400);
    expect(flag.json()).toMatchObject({ error: { details: { field: 'includeReissues' } } });
  });
});
