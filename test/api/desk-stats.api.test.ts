import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../src/core/shared/ports.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * Finding 7 (desk statistics reveal single intakes): only complete months are published, computed
 * once a day, with the small-cell suppression as before.
 */
describeEachEngine('finding 7: desk statistics publish complete months only, once a day', ({ database }) => {
  let now = new Date('2026-12-15T12:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  let t: TestApp;
  let alameda: string;
  let harris: string;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
    alameda = await tokenFor(t.services, DEMO.alameda('records-officer'));
    harris = await tokenFor(t.services, DEMO.harris('records-officer'));
  });

  const stats = async (query: string, app = t) => {
    const res = await app.app.inject({ method: 'GET', url: `/api/v1/stats/desk?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      period: { from: string | null; to: string; completeMonthsOnly: boolean; refreshed: string };
      rows: Array<Record<string, unknown>>;
      totals: Array<Record<string, unknown>>;
    };
  };
  const log = async (token: string, receivedAt: string) => {
    const issuedAt = new Date(Date.parse(receivedAt) - 3_600_000).toISOString();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(token),
      payload: newDetainerBody({ issuedAt, receivedAt }),
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  it('publishes nothing of the current month: the demo requests of this month are not counted', async () => {
    const answer = await stats('groupBy=month');
    expect(answer.period).toEqual({ from: null, to: '2026-11', completeMonthsOnly: true, refreshed: '2026-12-15' });
    expect(answer.rows).toEqual([]);
  });

  it('counts the last complete month from the next day on, by local month, with small cells suppressed', async () => {
    const before = await stats('groupBy=county,month');
    // Twelve requests in Alameda's November, one of them late on the 30th (already December in UTC)...
    for (let day = 10; day < 21; day++) await log(alameda, `2026-11-${day}T10:00:00-08:00`);
    await log(alameda, '2026-11-30T21:00:00-08:00');
    // ...three in Harris County's November, and one today.
    for (const day of [3, 4, 5]) await log(harris, `2026-11-0${day}T10:00:00-06:00`);
    await log(alameda, now.toISOString());

    // The same day: the answer does not move (computed once a day).
    expect(await stats('groupBy=county,month')).toEqual(before);

    now = new Date('2026-12-16T01:00:00Z');
    const answer = await stats('groupBy=county,month');
    expect(answer.period).toEqual({
      from: '2026-11',
      to: '2026-11',
      completeMonthsOnly: true,
      refreshed: '2026-12-16',
    });
    // Harris's three are hidden; so that they cannot be worked out from the month's total of 15,
    // Alameda's twelve are hidden too (complementary suppression, as before).
    expect(answer.rows).toEqual([
      { county: '06001', month: '2026-11', count: 'suppressed' },
      { county: '48201', month: '2026-11', count: '<10' },
    ]);
    expect(answer.totals.find((r) => r.month === '2026-11' && !('county' in r))?.count).toBe(15);
    expect(answer.totals.find((r) => r.county === '06001' && !('month' in r))?.count).toBe('suppressed');
    const byMonth = await stats('groupBy=month');
    expect(byMonth.rows).toEqual([{ month: '2026-11', count: 15 }]);
    // A state filter narrows the same published months.
    expect((await stats('groupBy=month&state=CA')).rows).toEqual([{ month: '2026-11', count: 12 }]);
  });

  it('does not count a request logged today, cached or not', async () => {
    const cached = await stats('groupBy=month');
    await log(alameda, now.toISOString());
    expect(await stats('groupBy=month')).toEqual(cached);
    // A fresh server (no cache) computes the same answer for the day.
    const fresh = await buildTestApp(database(), { clock });
    try {
      expect(await stats('groupBy=month', fresh)).toEqual(cached);
    } finally {
      await fresh.app.close();
    }
  });

  it('says so in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/stats/desk'].get.description).toContain('Complete calendar months only');
  });
});
