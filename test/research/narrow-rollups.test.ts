/**
 * The narrower rollups of migration 0018 (facility by month, outcome by state and month) stay exactly
 * equal to the monthly rollup added up: after an import, a second release, and a release replaced by
 * a re-import under its name. Through the importer, on both engines. SYNTHETIC generated NPR files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | number>;
const numbers = (rows: Row[]) =>
  rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'n' || k === 'facility_id' ? Number(v) : v])),
  );

describeEachEngine('the narrower rollups kept equal to the monthly rollup', ({ database }) => {
  let deps: ResearchImportDeps;
  const clock = { now: () => new Date('2026-01-02T03:04:05Z') };
  const rows = async (query: ReturnType<typeof sql<Row>>) => numbers((await query.execute(database().db)).rows);

  /** Each narrow table against the monthly rollup added up by its columns; and the totals per release. */
  async function expectEqual(releases: Record<string, number>): Promise<void> {
    const byFacility = await rows(sql<Row>`select month, facility_id, release_id, sum(count) as n
      from research_rollup_monthly group by month, facility_id, release_id order by release_id, month, facility_id`);
    const facilityTable = await rows(sql<Row>`select month, facility_id, release_id, count as n
      from research_rollup_facility_month order by release_id, month, facility_id`);
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
  });
});
