/**
 * The narrower rollups of migrations 0018 and 0021 (facility by month with its place and re-issues,
 * outcome by state and month) stay exactly equal to the monthly rollup added up: after an import, a
 * second release, a release replaced by a re-import under its name, and a release with re-issues.
 * Through the importer, on both engines. SYNTHETIC generated NPR files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease, type ResearchImportDeps } from '../../src/core/research/import-release.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
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
    const byPlace = await rows(sql<Row>`select outcome, state, month, release_id, sum(count) as n
      from research_rollup_monthly group by outcome, state, month, release_id order by release_id, outcome, state, month`);
    const placeTable = await rows(sql<Row>`select outcome, state, month, release_id, count as n
      from research_rollup_outcome_state order by release_id, outcome, state, month`);
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
  });
});
