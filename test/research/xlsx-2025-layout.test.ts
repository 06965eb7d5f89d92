/**
 * A workbook in the 2025 release's shape (bench/xlsx-release.ts: SYNTHETIC rows in the real layout,
 * six rows above the 65 headers, date cells, redactions, 40-hex person keys, shared strings written
 * after the sheet as Excel does), a few thousand rows, read end to end on the worker path: the counts
 * are exactly what the generator wrote, and the same as reading it on the importer's own thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease } from '../../src/core/research/import-release.js';
import { outcomeOf } from '../../src/core/research/outcomes.js';
import { BATCH_ROWS } from '../../src/core/research/release-reader.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import {
  RELEASE_2025_HEADERS,
  RELEASE_2025_PREAMBLE_ROWS,
  writeRelease2025Workbook,
  type Release2025Summary,
} from '../../bench/xlsx-release.js';
import { describeEachEngine } from '../support/engines.js';

/** More than one batch, so that batches and their packed other columns cross the thread and come back. */
const ROWS = BATCH_ROWS + 3_616;
let dir: string;
let path: string;
let written: Release2025Summary;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-xlsx-2025-'));
  path = join(dir, 'ERO Detainers 2025 layout SYNTHETIC.xlsx');
  written = await writeRelease2025Workbook(path, { rows: ROWS, seed: 14, facilities: 400 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine('a 2025-layout workbook on the worker path', ({ database }) => {
  const clock = { now: () => new Date('2026-12-06T05:00:00Z') };

  beforeAll(async () => {
    await migrateToLatest(database());
  });

  it('loads every row with the counts the generator wrote, the same as reading in process', async () => {
    const onWorker = researchImportDeps(database(), clock, { workerFromBytes: 0 });
    const report = await importResearchRelease(onWorker, { dataset: 'ddp', path, release: 'xlsx-2025-worker' });
    expect(report).toMatchObject({
      preambleRows: RELEASE_2025_PREAMBLE_ROWS,
      rowsRead: ROWS,
      rowsLoaded: ROWS,
      rowsRejected: 0,
      likelyDuplicates: written.likelyDuplicates,
    });
    expect(written.likelyDuplicates).toBeGreaterThan(0);
    expect(report.columns.map((c) => c.column)).toEqual([...RELEASE_2025_HEADERS]);
    const outcomes: Record<string, number> = {};
    for (const [reason, rows] of Object.entries(written.liftReasons)) {
      const outcome = outcomeOf(reason === '' ? null : reason);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + rows;
    }
    expect(report.outcomes).toEqual(outcomes);
    expect(report.facilities.total).toBe(written.facilitiesUsed);
    // The redacted identifier columns are counted as redacted in every row.
    for (const column of ['Birth Date', 'Alien File Number', 'EID Case ID', 'EID Subject ID', 'EID DTA ID']) {
      expect(report.columns.find((c) => c.column === column)).toMatchObject({ redacted: ROWS, empty: 0 });
    }

    const { db } = database();
    const stored = await db
      .selectFrom('research_detainers')
      .select([(eb) => eb.fn.countAll<number>().as('n')])
      .where('release_key', '=', (eb) =>
        eb.selectFrom('research_releases').select('key').where('id', '=', 'xlsx-2025-worker'),
      )
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(ROWS);
    // No 40-hex person key reaches the stored other columns.
    const extras = await db
      .selectFrom('research_detainers')
      .select('extra')
      .where('release_key', '=', (eb) =>
        eb.selectFrom('research_releases').select('key').where('id', '=', 'xlsx-2025-worker'),
      )
      .execute();
    const texts = extras.map((r) => (typeof r.extra === 'string' ? r.extra : JSON.stringify(r.extra)));
    // Every row keeps its other columns (Gender is always written); the facility code is read as a field, not kept there.
    expect(texts.filter((t) => t.includes('"Gender"'))).toHaveLength(ROWS);
    expect(texts.some((t) => t.includes('Detention Facility Code'))).toBe(false);
    expect(texts.some((t) => /[0-9a-f]{40}/.test(t))).toBe(false);

    const inProcess = researchImportDeps(database(), clock, { workerFromBytes: Number.POSITIVE_INFINITY });
    const local = await importResearchRelease(inProcess, { dataset: 'ddp', path, release: 'xlsx-2025-local' });
    expect({ ...local, release: 'x' }).toEqual({ ...report, release: 'x' });
  });
});
