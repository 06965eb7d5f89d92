/**
 * The dimensions researchers ask for (issue 14, point 5) through the import and the public statistics,
 * on both engines: citizenship, the U.S.-citizen flag, criminality, the most serious conviction's
 * category and the area of responsibility (fixtures: test/research/dimensions-fixture.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease } from '../../src/core/research/import-release.js';
import { describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { writeDimensionFixtures } from '../research/dimensions-fixture.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-dimensions-'));
  writeDimensionFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Body = {
  rows: Record<string, unknown>[];
  releases: Record<string, unknown>[];
  error?: { code: string; details: Record<string, unknown> };
};

describeEachEngine("the researchers' dimensions", ({ database }) => {
  let t: TestApp;
  const get = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/stats/detainers?${query}` });
    return { status: response.statusCode, body: response.json<Body>() };
  };
  const rowsOf = async (query: string) => {
    const { status, body } = await get(query);
    expect(status, JSON.stringify(body)).toBe(200);
    return body.rows;
  };

  beforeAll(async () => {
    t = await buildTestApp(database());
    const deps = researchImportDeps(database(), { now: () => new Date('2026-01-02T03:04:05Z') });
    await importResearchRelease(deps, { dataset: 'ddp', path: join(dir, 'ddp.csv'), release: 'ddp-dims' });
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'npr.csv'), release: 'npr-dims' });
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it('counts by citizenship country as written, any case; a redacted one is unknown', async () => {
    expect(await rowsOf('groupBy=citizenship&release=ddp-dims')).toEqual([
      { citizenship: 'EL SALVADOR', count: 1 },
      { citizenship: 'GUATEMALA', count: 1 },
      { citizenship: 'HONDURAS', count: 1 },
      { citizenship: 'MEXICO', count: 4 },
      { citizenship: null, count: 1 },
    ]);
    expect(await rowsOf('citizenship=%20mexico&release=ddp-dims')).toEqual([{ count: 4 }]);
  });

  it('flags the detainers lifted for a U.S. citizen, by either spelling, in every release', async () => {
    expect(await rowsOf('groupBy=usCitizen&release=ddp-dims')).toEqual([
      { usCitizen: false, count: 6 },
      { usCitizen: true, count: 2 },
    ]);
    expect(await rowsOf('groupBy=citizenship&usCitizen=true&release=ddp-dims')).toEqual([
      { citizenship: 'EL SALVADOR', count: 1 },
      { citizenship: 'MEXICO', count: 1 },
    ]);
    expect(await rowsOf('groupBy=usCitizen&release=npr-dims')).toEqual([
      { usCitizen: false, count: 1 },
      { usCitizen: true, count: 1 },
    ]);
  });

  it('counts criminality across its spellings', async () => {
    expect(await rowsOf('groupBy=criminality&release=ddp-dims')).toEqual([
      { criminality: 'convicted', count: 5 },
      { criminality: 'no-criminal-record', count: 2 },
      { criminality: 'pending-charges', count: 1 },
    ]);
  });

  it("counts the most serious conviction by its NCIC code's group, unknown-code where the code names none", async () => {
    expect(await rowsOf('groupBy=convictionCategory&release=ddp-dims')).toEqual([
      { convictionCategory: 'assault', count: 1 },
      { convictionCategory: 'larceny', count: 1 },
      { convictionCategory: 'traffic', count: 1 },
      { convictionCategory: 'unknown-code', count: 2 },
      { convictionCategory: null, count: 3 },
    ]);
    expect(await rowsOf('groupBy=fiscalYear&convictionCategory=unknown-code')).toEqual([
      { fiscalYear: 2026, count: 2 },
    ]);
  });

  it('counts by area of responsibility as written, any case and spacing', async () => {
    expect(await rowsOf('groupBy=aor&release=ddp-dims')).toEqual([
      { aor: 'HOUSTON AREA OF RESPONSIBILITY', count: 4 },
      { aor: 'LOS ANGELES AREA OF RESPONSIBILITY', count: 3 },
      { aor: null, count: 1 },
    ]);
    expect(await rowsOf('groupBy=criminality&aor=los%20angeles%20area%20of%20responsibility')).toEqual([
      { criminality: 'convicted', count: 2 },
      { criminality: 'no-criminal-record', count: 1 },
    ]);
  });

  it('counts partial months from the records themselves, with the same dimensions', async () => {
    expect(await rowsOf('groupBy=citizenship,aor,convictionCategory&from=2024-10-05&to=2024-11-20')).toEqual([
      { citizenship: 'MEXICO', aor: 'HOUSTON AREA OF RESPONSIBILITY', convictionCategory: 'larceny', count: 1 },
      { citizenship: 'MEXICO', aor: 'HOUSTON AREA OF RESPONSIBILITY', convictionCategory: 'traffic', count: 1 },
    ]);
    expect(await rowsOf('groupBy=usCitizen&usCitizen=true&from=2025-01-02&to=2025-03-10&release=ddp-dims')).toEqual([
      { usCitizen: true, count: 2 },
    ]);
  });

  it('says which releases record each dimension (an NPR export records none)', async () => {
    const { body } = await get('groupBy=year');
    const flags = Object.fromEntries(
      body.releases.map((r) => [
        r['id'],
        [r['recordsCriminality'], r['recordsCitizenship'], r['recordsConviction'], r['recordsAor']],
      ]),
    );
    expect(flags).toEqual({ 'ddp-dims': [true, true, true, true], 'npr-dims': [false, false, false, false] });
    // Over both releases, the NPR records have no category: unknown, never a category.
    expect(await rowsOf('groupBy=criminality&release=npr-dims')).toEqual([{ criminality: null, count: 2 }]);
  });

  it('refuses a bad value, naming the field', async () => {
    for (const [query, field] of [
      ['convictionCategory=theft', 'convictionCategory'],
      ['usCitizen=yes', 'usCitizen'],
      ['citizenship=%20%20', 'citizenship'],
      ['groupBy=citizenship,nationality', 'groupBy'],
    ] as const) {
      const { status, body } = await get(query);
      expect(status).toBe(400);
      expect(JSON.stringify(body.error)).toContain(field);
    }
  });

  describe('with a small STATS_MAX_ROWS', () => {
    it('refuses a question over the new dimensions whose groups exceed it, before it runs', async () => {
      const capped = await buildTestApp(database(), { demo: false, work: { threads: 0, statsMaxRows: 5 } });
      try {
        // Eight (citizenship, conviction, area) groups in the release.
        const broad = await capped.app.inject('/api/v1/stats/detainers?groupBy=citizenship,convictionCategory,aor');
        expect(broad.statusCode).toBe(422);
        expect(broad.json()).toMatchObject({
          error: { code: 'REQUEST.TOO_BROAD', details: { field: 'groupBy', limit: 5, estimate: 9 } },
        });
        const narrow = await capped.app.inject('/api/v1/stats/detainers?groupBy=usCitizen,criminality');
        expect(narrow.statusCode).toBe(200);
      } finally {
        await capped.app.close();
      }
    });
  });
});
