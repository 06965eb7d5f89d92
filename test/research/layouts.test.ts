/**
 * Every real release layout imports (issue 14): one SYNTHETIC fixture per layout (foia-fixtures.ts,
 * written into a temp folder), imported with `auto` on both engines, with exact counts computed from
 * what the generator wrote; person keys and identifying columns reach no permanent table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease } from '../../src/core/research/import-release.js';
import { detectLayout } from '../../src/core/research/release-layouts.js';
import { cellsOf, type SheetRef } from '../../src/core/research/research-record.js';
import { createRowParser, ResearchFileError, type RowParser } from '../../src/core/research/row-parsing.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { toFlag } from '../../src/db/codecs.js';
import { createResearchGazetteer } from '../../src/ingest/research/research-gazetteer.js';
import { rowBatchesOf } from '../../src/ingest/research/worker-protocol.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { describeEachEngine } from '../support/engines.js';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.js';
import { FIXTURE_LAYOUTS, writeFoiaFixtures, type FixtureExpectation } from './foia-fixtures.js';

let dir: string;
let fixtures: FixtureExpectation[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-layouts-'));
  fixtures = await writeFoiaFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAMILY: Record<string, 'npr' | 'ddp'> = { 'npr-export': 'npr', 'ice-lea': 'npr' };
const fixture = (layout: string) => fixtures.find((f) => f.layout === layout)!;

describe('the fixtures', () => {
  it('have one file per layout, each with loaded, rejected, redacted and repeated rows where the layout allows', () => {
    expect(fixtures.map((f) => f.layout)).toEqual(FIXTURE_LAYOUTS.map((l) => l.id));
    for (const f of fixtures) {
      expect(f.rowsLoaded, f.layout).toBeGreaterThan(0);
      expect(f.rowsRead - f.rowsLoaded, f.layout).toBeGreaterThanOrEqual(3);
    }
    for (const layout of ['ice-2025', 'ice-2026-03', 'ice-2026-08', 'trac', 'ddp-processed']) {
      expect(fixture(layout).duplicateLines, layout).toHaveLength(1);
      expect(Object.keys(fixture(layout).redacted).length, layout).toBeGreaterThan(0);
    }
  });

  it('are read with the facility code and the dimensions each layout has', async () => {
    const gazetteer = createResearchGazetteer();
    for (const f of fixtures) {
      const seen: Record<number, Record<string, string | null>> = {};
      let parser: RowParser | undefined;
      let sheet: SheetRef | undefined;
      let [offset, last] = [0, 0];
      for await (const rows of rowBatchesOf(join(dir, f.file), f.file, f.file.endsWith('.xlsx') ? 'xlsx' : 'csv')) {
        for (const row of rows) {
          if (row.sheet !== sheet) [sheet, parser, offset] = [row.sheet, undefined, last];
          const line = row.line + offset;
          last = line;
          const cells = cellsOf(row);
          const layout = detectLayout(cells);
          if (layout) parser = createRowParser(layout, cells, gazetteer);
          else if (parser) {
            const parsed = parser.parse({ line, cells });
            if (parsed.ok) {
              const { facility, dimensions } = parsed.record;
              seen[line] = { facilityCode: facility?.code ?? null, ...dimensions };
              expect(JSON.stringify(parsed.record.extra ?? {})).not.toMatch(/PK-|ID-/);
            }
          }
        }
      }
      expect(seen, f.layout).toEqual(f.dimensions);
    }
  });
});

describeEachEngine('importing every release layout with auto', ({ database }) => {
  const clock = { now: () => new Date('2026-12-06T05:00:00Z') };
  const deps = () => researchImportDeps(database(), clock);
  beforeAll(async () => {
    await migrateToLatest(database());
  });

  for (const spec of FIXTURE_LAYOUTS) {
    it(`${spec.id}: detected, with exact counts of rows, outcomes, redactions, duplicates and facilities`, async () => {
      const f = fixture(spec.id);
      const report = await importResearchRelease(deps(), {
        dataset: 'auto',
        path: join(dir, f.file),
        release: `fx-${spec.id}`,
      });
      expect(report.layout.id).toBe(spec.id);
      expect(report.dataset).toBe(FAMILY[spec.id] ?? 'ddp');
      expect(report.delimiter).toBe(f.delimiter);
      expect(report.preambleRows).toBe(f.preambleRows);
      expect(report.sheets.map(({ name, skipped, rowsRead }) => ({ name, skipped, rowsRead }))).toEqual(f.sheets);
      expect({
        read: report.rowsRead,
        loaded: report.rowsLoaded,
        rejected: report.rowsRejected,
        byReason: report.rejections.byReason,
      }).toEqual({
        read: f.rowsRead,
        loaded: f.rowsLoaded,
        rejected: f.rowsRead - f.rowsLoaded,
        byReason: f.rejectedByReason,
      });
      expect(report.outcomes).toEqual(f.outcomes);
      const redacted = Object.fromEntries(
        report.columns.filter((c) => c.redacted > 0).map((c) => [c.column, c.redacted]),
      );
      expect(redacted).toEqual(f.redacted);
      expect(report.facilities.total).toBe(f.facilities);
      expect(report.liftReasonCodes).toEqual(f.liftReasonCodes);
      expect(report.likelyDuplicates).toBe(f.duplicateLines.length);
      const flagged = await database()
        .db.selectFrom('research_detainers')
        .select('line')
        .where('release_key', '=', (eb) =>
          eb.selectFrom('research_releases').select('key').where('id', '=', `fx-${spec.id}`),
        )
        .where('likely_duplicate', '=', toFlag(true) as never)
        .orderBy('line')
        .execute();
      expect(flagged.map((r) => Number(r.line))).toEqual(f.duplicateLines);
      if (f.sheets.length > 0) {
        const sheets = new Set(report.rejections.sample.map((p) => p.sheet));
        expect(sheets.has(undefined)).toBe(false);
        expect(report.rejections.sample.every((p) => typeof p.row === 'number')).toBe(true);
      }
    });
  }

  it('reads a text file split at its first cell and a workbook of several sheets the same on a worker thread', async () => {
    for (const layout of ['ddp-fy', 'trac']) {
      const path = join(dir, fixture(layout).file);
      const onWorker = researchImportDeps(database(), clock, { workerFromBytes: 0 });
      const worker = await importResearchRelease(onWorker, { dataset: 'auto', path, release: `w-${layout}` });
      const local = await importResearchRelease(deps(), { dataset: 'auto', path, release: `l-${layout}` });
      expect(worker.layout.id).toBe(layout);
      expect({ ...worker, release: 'x' }).toEqual({ ...local, release: 'x' });
    }
  });

  it('keeps every person key and identifying value out of every permanent table', async () => {
    const db = database();
    const tables =
      db.engine === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db.db)
        : await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            db.db,
          );
    expect(tables.rows.length).toBeGreaterThan(5);
    const secrets = fixtures.flatMap((f) => f.secrets);
    expect(secrets.length).toBeGreaterThan(30);
    let rowsSeen = 0;
    for (const { name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db.db);
      rowsSeen += rows.rows.length;
      const text = JSON.stringify(rows.rows);
      const leaked = secrets.filter((s) => text.includes(s));
      expect(leaked, name).toEqual([]);
    }
    expect(rowsSeen).toBeGreaterThan(50);
  });

  it('import npr takes the npr family (ICE LEA files too); a file of the other family is refused, naming its layout', async () => {
    const lea = await importResearchRelease(deps(), {
      dataset: 'npr',
      path: join(dir, fixture('ice-lea').file),
      release: 'lea-as-npr',
    });
    expect(lea).toMatchObject({ dataset: 'npr', layout: { id: 'ice-lea' }, rowsLoaded: fixture('ice-lea').rowsLoaded });
    await expect(
      importResearchRelease(deps(), { dataset: 'npr', path: join(dir, fixture('ice-2025').file), release: 'x1' }),
    ).rejects.toThrow(/the header is the ice-2025 layout .* of the ddp family, not npr: import it with "import auto"/);
    await expect(
      importResearchRelease(deps(), { dataset: 'ddp', path: join(dir, fixture('npr-export').file), release: 'x2' }),
    ).rejects.toThrow(ResearchFileError);
    await expect(
      importResearchRelease(deps(), { dataset: 'ddp', path: join(dir, fixture('ice-lea').file), release: 'x3' }),
    ).rejects.toThrow(/ice-lea layout .* npr family, not ddp/);
  });
});

describe('[sqlite] detainer-desk import auto (real CLI, SQLite file)', () => {
  let env: Record<string, string>;
  let dbDir: string;
  beforeAll(() => {
    dbDir = mkdtempSync(join(tmpdir(), 'dd-auto-'));
    env = { DATABASE_URL: `sqlite:${join(dbDir, 'research.db')}` };
  });
  afterAll(() => rmSync(dbDir, { recursive: true, force: true }));

  it('detects each fixture layout and says which it chose first; --json carries it', async () => {
    for (const spec of FIXTURE_LAYOUTS) {
      const f = fixture(spec.id);
      const run = await cli(['import', 'auto', join(dir, f.file), '--release', `cli-${spec.id}`], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.split('\n')[0]).toMatch(
        new RegExp(`^Layout: ${spec.id} \\(.+\\), ${FAMILY[spec.id] ?? 'ddp'} family$`),
      );
      expect(run.stdout).toContain(`rows loaded     ${f.rowsLoaded}`);
      const json = await cli(['import', 'auto', join(dir, f.file), '--json', '--release', `cli-${spec.id}`], env);
      expect(json.code, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout) as { layout: { id: string }; replaced: boolean; rowsRejected: number };
      expect(report).toMatchObject({
        layout: { id: spec.id },
        replaced: true,
        rowsRejected: f.rowsRead - f.rowsLoaded,
      });
    }
  });

  it('import ddp of an NPR-family file exits 2 naming the layout and suggesting import auto', async () => {
    const run = await cli(['import', 'ddp', join(dir, fixture('ice-lea').file)], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ice-lea layout .*"import auto".*\(nothing imported\)/);
  });

  it("--metrics-file leaves the import's end for the textfile collector: succeeded, or failed", async () => {
    const f = fixture('ice-lea');
    const metrics = join(dbDir, 'import.prom');
    const ok = await cli(['import', 'auto', join(dir, f.file), '--quiet', '--metrics-file', metrics], env);
    expect(ok.code, ok.stderr).toBe(0);
    let labels = { file: f.file, dataset: 'auto' };
    const value = (name: string) =>
      sampleValue(parsePrometheusText(readFileSync(metrics, 'utf8')), `detainer_desk_import_${name}`, labels);
    expect([value('running'), value('succeeded')]).toEqual([0, 1]);
    expect([value('rows_read'), value('rows_loaded')]).toEqual([f.rowsRead, f.rowsLoaded]);

    const failed = await cli(['import', 'ddp', join(dir, f.file), '--metrics-file', metrics], env);
    expect(failed.code).toBe(2);
    labels = { file: f.file, dataset: 'ddp' };
    expect([value('running'), value('succeeded'), value('rows_loaded')]).toEqual([0, 0, 0]);
  });
});
