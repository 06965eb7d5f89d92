/**
 * Import and statistics figures of `npm run bench research`, over one generated NPR file:
 * - `import npr` into SQLite (the built CLI, `dist/`, as an operator runs it: a child process, peak
 *   RSS from /usr/bin/time -v) against the sqlite3 shell's `.import` of the same file into a bare
 *   table; each into a new database (ours migrated first, untimed, as the bare table is created
 *   before its load), IMPORT_RUNS times in turn, the median runs compared;
 * - `import npr` into PostgreSQL (one embedded server) against psql `\copy ... FROM` (COPY FROM
 *   STDIN through the client) of the same file into a bare table, likewise;
 * - the portal's typical statistics through the `stats` use case over the imported data, on each
 *   engine, against DuckDB asking the same questions of the same rows loaded into a DuckDB table
 *   (once, untimed: DuckDB at its best, not re-reading the CSV);
 * - the issue 14 questions, each its own figure on each engine against DuckDB's loaded table: PA by
 *   year x lift reason, 2014's top 50 facilities (limit + sort=count), declined by LEA by state x year.
 * Each over two generated files: the project's generator (src/ingest/generator) and an independent
 * one (bench/zipf-npr.ts: 3,000 facilities with Zipf volume, every state, the national lift-reason
 * mix, dates weighted by year).
 * A part that cannot run is reported as not run, with the reason; nothing is printed unmeasured.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import SQLite from 'better-sqlite3';
import { parseDetainerStatsQuery } from '../src/core/research/stats-query.js';
import { detainerStats, type DetainerStatsQuery } from '../src/core/research/stats.js';
import { openDatabase, type DatabaseTarget } from '../src/db/connect.js';
import type { DatabaseHandle } from '../src/db/engine.js';
import { SqlResearchStatsRepository } from '../src/db/repositories/research-stats.repository.js';
import { writeNprFile } from '../src/ingest/generator/write-npr.js';
import { writeZipfNprFile } from './zipf-npr.js';
import { TEXT_LAYOUTS, writeScaledFixture } from '../test/research/foia-fixtures.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../test/support/embedded-postgres.js';
import { formatRate, perSecond, type Figure } from './report.js';
import { run, runWithPeakRss } from './child-run.js';
import { importFloor } from './import-floor.js';
import { summarise, timed, type Timing } from './timing.js';

const TIME = '/usr/bin/time';
const SQLITE3 = '/usr/bin/sqlite3';
const PSQL = '/usr/bin/psql';
const STATS_RUNS = 30;
/** Imports (and baseline loads) per engine: this machine's timings vary by a second from run to run. */
const IMPORT_RUNS = 3;
const CLI = 'dist/cli/main.js';
const STATE = { code: 'CA', name: 'CALIFORNIA' } as const;
const YEAR = 2012;
const PA = { code: 'PA', name: 'PENNSYLVANIA' } as const;
const TOP_YEAR = 2014;

/** `detainer-desk import npr FILE` under /usr/bin/time -v: rows loaded, wall time, peak RSS (MB). */
async function importNpr(file: string, env: NodeJS.ProcessEnv): Promise<{ rows: number; ms: number; peakMb: number }> {
  const args = [process.execPath, CLI, 'import', 'npr', file, '--quiet', '--json'];
  const result = await runWithPeakRss(args, { ...process.env, LOG_LEVEL: 'silent', ...env });
  const report = JSON.parse(result.stdout) as { rowsLoaded: number };
  return { rows: report.rowsLoaded, ms: result.ms, peakMb: result.peakMb };
}

/**
 * `detainer-desk migrate` into the database, untimed: the import's figure, like the bare loader's
 * (whose table is created before its load), measures loading rows, not creating the schema.
 */
async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  await run(process.execPath, [CLI, 'migrate'], { ...process.env, LOG_LEVEL: 'silent', ...env });
}

/** One psql command against the embedded server's database at `url`, stopping at the first error. */
function psql(url: string, command: string) {
  return run(PSQL, [url, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', command], { ...process.env, PGPASSWORD: 'postgres' });
}

function lineCount(file: string): number {
  return Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
}

/**
 * Runs the bare load and ours in turn, IMPORT_RUNS times each (alternating, so that both meet the
 * same server and machine as their state drifts); the median run of each.
 */
async function alternating<B extends { ms: number }, O extends { ms: number; peakMb: number }>(
  bare: (run: number) => Promise<B>,
  ours: (run: number) => Promise<O>,
): Promise<{ bare: B & { runs: number[] }; ours: O & { runs: number[] } }> {
  const bareRuns: B[] = [];
  const ourRuns: O[] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    bareRuns.push(await bare(run));
    ourRuns.push(await ours(run));
  }
  return { bare: medianOf(bareRuns), ours: medianOf(ourRuns) };
}

/** The run of median duration, and the highest peak memory seen. */
function medianOf<T extends { ms: number; peakMb?: number }>(results: readonly T[]): T & { runs: number[] } {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const peak = Math.max(...results.map((r) => r.peakMb ?? 0));
  return { ...median, ...(median.peakMb === undefined ? {} : { peakMb: peak }), runs: results.map((r) => r.ms) };
}

const secondsOf = (runs: readonly number[]) => runs.map((ms) => (ms / 1000).toFixed(2)).join('/');

type Median<T> = T & { runs: number[] };

/** The import figure: our median rate and peak memory against the bare loader's median rate. */
function importFigure(
  figure: { name: string; target: string; bareLoader: string; records: number },
  ours: Median<{ rows: number; ms: number; peakMb: number }>,
  bare: Median<{ rows: number; ms: number }>,
  met: (ratio: number, peakMb: number) => boolean,
): Figure {
  if (ours.rows !== figure.records || bare.rows !== figure.records)
    throw new Error(`rows loaded ${ours.rows}, bare ${bare.rows}, generated ${figure.records}`);
  const rate = perSecond(ours.rows, ours.ms);
  const bareRate = perSecond(bare.rows, bare.ms);
  const ratio = rate / bareRate;
  return {
    name: figure.name,
    value: `${formatRate(rate)} (runs ${secondsOf(ours.runs)} s), peak RSS ${ours.peakMb.toFixed(0)} MB`,
    baseline: `${formatRate(bareRate)} (${figure.bareLoader}, runs ${secondsOf(bare.runs)} s; ratio ${ratio.toFixed(3)}x)`,
    ratio,
    target: figure.target,
    met: met(ratio, ours.peakMb),
  };
}

function notRun(name: string, reason: string, target: string): Figure {
  return { name, value: 'not run', baseline: '-', ratio: 0, target: `${target} (not run: ${reason})`, met: false };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

async function sqliteImport(file: string, dir: string, records: number, label: string): Promise<Figure> {
  const name = `import npr, ${label} rows into SQLite vs sqlite3 .import`;
  const target = '>= 0.5x bare rate, peak RSS < 300 MB';
  try {
    if (!existsSync(SQLITE3)) return notRun(name, `${SQLITE3} not found`, target);
    if (!existsSync(TIME)) return notRun(name, `${TIME} not found`, target);
    if (!existsSync(CLI)) return notRun(name, `${CLI} not built (npm run bench builds it)`, target);
    const { bare, ours } = await alternating(
      async () => {
        const path = fresh(join(dir, 'bare.db'));
        const loaded = await run(SQLITE3, [path], process.env, `.mode csv\n.import ${file} t\n`);
        const check = new SQLite(path, { readonly: true });
        const rows = (check.prepare('select count(*) as n from t').get() as { n: number }).n;
        check.close();
        return { ms: loaded.ms, rows };
      },
      // The last run's database stays for the statistics figure.
      async () => {
        const env = { SQLITE_PATH: fresh(join(dir, 'research.db')), DATABASE_URL: '' };
        await migrate(env);
        return importNpr(file, env);
      },
    );
    return importFigure(
      { name, target, bareLoader: '.import', records },
      ours,
      bare,
      (ratio, peakMb) => ratio >= 0.5 && peakMb < 300,
    );
  } catch (error) {
    return notRun(name, reasonOf(error), target);
  }
}

async function postgresImport(
  server: EmbeddedServer | undefined,
  file: string,
  records: number,
  label: string,
): Promise<{ figure: Figure; url?: string }> {
  const name = `import npr, ${label} rows into PostgreSQL vs COPY`;
  const target = '>= 0.5x bare COPY rate';
  if (!server) return { figure: notRun(name, 'no embedded PostgreSQL server', target) };
  if (!existsSync(PSQL)) return { figure: notRun(name, `${PSQL} not found`, target) };
  if (!existsSync(CLI)) return { figure: notRun(name, `${CLI} not built (npm run bench builds it)`, target) };
  try {
    let url = '';
    const { bare, ours } = await alternating(
      async (i) => {
        const bareUrl = await server.createDatabase(`dd_bench_bare_${i}`);
        await psql(
          bareUrl,
          'create table t (date text, lift_reason text, det_facility text, city text, state text, detainer_type text)',
        );
        const loaded = await psql(bareUrl, `\\copy t from '${file}' with (format csv, header true)`);
        return { ms: loaded.ms, rows: Number((await psql(bareUrl, 'select count(*) from t')).stdout.trim()) };
      },
      async (i) => {
        url = await server.createDatabase(`dd_bench_${i}`);
        await migrate({ DATABASE_URL: url });
        return importNpr(file, { DATABASE_URL: url });
      },
    );
    return {
      url,
      figure: importFigure({ name, target, bareLoader: 'psql \\copy', records }, ours, bare, (ratio) => ratio >= 0.5),
    };
  } catch (error) {
    return { figure: notRun(name, reasonOf(error), target) };
  }
}

/** Every question STATS_RUNS times, in turn: the p50 and p95 of all the answers, and each question's own. */
async function latencies(questions: readonly (() => Promise<unknown>)[]): Promise<Timing & { each: Timing[] }> {
  for (const ask of questions) await ask(); // warm-up
  const times: number[][] = questions.map(() => []);
  for (let i = 0; i < STATS_RUNS; i++) {
    for (const [q, ask] of questions.entries()) times[q]!.push((await timed(ask)).ms);
  }
  return { ...summarise(times.flat()), each: times.map(summarise) };
}

function statsQuery(input: Parameters<typeof parseDetainerStatsQuery>[0]): DetainerStatsQuery {
  const parsed = parseDetainerStatsQuery(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The busiest facility of the imported records: its id (for our questions) and raw name (for DuckDB's). */
async function busiestFacility(handle: DatabaseHandle): Promise<{ id: number; name: string }> {
  const row = await handle.db
    .selectFrom('research_rollup_monthly as r')
    .innerJoin('research_facilities as f', 'f.id', 'r.facility_id')
    .select(['f.id', 'f.name', (eb) => eb.fn.sum<number>('r.count').as('n')])
    .groupBy(['f.id', 'f.name'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), name: row.name };
}

/** The yardstick: DuckDB with the file's rows loaded into its own table (types detected), once, untimed. */
interface DuckYardstick {
  /** The p50/p95 of the three portal questions. */
  readonly portal: Timing;
  /** Each issue 14 question's p50/p95, in ISSUE_QUESTIONS order. */
  readonly issue: Timing[];
  close(): void;
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The issue's questions: how we ask them, how DuckDB asks its table (raw columns: lift reason, not outcome). */
const ISSUE_QUESTIONS = [
  {
    name: `${PA.code} by year x lift reason`,
    ours: { groupBy: 'year,liftReason', state: PA.code },
    duck: `select year(date) as year, lift_reason, count(*) from t where state = '${PA.name}' group by all`,
  },
  {
    name: `${TOP_YEAR}'s top 50 facilities`,
    ours: { groupBy: 'facility', from: `${TOP_YEAR}-01-01`, to: `${TOP_YEAR}-12-31`, sort: 'count', limit: '50' },
    duck:
      `select det_facility, city, state, count(*) as n from t where date >= '${TOP_YEAR}-01-01' ` +
      `and date < '${TOP_YEAR + 1}-01-01' group by all order by n desc limit 50`,
  },
  {
    name: 'declined by LEA, by state x year',
    ours: { groupBy: 'state,year', outcome: 'declined-by-agency' },
    duck: `select state, year(date) as year, count(*) from t where lift_reason = 'Detainer Declined by LEA' group by all`,
  },
] as const;

async function duckDbYardstick(file: string, facilityName: string): Promise<DuckYardstick> {
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const duck = await instance.connect();
    await duck.run(`create table t as select * from read_csv(${sqlText(file)}, header = true)`);
    // The raw rows have no outcome, county or facility id: their raw counterparts are the lift
    // reason, the city (within its state) and the facility name.
    const ask = (q: string) => async () => (await duck.runAndReadAll(q)).getRows();
    const portal = await latencies(
      [
        `select year(date) as year, lift_reason, count(*) from t where state = '${STATE.name}' group by all`,
        `select state, city, count(*) from t where date >= '${YEAR}-01-01' and date < '${YEAR + 1}-01-01' group by all`,
        `select strftime(date, '%Y-%m') as month, count(*) from t where det_facility = ${sqlText(facilityName)} group by all`,
      ].map(ask),
    );
    const issue = (await latencies(ISSUE_QUESTIONS.map((q) => ask(q.duck)))).each;
    return {
      portal,
      issue,
      close: () => {
        duck.closeSync();
        instance.closeSync();
      },
    };
  } catch (error) {
    instance.closeSync();
    throw error;
  }
}

/** The portal's three typical questions through the stats use case, on each engine's imported data. */
async function statistics(
  file: string,
  targets: readonly { engine: string; target: DatabaseTarget | undefined }[],
  label: string,
): Promise<Figure[]> {
  const name = (engine: string) =>
    `portal statistics p50/p95 over ${label} rows on ${engine} vs DuckDB (3 questions x ${STATS_RUNS})`;
  const target = 'p95 < 50 ms and faster than DuckDB';
  let duck: DuckYardstick | undefined;
  const figures: Figure[] = [];
  try {
    for (const { engine, target: database } of targets) {
      if (!database) {
        figures.push(notRun(name(engine), `the ${engine} import did not run`, target));
        continue;
      }
      const handle = openDatabase(database);
      try {
        const facility = await busiestFacility(handle);
        const reader = new SqlResearchStatsRepository(handle.db, handle.engine);
        const ours = [
          statsQuery({ groupBy: 'year,outcome', state: STATE.code }),
          statsQuery({ groupBy: 'county', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }),
          statsQuery({ groupBy: 'month', facility: String(facility.id) }),
        ].map((q) => () => detainerStats(reader, q));
        const us = await latencies(ours);
        duck ??= await duckDbYardstick(file, facility.name);
        figures.push({
          name: name(engine),
          value: `p50 ${us.p50.toFixed(1)} ms, p95 ${us.p95.toFixed(1)} ms`,
          baseline: `DuckDB (loaded table) p50 ${duck.portal.p50.toFixed(1)} ms, p95 ${duck.portal.p95.toFixed(1)} ms`,
          ratio: duck.portal.p95 / us.p95,
          target,
          met: us.p95 < 50 && us.p95 < duck.portal.p95,
        });
        const issue = (await latencies(ISSUE_QUESTIONS.map((q) => () => detainerStats(reader, statsQuery(q.ours)))))
          .each;
        ISSUE_QUESTIONS.forEach((q, i) => {
          const mine = issue[i]!;
          const theirs = duck!.issue[i]!;
          figures.push({
            name: `${q.name} p50/p95 over ${label} rows on ${engine} vs DuckDB (x ${STATS_RUNS})`,
            value: `p50 ${mine.p50.toFixed(1)} ms, p95 ${mine.p95.toFixed(1)} ms`,
            baseline: `DuckDB (loaded table) p50 ${theirs.p50.toFixed(1)} ms, p95 ${theirs.p95.toFixed(1)} ms`,
            ratio: theirs.p95 / mine.p95,
            target,
            met: mine.p95 < 50 && mine.p95 < theirs.p95,
          });
        });
        figures.push(await placePageFigure(handle, reader, label, engine, us));
      } catch (error) {
        figures.push(notRun(name(engine), reasonOf(error), target));
      } finally {
        await handle.close();
      }
    }
  } finally {
    duck?.close();
  }
  return figures;
}

/**
 * The place page's own questions (issue 12), as the page asks them for the busiest county and for
 * its state: the release list, fiscal years by outcome, the form mix per fiscal year, the facilities,
 * and the measures (declines by what followed, lifted by reason, criminality); each with the release
 * named (web/src/features/places/stats/PlaceStats.tsx, measures/PlaceMeasures.tsx).
 * Against the three portal questions above, measured on the same data in the same run.
 */
async function placePageFigure(
  handle: DatabaseHandle,
  reader: SqlResearchStatsRepository,
  label: string,
  engine: string,
  portal: { p50: number; p95: number },
): Promise<Figure> {
  const county = await handle.db
    .selectFrom('research_rollup_monthly')
    .select(['county_fips', 'state', (eb) => eb.fn.sum<number>('count').as('n')])
    .where('county_fips', '!=', '')
    .groupBy(['county_fips', 'state'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  const pageName = `place page statistics over ${label} rows on ${engine}`;
  if (!county) return notRun(pageName, 'no record of the file is in a county the gazetteer knows', 'p95 < 50 ms');
  const release = (await reader.releases())[0]!.id;
  const places = [
    { name: `county ${county.county_fips}`, place: { county: county.county_fips! } },
    { name: `state ${county.state}`, place: { state: county.state! } },
  ];
  const questions = places.flatMap(({ name, place }) => [
    { name: `${name} releases`, query: statsQuery(place) },
    { name: `${name} by outcome`, query: statsQuery({ ...place, release, groupBy: 'fiscalYear,outcome' }) },
    { name: `${name} forms`, query: statsQuery({ ...place, release, groupBy: 'fiscalYear,form' }) },
    { name: `${name} facilities`, query: statsQuery({ ...place, release, groupBy: 'facility' }) },
    {
      name: `${name} declines by what followed`,
      query: statsQuery({ ...place, release, groupBy: 'fiscalYear,followed', outcome: 'declined-by-agency' }),
    },
    {
      name: `${name} lifted by reason`,
      query: statsQuery({ ...place, release, groupBy: 'fiscalYear,liftReason', outcome: 'lifted-by-ice' }),
    },
    { name: `${name} criminality`, query: statsQuery({ ...place, release, groupBy: 'fiscalYear,criminality' }) },
  ]);
  const page = await latencies(
    questions.map(
      ({ query }) =>
        () =>
          detainerStats(reader, query),
    ),
  );
  const slowest = page.each.reduce((worst, timing, i) => (timing.p95 > page.each[worst]!.p95 ? i : worst), 0);
  return {
    name: `place page statistics p50/p95 over ${label} rows on ${engine} (county ${county.county_fips} and ${county.state}: ${questions.length} questions x ${STATS_RUNS})`,
    value: `p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms`,
    baseline:
      `portal questions p95 ${portal.p95.toFixed(1)} ms; slowest: ${questions[slowest]!.name} ` +
      `(p95 ${page.each[slowest]!.p95.toFixed(1)} ms)`,
    ratio: portal.p95 / page.p95,
    target: 'p95 < 50 ms',
    met: page.p95 < 50,
  };
}

/** The generators the figures are measured on, each writing `records` records of the NPR layout to a file. */
const GENERATORS: readonly { name: string; write: (records: number, file: string) => Promise<void> }[] = [
  { name: 'project generator', write: (records, file) => writeNprFile({ records, seed: 'bench-2027' }, file) },
  { name: 'Zipf generator', write: (records, file) => writeZipfNprFile(records, 2027, file) },
];

/** The import and statistics figures, over a file of `records` records from each generator. */
export async function benchResearchIo(records: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const generator of GENERATORS) figures.push(...(await benchOneFile(records, generator)));
  return figures;
}

async function benchOneFile(records: number, generator: (typeof GENERATORS)[number]): Promise<Figure[]> {
  const label = `${records.toLocaleString('en-US')} ${generator.name}`;
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-io-'));
  let server: EmbeddedServer | undefined;
  try {
    const file = join(dir, 'npr.csv');
    await generator.write(records, file);
    const lines = lineCount(file);
    process.stdout.write(`  (generated ${label} records, ${lines.toLocaleString('en-US')} lines, into ${file})\n`);
    const sqlite = await sqliteImport(file, dir, records, label);
    const floor = await floorIntoSqlite({ path: file, delimiter: ',', rows: records, label: `${label} rows` }, dir);
    server = await startEmbeddedPostgres().catch(() => undefined);
    const postgres = await postgresImport(server, file, records, label);
    const stats = await statistics(
      file,
      [
        {
          engine: 'SQLite',
          target: existsSync(join(dir, 'research.db'))
            ? { engine: 'sqlite', path: join(dir, 'research.db') }
            : undefined,
        },
        { engine: 'PostgreSQL', target: postgres.url ? { engine: 'postgres', url: postgres.url } : undefined },
      ],
      label,
    );
    return [sqlite, floor, postgres.figure, ...stats];
  } finally {
    await server?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `detainer-desk import auto FILE` under /usr/bin/time -v: rows read and loaded, the layout chosen, wall time, peak RSS. */
async function importAuto(
  file: string,
  release: string,
  env: NodeJS.ProcessEnv,
): Promise<{ rows: number; loaded: number; layout: string; ms: number; peakMb: number }> {
  const args = [process.execPath, CLI, 'import', 'auto', file, '--release', release, '--quiet', '--json'];
  const result = await runWithPeakRss(args, { ...process.env, LOG_LEVEL: 'silent', ...env });
  const report = JSON.parse(result.stdout) as { rowsRead: number; rowsLoaded: number; layout: { id: string } };
  return {
    rows: report.rowsRead,
    loaded: report.rowsLoaded,
    layout: report.layout.id,
    ms: result.ms,
    peakMb: result.peakMb,
  };
}

/**
 * The real layouts scaled up (issue 14): each text layout's fixture (test/research/foia-fixtures.ts: the
 * exact header names and order, its delimiter and date formats, redactions, rejected rows; 3,000
 * facilities, its rejected rows once) written at `rows` data rows, then `import auto` through the built
 * CLI, IMPORT_RUNS times each in turn with the bare loader, the medians compared (rates are rows read):
 * - into a migrated SQLite database against the sqlite3 shell's `.import` of the same file into a bare
 *   table (tab-delimited files with `.separator`);
 * - into a migrated PostgreSQL database (one embedded server) against psql `\copy` of the same file
 *   into a bare table of as many text columns as the header has.
 */
export async function benchRealLayouts(rows = 500_000): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-layouts-'));
  const server = await startEmbeddedPostgres().catch(() => undefined);
  try {
    for (const layout of TEXT_LAYOUTS) {
      const file = join(dir, `${layout}.${layout === 'ice-lea' ? 'txt' : 'csv'}`);
      const written = writeScaledFixture(layout, rows, file);
      process.stdout.write(`  (wrote the ${layout} layout at ${rows.toLocaleString('en-US')} rows into ${file})\n`);
      const scaled = { layout, file, ...written };
      figures.push(await layoutIntoSqlite(scaled, dir));
      const label = `${layout} layout, ${rowsLabel(scaled.rows)}`;
      figures.push(await floorIntoSqlite({ path: file, delimiter: written.delimiter, rows: scaled.rows, label }, dir));
      figures.push(await layoutIntoPostgres(scaled, server));
      rmSync(file, { force: true });
    }
    figures.push(...(await placingFigures(dir, server, Math.min(rows, 100_000))));
  } finally {
    await server?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

interface ScaledFile {
  readonly layout: string;
  readonly file: string;
  /** Data rows written, and those the importer must load. */
  readonly rows: number;
  readonly loaded: number;
  readonly delimiter: string;
}

const rowsLabel = (rows: number) => `${rows.toLocaleString('en-US')} rows`;

const LAYOUT_TARGET = '>= 0.5x bare rate, peak RSS < 300 MB';

/**
 * One layout's figure: the bare load and `import auto` into a migrated database (`database` gives the
 * environment naming a fresh one for each run) in turn, medians compared; checks what was loaded and
 * names the layout chosen.
 */
async function layoutFigure(
  scaled: ScaledFile,
  figure: { name: string; bareLoader: string },
  bareLoad: (run: number) => Promise<{ ms: number; rows: number }>,
  database: (run: number) => Promise<NodeJS.ProcessEnv>,
): Promise<Figure> {
  const chosen = { layout: '', loaded: 0 };
  const { bare, ours } = await alternating(bareLoad, async (i) => {
    const env = await database(i);
    await migrate(env);
    const imported = await importAuto(scaled.file, `bench-${scaled.layout}`, env);
    Object.assign(chosen, { layout: imported.layout, loaded: imported.loaded });
    return imported;
  });
  if (chosen.loaded !== scaled.loaded)
    throw new Error(`${chosen.loaded} rows loaded, the file has ${scaled.loaded} to load`);
  const measured = importFigure(
    { ...figure, target: LAYOUT_TARGET, records: scaled.rows },
    ours,
    bare,
    (ratio, peakMb) => ratio >= 0.5 && peakMb < 300,
  );
  const loaded = chosen.loaded.toLocaleString('en-US');
  return { ...measured, value: `${measured.value}; layout chosen ${chosen.layout}, ${loaded} rows loaded` };
}

async function layoutIntoSqlite(scaled: ScaledFile, dir: string): Promise<Figure> {
  const { layout, file, rows, delimiter } = scaled;
  const name = `import auto, ${layout} layout, ${rowsLabel(rows)} into SQLite vs sqlite3 .import`;
  try {
    if (!existsSync(SQLITE3)) throw new Error(`${SQLITE3} not found`);
    if (!existsSync(TIME)) throw new Error(`${TIME} not found`);
    if (!existsSync(CLI)) throw new Error(`${CLI} not built (npm run bench builds it)`);
    const separator = delimiter === '\t' ? '.separator "\\t"\n' : '';
    return await layoutFigure(
      scaled,
      { name, bareLoader: '.import' },
      async () => {
        const path = fresh(join(dir, 'bare.db'));
        const done = await run(SQLITE3, [path], process.env, `.mode csv\n${separator}.import ${file} t\n`);
        const check = new SQLite(path, { readonly: true });
        const count = (check.prepare('select count(*) as n from t').get() as { n: number }).n;
        check.close();
        return { ms: done.ms, rows: count };
      },
      async () => ({ SQLITE_PATH: fresh(join(dir, 'research.db')), DATABASE_URL: '' }),
    );
  } catch (error) {
    return notRun(name, reasonOf(error), LAYOUT_TARGET);
  }
}

/**
 * The floor's ratio to `.import` on the same file (import-floor.ts): the ceiling under the figure
 * before it, shown so that a gap between the two is told from a gap this machine does not allow.
 */
async function floorIntoSqlite(
  file: { path: string; delimiter: string; rows: number; label: string },
  dir: string,
): Promise<Figure> {
  const { delimiter, rows } = file;
  const name = `floor: a bare Node.js importer of this design, ${file.label}, vs sqlite3 .import`;
  const separator = delimiter === '\t' ? '.separator "\\t"\n' : '';
  try {
    const { bare, ours } = await alternating(
      async () => {
        const path = fresh(join(dir, 'bare.db'));
        const done = await run(SQLITE3, [path], process.env, `.mode csv\n${separator}.import ${file.path} t\n`);
        return { ms: done.ms, rows };
      },
      async () => ({ ...importFloor(file.path, delimiter, fresh(join(dir, 'floor.db'))), peakMb: 0 }),
    );
    const ratio = perSecond(ours.rows, ours.ms) / perSecond(bare.rows, bare.ms);
    return {
      name,
      value: `${formatRate(perSecond(ours.rows, ours.ms))} (runs ${secondsOf(ours.runs)} s, in this process)`,
      baseline: `${formatRate(perSecond(bare.rows, bare.ms))} (.import, runs ${secondsOf(bare.runs)} s; ratio ${ratio.toFixed(3)}x)`,
      ratio,
      target: 'none: the most any importer of this design reaches here',
      met: true,
      informational: true,
    };
  } catch (error) {
    return { ...notRun(name, reasonOf(error), 'none'), informational: true };
  }
}

async function layoutIntoPostgres(scaled: ScaledFile, server: EmbeddedServer | undefined): Promise<Figure> {
  const { layout, file, rows, delimiter } = scaled;
  const name = `import auto, ${layout} layout, ${rowsLabel(rows)} into PostgreSQL vs COPY`;
  if (!server) return notRun(name, 'no embedded PostgreSQL server', LAYOUT_TARGET);
  try {
    if (!existsSync(PSQL)) throw new Error(`${PSQL} not found`);
    if (!existsSync(CLI)) throw new Error(`${CLI} not built (npm run bench builds it)`);
    const columns = Array.from({ length: headerWidth(file, delimiter) }, (_, c) => `c${c + 1} text`).join(', ');
    const copyDelimiter = delimiter === '\t' ? `E'\\t'` : `'${delimiter}'`;
    const database = (prefix: string, i: number) =>
      server.createDatabase(`${prefix}_${layout.replace(/\W/g, '_')}_${i}`);
    return await layoutFigure(
      scaled,
      { name, bareLoader: 'psql \\copy' },
      async (i) => {
        const bareUrl = await database('dd_layout_bare', i);
        await psql(bareUrl, `create table t (${columns})`);
        const loaded = await psql(
          bareUrl,
          `\\copy t from '${file}' with (format csv, header true, delimiter ${copyDelimiter})`,
        );
        return { ms: loaded.ms, rows: Number((await psql(bareUrl, 'select count(*) from t')).stdout.trim()) };
      },
      async (i) => ({ DATABASE_URL: await database('dd_layout', i) }),
    );
  } catch (error) {
    return notRun(name, reasonOf(error), LAYOUT_TARGET);
  }
}

/** A SQLite database path with no database left there (nor its WAL files). */
function fresh(path: string): string {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return path;
}

/**
 * A release placing the facilities of an earlier one (issue 14, point 6): the ddp-processed layout at
 * `rows` rows with every city and state cell empty (facilities by code only, as TRAC's release gives
 * them), then the same rows with them. `import auto` of the second into a database holding the first
 * (imported untimed) against the same import into a fresh database, alternating, medians: every
 * facility of the first learns its place, and the first release's profiles and rollups move with it.
 */
async function placingFigures(dir: string, server: EmbeddedServer | undefined, rows: number): Promise<Figure[]> {
  const unplaced = join(dir, 'unplaced.csv');
  const placed = join(dir, 'placed.csv');
  writeScaledFixture('ddp-processed', rows, unplaced, 3000, false);
  writeScaledFixture('ddp-processed', rows, placed);
  const target = ">= 0.7x the fresh import's rate, every earlier facility placed";
  const engines: { engine: string; database?: (name: string) => Promise<NodeJS.ProcessEnv> }[] = [
    { engine: 'SQLite', database: async (name) => ({ SQLITE_PATH: fresh(join(dir, `${name}.db`)), DATABASE_URL: '' }) },
    {
      engine: 'PostgreSQL',
      ...(server ? { database: async (name: string) => ({ DATABASE_URL: await server.createDatabase(name) }) } : {}),
    },
  ];
  const figures: Figure[] = [];
  for (const { engine, database } of engines) {
    const name = `import auto placing the facilities of an earlier release (ddp-processed, ${rowsLabel(rows)} each) on ${engine} vs into a fresh database`;
    if (!database) {
      figures.push(notRun(name, 'no embedded PostgreSQL server', target));
      continue;
    }
    try {
      let unplacedLeft = -1;
      const { bare, ours } = await alternating(
        async (i) => {
          const env = await database(`dd_fresh_${i}`);
          await migrate(env);
          return importAuto(placed, 'placed', env);
        },
        async (i) => {
          const env = await database(`dd_placing_${i}`);
          await migrate(env);
          await importAuto(unplaced, 'unplaced', env);
          const imported = await importAuto(placed, 'placed', env);
          unplacedLeft = await profilesWithoutState(env);
          return imported;
        },
      );
      if (unplacedLeft !== 0) throw new Error(`${unplacedLeft} profiles of a facility left without a state`);
      figures.push(
        importFigure(
          { name, target, bareLoader: 'fresh database', records: rows },
          ours,
          bare,
          (ratio) => ratio >= 0.7,
        ),
      );
    } catch (error) {
      figures.push(notRun(name, reasonOf(error), target));
    }
  }
  return figures;
}

/** Profiles of a facility that have no state, in the database `env` names. */
async function profilesWithoutState(env: NodeJS.ProcessEnv): Promise<number> {
  const query = 'select count(*) as n from research_profiles where facility_id is not null and state is null';
  if (env.DATABASE_URL) return Number((await psql(env.DATABASE_URL, query)).stdout.trim());
  const check = new SQLite(env.SQLITE_PATH!, { readonly: true });
  try {
    return (check.prepare(query).get() as { n: number }).n;
  } finally {
    check.close();
  }
}

/** The number of cells of the file's header line (the fixtures quote no header cell). */
function headerWidth(file: string, delimiter: string): number {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const read = readSync(fd, head, 0, head.length, 0);
    const line = head.subarray(0, read).toString('utf8').split(/\r?\n/)[0]!;
    return line.split(delimiter).length;
  } finally {
    closeSync(fd);
  }
}
