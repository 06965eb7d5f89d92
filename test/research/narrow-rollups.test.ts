/**
 * The narrower rollups of migrations 0018, 0021 and 0022 (facility by month with its place and
 * re-issues, outcome by state, lift reason and month) stay exactly equal to the monthly rollup added
 * up: after an import, a second release, a release replaced by a re-import under its name, and a
 * release with re-issues; and a state by year and lift reason is answered from the outcome-by-state
 * rollup with the monthly rollup's numbers. Through the importer, on both engines. SYNTHETIC
 * generated NPR files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease, type ResearchImportDeps } from '../../src/core/research/import-release.js';
import { REISSUED } from '../../src/core/research/outcomes.js';
import { detainerStats } from '../../src/core/research/stats.js';
import { parseDetainerStatsQuery } from '../../src/core/research/stats-query.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { rollupSourceFor, SqlResearchStatsRepository } from '../../src/db/repositories/research-stats.repository.js';
import { writeNprFile } from '../../src/ingest/generator/write-npr.js';
import { describeEachEngine } from '../support/engines.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-narrow-rollups-'));
  await writeNprFile({ records: 4_000, seed: 'narrow-a' }, join(dir, 'a.csv'));
  await writeNprFile({ records: 3_000, seed: 'narrow-b' }, join(dir, 'b.csv'));
  await writeNprFile({ records: 2_500, seed: 'narrow-c' }, join(dir, 'c.csv'));
  // Re-issues (outcome reissued) among other records, at two facilities and one without a facility.
  writeFileSync(
    join(dir, 'd.csv'),
    [
      'date,lift_reason,det_facility,city,state,detainer_type',
      '2014-03-02 00:00:00,Duplicate,SYNTHETIC COUNTY JAIL,LOS ANGELES,CALIFORNIA,',
      '2014-03-05 00:00:00,Superseding - New Form Issued,SYNTHETIC COUNTY JAIL,LOS ANGELES,CALIFORNIA,',
      '2014-03-09 00:00:00,Booked into Detention,SYNTHETIC COUNTY JAIL,LOS ANGELES,CALIFORNIA,',
      '2014-04-01 00:00:00,Duplicate,SYNTHETIC CITY JAIL,AUSTIN,TEXAS,',
      '2014-04-02 00:00:00,Duplicate,,,TEXAS,',
      '2014-04-03 00:00:00,,,,TEXAS,',
    ].join('\n') + '\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | number>;
const numbers = (rows: Row[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, k === 'n' || k === 'facility_id' || k === 'reissues' ? Number(v) : v]),
    ),
  );

describeEachEngine('the narrower rollups kept equal to the monthly rollup', ({ database }) => {
  let deps: ResearchImportDeps;
  const clock = { now: () => new Date('2026-01-02T03:04:05Z') };
  const rows = async (query: ReturnType<typeof sql<Row>>) => numbers((await query.execute(database().db)).rows);

  /** Each narrow table against the monthly rollup added up by its columns; and the totals per release. */
  async function expectEqual(releases: Record<string, number>): Promise<void> {
    const byFacility = await rows(sql<Row>`select month, facility_id, state, county_fips, release_id, sum(count) as n,
        sum(case when outcome = 'reissued' then count else 0 end) as reissues
      from research_rollup_monthly group by month, facility_id, state, county_fips, release_id
      order by release_id, month, facility_id, state, county_fips`);
    const facilityTable =
      await rows(sql<Row>`select month, facility_id, state, county_fips, release_id, count as n, reissues
      from research_rollup_facility_month order by release_id, month, facility_id, state, county_fips`);
    expect(facilityTable.length).toBeGreaterThan(0);
    expect(facilityTable).toEqual(byFacility);
    const byPlace = await rows(sql<Row>`select state, outcome, lift_reason, month, release_id, sum(count) as n
      from research_rollup_monthly group by state, outcome, lift_reason, month, release_id
      order by release_id, state, outcome, lift_reason, month`);
    const placeTable = await rows(sql<Row>`select state, outcome, lift_reason, month, release_id, count as n
      from research_rollup_outcome_state order by release_id, state, outcome, lift_reason, month`);
    expect(placeTable.length).toBeGreaterThan(0);
    expect(placeTable).toEqual(byPlace);
    for (const table of ['research_rollup_facility_month', 'research_rollup_outcome_state']) {
      const totals = await rows(
        sql<Row>`select release_id, sum(count) as n from ${sql.table(table)} group by release_id order by release_id`,
      );
      expect(totals.map((t) => [t.release_id, Number(t.n)])).toEqual(Object.entries(releases));
    }
  }

  beforeAll(async () => {
    await migrateToLatest(database());
    deps = researchImportDeps(database(), clock);
  });

  it('after an import, a second release and a replacement', async () => {
    const a = await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'a.csv'), release: 'a' });
    expect(a.rowsLoaded).toBe(4_000);
    await expectEqual({ a: 4_000 });
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'b.csv'), release: 'b' });
    await expectEqual({ a: 4_000, b: 3_000 });
    // Release a again, from another file: its rows in every rollup are replaced, b's kept.
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'c.csv'), release: 'a' });
    await expectEqual({ a: 2_500, b: 3_000 });
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'd.csv'), release: 'd' });
    await expectEqual({ a: 2_500, b: 3_000, d: 6 });
    const reissues = await rows(sql<Row>`select facility_id, state, sum(reissues) as reissues
      from research_rollup_facility_month where release_id = 'd' group by facility_id, state
      order by state, facility_id`);
    expect(reissues.map((r) => [r.state, Number(r.reissues)])).toEqual([
      ['CA', 2],
      ['TX', 1],
      ['TX', 1],
    ]);
    // Two lift reasons of one outcome in one state and month are two rows.
    const reasons = await rows(sql<Row>`select state, outcome, lift_reason, month, count as n
      from research_rollup_outcome_state where release_id = 'd'`);
    expect(reasons.map((r) => [r.state, r.outcome, r.lift_reason, r.month, Number(r.n)]).sort()).toEqual([
      ['CA', 'reissued', 'Duplicate', '2014-03', 1],
      ['CA', 'reissued', 'Superseding - New Form Issued', '2014-03', 1],
      ['CA', 'transferred-to-ice', 'Booked into Detention', '2014-03', 1],
      ['TX', 'pending', '', '2014-04', 1],
      ['TX', 'reissued', 'Duplicate', '2014-04', 2],
    ]);
  });

  it('answers a state by year and lift reason from the outcome-by-state rollup, as the monthly rollup does', async () => {
    // The dimensions and filters the use case gives the store for "a state by year x lift reason".
    const asked = {
      state: 'PA',
      withoutOutcome: REISSUED,
      periods: [{ release: 'b', from: '2010-01', to: '2015-12' }],
    };
    expect(rollupSourceFor(['month', 'liftReason'], asked).table).toBe('research_rollup_outcome_state');
    expect(rollupSourceFor(['month', 'liftReason'], { ...asked, outcome: 'lifted-by-ice' }).table).toBe(
      'research_rollup_outcome_state',
    );
    expect(rollupSourceFor(['month', 'liftReason'], { ...asked, liftReason: 'Lifted' }).table).toBe(
      'research_rollup_outcome_state',
    );
    // A dimension or filter it does not keep still reads the monthly rollup.
    expect(rollupSourceFor(['month', 'liftReason', 'form'], asked).table).toBe('research_rollup_monthly');
    expect(rollupSourceFor(['month', 'liftReason'], { ...asked, county: '42091' }).table).toBe(
      'research_rollup_monthly',
    );

    const reader = new SqlResearchStatsRepository(database().db, database().engine);
    const [busiest] = await rows(sql<Row>`select state, sum(count) as n from research_rollup_monthly
      where release_id = 'b' and state <> '' group by state order by sum(count) desc, state limit 1`);
    const state = String(busiest!.state);
    for (const outcome of [undefined, 'lifted-by-ice'] as const) {
      const query = parseDetainerStatsQuery({
        groupBy: 'year,liftReason',
        state,
        release: 'b',
        ...(outcome ? { outcome } : {}),
      });
      if (!query.ok) throw new Error(query.error.message);
      const answer = await detainerStats(reader, query.value);
      if (!answer.ok) throw new Error(answer.error.message);
      // The same question of the monthly rollup, as it was answered before migration 0022.
      const before = await rows(sql<Row>`select substr(month, 1, 4) as year, lift_reason, sum(count) as n
        from research_rollup_monthly
        where release_id = 'b' and state = ${state} and outcome <> ${REISSUED}
          ${outcome ? sql`and outcome = ${outcome}` : sql``}
        group by substr(month, 1, 4), lift_reason`);
      const expected = before.map((r) => [Number(r.year), r.lift_reason === '' ? null : r.lift_reason, Number(r.n)]);
      const got = answer.value.rows.map((r) => [r.year, r.liftReason, r.count]);
      expect(got.length).toBeGreaterThan(1);
      expect(got.sort()).toEqual(expected.sort());
    }
  });
});
