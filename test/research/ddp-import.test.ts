/**
 * Deportation Data Project releases: there is no real DDP file in shared/data, so these fixtures are
 * SYNTHETIC (invented rows in the release's column layout, brief section 1.3), written to a temp folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import {
  importResearchRelease,
  type ResearchImportDeps,
  type ResearchSource,
} from '../../src/core/research/import-release.js';
import { BATCH_ROWS, ReleaseReader } from '../../src/core/research/release-reader.js';
import { ResearchFileError } from '../../src/core/research/row-parsing.js';
import { csvRowBatches } from '../../src/ingest/research/csv-rows.js';
import { readRelease } from '../../src/ingest/research/release-reading.js';
import { createResearchGazetteer } from '../../src/ingest/research/research-gazetteer.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';

const HEADER = [
  'Detainer_Prepare_Date',
  'Detainer_Lift_Date',
  'Detainer_Lift_Reason',
  'Detainer_Type',
  'Facility',
  'Facility_City',
  'Facility_State',
  'Unique_Identifier',
  'Projected_Release_Date',
  'Biometric_Match',
  'Final_Order',
];
/** Synthetic rows. P-1 twice within 24 hours (second is a likely duplicate), then again 3 days later. */
const ROWS: (string | Date)[][] = [
  [
    '2023-11-01T08:00:00',
    '2023-11-03',
    'Booked into Detention',
    'I-247A',
    'SYNTHETIC CNTY JAIL',
    'DOYLESTOWN',
    'PA',
    'P-1',
    '',
    'YES',
    'NO',
  ],
  [
    '2023-11-01T20:00:00',
    '',
    '',
    'I-247A',
    'SYNTHETIC CNTY JAIL',
    'DOYLESTOWN',
    'PA',
    'P-1',
    '(b)(6), (b)(7)(c)',
    'YES',
    'NO',
  ],
  [
    '2023-11-04T20:00:00',
    '',
    'Detainer Declined by LEA',
    'I-247A',
    'SYNTHETIC CNTY JAIL',
    'DOYLESTOWN',
    'PA',
    'P-1',
    '',
    'NO',
    'NO',
  ],
  ['2023-11-02T09:00:00', '', 'Lifted', 'I-247A', '(b)(6)(b)(7)(c)', '(b)(6)(b)(7)(c)', 'TX', 'P-2', '', 'YES', 'YES'],
  [
    '2023-12-24T09:00:00',
    '',
    'Some New Reason',
    'I-247A',
    'SYNTHETIC TEST FACILITY',
    'NOWHERE CITY',
    'TEXAS',
    '(b)(6)',
    '',
    '',
    '',
  ],
  ['not a date', '', '', 'I-247A', 'SYNTHETIC TEST FACILITY', 'NOWHERE CITY', 'TX', 'P-3', '', '', ''],
  ['2023-12-25T09:00:00', '', '', 'I-247A', 'SYNTHETIC TEST FACILITY', 'NOWHERE CITY', 'ATLANTIS', 'P-4', '', '', ''],
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-ddp-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Detainers');
  sheet.addRow(['SYNTHETIC TEST FIXTURE - not ICE data']);
  sheet.addRow(['ERO-LESA Detainers, FY2024 (invented for tests)']);
  sheet.addRow([]);
  sheet.addRow(['Note: rows below are made up']);
  sheet.addRow(HEADER);
  for (const row of ROWS) {
    sheet.addRow(row.map((c, i) => (i === 0 && /^\d{4}-/.test(String(c)) ? new Date(`${String(c)}Z`) : c)));
  }
  await workbook.xlsx.writeFile(join(dir, 'synthetic-ddp.xlsx'));
  const csv = [HEADER, ...ROWS].map((r) => r.map((c) => `"${String(c)}"`).join(',')).join('\n');
  writeFileSync(join(dir, 'synthetic-ddp.csv'), `${csv}\n`);
  // Valid UTF-8 up to a byte sequence that is not.
  writeFileSync(
    join(dir, 'bad-encoding.csv'),
    Buffer.concat([
      Buffer.from(`${HEADER.join(',')}\n${ROWS[0]!.join(',')}\n`),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('\n'),
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine('Deportation Data Project import (synthetic fixtures)', ({ database }) => {
  let deps: ResearchImportDeps;
  const clock = { now: () => new Date('2026-01-02T03:04:05Z') };
  const count = async (table: 'research_releases' | 'research_detainers' | 'research_rollup_monthly') =>
    Number(
      (
        await database()
          .db.selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    await migrateToLatest(database());
    deps = researchImportDeps(database(), clock);
  });
  /** The import's dependencies with every file opened as `source`. */
  const depsReading = (source: ResearchSource): ResearchImportDeps => ({
    ...deps,
    sources: { open: async () => source },
  });

  for (const kind of ['xlsx', 'csv'] as const) {
    it(`reads a ${kind} release: header found, redactions null and counted, duplicates flagged, bad rows rejected`, async () => {
      const report = await importResearchRelease(deps, {
        dataset: 'ddp',
        path: join(dir, `synthetic-ddp.${kind}`),
        release: `ddp-synthetic-${kind}`,
      });
      expect(report.preambleRows).toBe(kind === 'xlsx' ? 3 : 0); // the blank row is not counted
      expect(report).toMatchObject({ rowsRead: 7, rowsLoaded: 5, rowsRejected: 2, likelyDuplicates: 1 });
      expect(report.rejections.byReason).toEqual({ 'prepare date not a date': 1, 'state unknown': 1 });
      expect(report.rejections.sample.map((p) => p.line)).toEqual(kind === 'xlsx' ? [11, 12] : [7, 8]);
      const column = (name: string) => report.columns.find((c) => c.column === name)!;
      expect(column('Facility')).toMatchObject({ redacted: 1, empty: 0 });
      expect(column('Projected_Release_Date')).toMatchObject({ redacted: 1, empty: 6 });
      expect(column('Unique_Identifier')).toMatchObject({ redacted: 1, shareRedacted: 0.1429 });
      expect(report.unknownLiftReasons).toEqual({ 'Some New Reason': 1 });
      expect(report.facilities.unmapped).toEqual([
        { code: null, name: 'SYNTHETIC TEST FACILITY', city: 'NOWHERE CITY', state: 'TX', rows: 1 },
      ]);

      const rows = await database()
        .db.selectFrom('research_records')
        .select(['line', 'prepared_date', 'state', 'county_fips', 'likely_duplicate', 'outcome', 'extra'])
        .where('release_key', '=', (eb) =>
          eb.selectFrom('research_releases').select('key').where('id', '=', `ddp-synthetic-${kind}`),
        )
        .orderBy('line')
        .execute();
      expect(
        rows.map((r) => [r.prepared_date, r.state, r.county_fips, Boolean(r.likely_duplicate), r.outcome]),
      ).toEqual([
        ['2023-11-01', 'PA', '42017', false, 'transferred-to-ice'],
        ['2023-11-01', 'PA', '42017', true, 'pending'],
        ['2023-11-04', 'PA', '42017', false, 'declined-by-agency'],
        ['2023-11-02', 'TX', null, false, 'lifted-by-ice'],
        ['2023-12-24', 'TX', null, false, 'other'],
      ]);
      const extra = rows[0]!.extra;
      expect(typeof extra === 'string' ? JSON.parse(extra) : extra).toMatchObject({
        Detainer_Lift_Date: '2023-11-03',
        Biometric_Match: 'YES',
      });
    });
  }

  it('a file that is not UTF-8 fails and leaves nothing', async () => {
    const before = await Promise.all([
      count('research_releases'),
      count('research_detainers'),
      count('research_rollup_monthly'),
    ]);
    await expect(
      importResearchRelease(deps, { dataset: 'ddp', path: join(dir, 'bad-encoding.csv'), release: 'ddp-bad' }),
    ).rejects.toThrow(ResearchFileError);
    expect(
      await Promise.all([count('research_releases'), count('research_detainers'), count('research_rollup_monthly')]),
    ).toEqual(before);
  });

  it('an error thrown midway, after batches were written, rolls the whole import back', async () => {
    async function* rowsThenFailure() {
      yield [{ line: 1, cells: ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'] }];
      for (let first = 2; first < 2 + 2.5 * BATCH_ROWS; first += 1_000) {
        yield Array.from({ length: 1_000 }, (_, i) => ({
          line: first + i,
          cells: ['2010-01-01 00:00:00', 'Lifted', 'SYNTHETIC JAIL', 'NORRISTOWN', 'PENNSYLVANIA', ''],
        }));
      }
      throw new Error('disk went away');
    }
    const before = await count('research_detainers');
    const failing = depsReading({
      fileName: 'midway.csv',
      sha256: async () => 'f'.repeat(64),
      read: () => readRelease(rowsThenFailure(), new ReleaseReader('npr', createResearchGazetteer())),
    });
    await expect(importResearchRelease(failing, { dataset: 'npr', path: 'midway.csv' })).rejects.toThrow(
      'disk went away',
    );
    expect(await count('research_detainers')).toBe(before);
    const release = await database()
      .db.selectFrom('research_releases')
      .select('id')
      .where('id', '=', 'npr-ffffffffffff')
      .execute();
    expect(release).toEqual([]);
  });

  it('a failed import under the name of a release already there leaves that release as it was', async () => {
    const kept = await importResearchRelease(deps, {
      dataset: 'ddp',
      path: join(dir, 'synthetic-ddp.csv'),
      release: 'kept',
    });
    const rows = await count('research_detainers');
    const rollup = await count('research_rollup_monthly');
    const failing = depsReading({
      fileName: 'unreadable.csv',
      sha256: () => Promise.reject(new Error('file went away')),
      read: () =>
        readRelease(
          csvRowBatches(join(dir, 'synthetic-ddp.csv'), 'x'),
          new ReleaseReader('ddp', createResearchGazetteer()),
        ),
    });
    await expect(importResearchRelease(failing, { dataset: 'ddp', path: 'x', release: 'kept' })).rejects.toThrow(
      'file went away',
    );
    expect(await count('research_detainers')).toBe(rows);
    expect(await count('research_rollup_monthly')).toBe(rollup);
    const release = await database()
      .db.selectFrom('research_releases')
      .select(['rows_loaded', 'sha256'])
      .where('id', '=', 'kept')
      .executeTakeFirstOrThrow();
    expect(release).toEqual({ rows_loaded: kept.rowsLoaded, sha256: kept.sha256 });
  });

  it('importing the same release again replaces it with the same counts', async () => {
    const path = join(dir, 'synthetic-ddp.csv');
    const first = await importResearchRelease(deps, { dataset: 'ddp', path });
    const rowsAfterFirst = await count('research_detainers');
    const rollupAfterFirst = await count('research_rollup_monthly');
    const second = await importResearchRelease(deps, { dataset: 'ddp', path });
    expect(first.release).toMatch(/^ddp-[0-9a-f]{12}$/);
    expect(second).toEqual({ ...first, replaced: true });
    expect(await count('research_detainers')).toBe(rowsAfterFirst);
    expect(await count('research_rollup_monthly')).toBe(rollupAfterFirst);
  });
});
