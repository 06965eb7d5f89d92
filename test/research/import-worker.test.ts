/**
 * The two ways a release is read, on a worker thread (large files) and on the importer's own thread
 * (small ones), store exactly the same thing; the worker's errors reach the importer as file errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease } from '../../src/core/research/import-release.js';
import { BATCH_ROWS } from '../../src/core/research/release-reader.js';
import { ResearchFileError } from '../../src/core/research/row-parsing.js';
import { toFlag } from '../../src/db/codecs.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { writeNprFile } from '../../src/ingest/generator/write-npr.js';
import { describeEachEngine } from '../support/engines.js';

let dir: string;
const RECORDS = Math.round(2.5 * BATCH_ROWS);
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-worker-'));
  await writeNprFile({ records: RECORDS, seed: '11' }, join(dir, 'generated.csv'));
  writeFileSync(join(dir, 'not-npr.csv'), 'when,what\n2020-01-01,x\n');
  // Synthetic DDP-style rows: 200 invented person keys recurring across batches, hours apart or days apart.
  const lines = ['Detainer_Prepare_Date,Detainer_Lift_Reason,Facility,Facility_City,Facility_State,Unique_Identifier'];
  for (let i = 0; i < RECORDS; i++) {
    const at = new Date(Date.UTC(2020, 0, 1) + i * 5 * 60_000 + (i % 3) * 86_400_000);
    lines.push(`${at.toISOString().slice(0, 19)},Lifted,SYNTHETIC JAIL,NORRISTOWN,PA,P-${(i * 7919) % 200}`);
  }
  writeFileSync(join(dir, 'persons.csv'), `${lines.join('\n')}\n`);
  // A small workbook with a title row above the header, as Deportation Data Project releases have.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Detainers');
  sheet.addRow(['SYNTHETIC TEST FIXTURE - not ICE data']);
  sheet.addRow([
    'Detainer_Prepare_Date',
    'Detainer_Lift_Reason',
    'Facility',
    'Facility_City',
    'Facility_State',
    'Unique_Identifier',
  ]);
  for (let i = 0; i < 300; i++) {
    sheet.addRow([
      new Date(Date.UTC(2021, 0, 1 + (i % 90), i % 24)),
      i % 3 ? 'Lifted' : '',
      'SYNTHETIC JAIL',
      'NORRISTOWN',
      'PA',
      `P-${i % 40}`,
    ]);
  }
  await workbook.xlsx.writeFile(join(dir, 'release.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine('reading a release on a worker thread', ({ database }) => {
  const clock = { now: () => new Date('2026-01-02T03:04:05Z') };
  const onWorker = () => researchImportDeps(database(), clock, { workerFromBytes: 0 });
  const inProcess = () => researchImportDeps(database(), clock, { workerFromBytes: Number.POSITIVE_INFINITY });

  beforeAll(async () => {
    await migrateToLatest(database());
  });

  const stored = async (release: string) => {
    const { db } = database();
    const records = await db
      .selectFrom('research_records')
      .select(['line', 'prepared_date', 'facility_id', 'state', 'county_fips', 'form', 'lift_reason', 'outcome'])
      .where('release_key', '=', (eb) => eb.selectFrom('research_releases').select('key').where('id', '=', release))
      .orderBy('line')
      .execute();
    const rollup = await db
      .selectFrom('research_rollup_monthly')
      .select(['month', 'state', 'county_fips', 'facility_id', 'form', 'lift_reason', 'outcome', 'count'])
      .where('release_id', '=', release)
      .orderBy('month')
      .orderBy('state')
      .orderBy('county_fips')
      .orderBy('facility_id')
      .orderBy('form')
      .orderBy('lift_reason')
      .orderBy('outcome')
      .execute();
    return { records, rollup: rollup.map((r) => ({ ...r, count: Number(r.count) })) };
  };

  it('stores the same records, rollup and report as reading in process', async () => {
    const path = join(dir, 'generated.csv');
    const worker = await importResearchRelease(onWorker(), { dataset: 'npr', path, release: 'on-worker' });
    const local = await importResearchRelease(inProcess(), { dataset: 'npr', path, release: 'in-process' });
    expect(worker.rowsLoaded).toBe(RECORDS);
    expect({ ...worker, release: 'x' }).toEqual({ ...local, release: 'x' });
    const [a, b] = [await stored('on-worker'), await stored('in-process')];
    expect(a.records).toHaveLength(RECORDS);
    expect(a.rollup.reduce((n, c) => n + c.count, 0)).toBe(RECORDS);
    expect(a).toEqual(b);
  });

  it('flags likely duplicates by person across batches, in time order', async () => {
    const path = join(dir, 'persons.csv');
    const worker = await importResearchRelease(onWorker(), { dataset: 'ddp', path, release: 'persons-worker' });
    const local = await importResearchRelease(inProcess(), { dataset: 'ddp', path, release: 'persons-local' });
    // The rule computed here, apart: each person's previous row in time order (then line), within 24 hours.
    const rows = Array.from({ length: RECORDS }, (_, i) => ({
      line: i + 2,
      at: Date.UTC(2020, 0, 1) + i * 5 * 60_000 + (i % 3) * 86_400_000,
      person: `P-${(i * 7919) % 200}`,
    })).sort((a, b) => a.at - b.at || a.line - b.line);
    const previous = new Map<string, number>();
    const expected: number[] = [];
    for (const { line, at, person } of rows) {
      const before = previous.get(person);
      if (before !== undefined && Math.abs(at - before) <= 24 * 3_600_000) expected.push(line);
      previous.set(person, at);
    }
    expected.sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(worker.likelyDuplicates).toBe(expected.length);
    expect(local.likelyDuplicates).toBe(expected.length);
    const flagged = await database()
      .db.selectFrom('research_detainers')
      .select('line')
      .where('release_key', '=', (eb) =>
        eb.selectFrom('research_releases').select('key').where('id', '=', 'persons-worker'),
      )
      .where('likely_duplicate', '=', toFlag(true) as never)
      .orderBy('line')
      .execute();
    expect(flagged.map((r) => Number(r.line))).toEqual(expected);
  });

  it('reads a workbook on the worker the same as in process', async () => {
    const path = join(dir, 'release.xlsx');
    const worker = await importResearchRelease(onWorker(), { dataset: 'ddp', path, release: 'xlsx-worker' });
    const local = await importResearchRelease(inProcess(), { dataset: 'ddp', path, release: 'xlsx-local' });
    expect(worker).toMatchObject({ preambleRows: 1, rowsRead: 300, rowsLoaded: 300 });
    expect({ ...worker, release: 'x' }).toEqual({ ...local, release: 'x' });
    expect(await stored('xlsx-worker')).toEqual(await stored('xlsx-local'));
  });

  it('reports a file the worker cannot read as a file error, storing nothing', async () => {
    const before = await stored('bad');
    await expect(
      importResearchRelease(onWorker(), { dataset: 'npr', path: join(dir, 'not-npr.csv'), release: 'bad' }),
    ).rejects.toThrow(ResearchFileError);
    await expect(
      importResearchRelease(onWorker(), { dataset: 'npr', path: join(dir, 'not-npr.csv'), release: 'bad' }),
    ).rejects.toThrow(/line 1: the first row must be the header/);
    expect(await stored('bad')).toEqual(before);
  });
});
