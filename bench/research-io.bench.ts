/**
 * Import and statistics figures of `npm run bench research`, over one generated NPR file:
 * - `import npr` into SQLite (the real CLI, as a child process, peak RSS from /usr/bin/time -v)
 *   against the sqlite3 shell's `.import` of the same file into a bare table;
 * - `import npr` into PostgreSQL (one embedded server) against psql `\copy ... FROM` (COPY FROM
 *   STDIN through the client) of the same file into a bare table;
 * - the portal's typical statistics through the `stats` use case over the imported SQLite data,
 *   against DuckDB asking the same questions of the raw rows (read_csv of the same file).
 * A part that cannot run is reported as not run, with the reason; nothing is printed unmeasured.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import SQLite from 'better-sqlite3';
import { parseDetainerStatsQuery, detainerStats, type DetainerStatsQuery } from '../src/core/research/stats.js';
import { openDatabase } from '../src/db/connect.js';
import { SqlResearchStatsRepository } from '../src/db/repositories/research-stats.repository.js';
import { writeNprFile } from '../src/ingest/generator/write-npr.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../test/support/embedded-postgres.js';
import { formatRate, perSecond, type Figure } from './report.js';

const TIME = '/usr/bin/time';
const SQLITE3 = '/usr/bin/sqlite3';
const PSQL = '/usr/bin/psql';
const STATS_RUNS = 30;
const STATE = { code: 'CA', name: 'CALIFORNIA' } as const;
const YEAR = 2012;

interface Run {
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to the end, timing it by wall clock; throws on a non-zero exit. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** `detainer-desk import npr FILE` under /usr/bin/time -v: rows loaded, wall time, peak RSS (MB). */
async function importNpr(file: string, env: NodeJS.ProcessEnv): Promise<{ rows: number; ms: number; peakMb: number }> {
  const args = [
    '-v',
    process.execPath,
    '--import',
    'tsx',
    'src/cli/main.ts',
    'import',
    'npr',
    file,
    '--quiet',
    '--json',
  ];
  const result = await run(TIME, args, { ...process.env, LOG_LEVEL: 'silent', ...env });
  const report = JSON.parse(result.stdout) as { rowsLoaded: number };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!rss) throw new Error('no peak RSS in the /usr/bin/time -v output');
  return { rows: report.rowsLoaded, ms: result.ms, peakMb: Number(rss[1]) / 1024 };
}

function lineCount(file: string): number {
  return Number(execFileSync('wc', ['-l', file], { encoding: 'utf8' }).trim().split(/\s+/)[0]);
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
    const bare = await run(SQLITE3, [join(dir, 'bare.db')], process.env, `.mode csv\n.import ${file} t\n`);
    const check = new SQLite(join(dir, 'bare.db'), { readonly: true });
    const bareRows = (check.prepare('select count(*) as n from t').get() as { n: number }).n;
    check.close();
    const ours = await importNpr(file, { SQLITE_PATH: join(dir, 'research.db'), DATABASE_URL: '' });
    if (ours.rows !== records || bareRows !== records)
      throw new Error(`rows loaded ${ours.rows}, bare ${bareRows}, generated ${records}`);
    const rate = perSecond(ours.rows, ours.ms);
    const bareRate = perSecond(bareRows, bare.ms);
    return {
      name,
      value: `${formatRate(rate)}, peak RSS ${ours.peakMb.toFixed(0)} MB`,
      baseline: `${formatRate(bareRate)} (.import; ratio ${(rate / bareRate).toFixed(3)}x)`,
      ratio: rate / bareRate,
      target,
      met: rate / bareRate >= 0.5 && ours.peakMb < 300,
    };
  } catch (error) {
    return notRun(name, reasonOf(error), target);
  }
}

async function postgresImport(file: string, records: number, label: string): Promise<Figure> {
  const name = `import npr, ${label} rows into PostgreSQL vs COPY`;
  const target = '>= 0.5x bare COPY rate';
  if (!existsSync(PSQL)) return notRun(name, `${PSQL} not found`, target);
  let server: EmbeddedServer | undefined;
  try {
    server = await startEmbeddedPostgres();
    const url = await server.createDatabase('dd_bench');
    const psqlEnv = { ...process.env, PGPASSWORD: 'postgres' };
    const psql = (command: string) => run(PSQL, [url, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', command], psqlEnv);
    await psql(
      'create table t (date text, lift_reason text, det_facility text, city text, state text, detainer_type text)',
    );
    const bare = await psql(`\\copy t from '${file}' with (format csv, header true)`);
    const bareRows = Number((await psql('select count(*) from t')).stdout.trim());
    const ours = await importNpr(file, { DATABASE_URL: url });
    if (ours.rows !== records || bareRows !== records)
      throw new Error(`rows loaded ${ours.rows}, bare ${bareRows}, generated ${records}`);
    const rate = perSecond(ours.rows, ours.ms);
    const bareRate = perSecond(bareRows, bare.ms);
    return {
      name,
      value: `${formatRate(rate)}, peak RSS ${ours.peakMb.toFixed(0)} MB`,
      baseline: `${formatRate(bareRate)} (psql \\copy; ratio ${(rate / bareRate).toFixed(3)}x)`,
      ratio: rate / bareRate,
      target,
      met: rate / bareRate >= 0.5,
    };
  } catch (error) {
    return notRun(name, reasonOf(error), target);
  } finally {
    await server?.stop().catch(() => {});
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function latencies(questions: readonly (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number }> {
  for (const ask of questions) await ask(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < STATS_RUNS; i++) {
    for (const ask of questions) {
      const start = process.hrtime.bigint();
      await ask();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function statsQuery(input: Parameters<typeof parseDetainerStatsQuery>[0]): DetainerStatsQuery {
  const parsed = parseDetainerStatsQuery(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

async function statistics(file: string, dir: string, label: string): Promise<Figure> {
  const name = `portal statistics p50/p95 over ${label} rows vs DuckDB (3 questions x ${STATS_RUNS})`;
  const target = 'p95 < 50 ms and faster than DuckDB';
  const path = join(dir, 'research.db');
  if (!existsSync(path)) return notRun(name, 'the SQLite import did not run', target);
  const handle = openDatabase({ engine: 'sqlite', path });
  let instance: DuckDBInstance | undefined;
  try {
    // The busiest facility, by id for the use case and by its raw name and state for DuckDB.
    const raw = new SQLite(path, { readonly: true });
    const facility = raw
      .prepare(
        `select f.id as id, f.name as name from research_detainers d join research_facilities f on f.id = d.facility_id
         group by f.id order by count(*) desc limit 1`,
      )
      .get() as { id: number; name: string };
    raw.close();
    const reader = new SqlResearchStatsRepository(handle.db, 'sqlite');
    const ours = [
      statsQuery({ groupBy: 'year,outcome', state: STATE.code }),
      statsQuery({ groupBy: 'county', from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }),
      statsQuery({ groupBy: 'month', facility: String(facility.id) }),
    ].map((q) => () => detainerStats(reader, q));

    instance = await DuckDBInstance.create(':memory:');
    const duck = await instance.connect();
    const csv = `read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true)`;
    // The raw rows have no outcome, county or facility id: their raw counterparts are the lift
    // reason, the city (within its state) and the facility name.
    const theirs = [
      `select substr(date, 1, 4) as year, lift_reason, count(*) from ${csv} where state = '${STATE.name}' group by all`,
      `select state, city, count(*) from ${csv} where date >= '${YEAR}-01-01' and date < '${YEAR + 1}-01-01' group by all`,
      `select substr(date, 1, 7) as month, count(*) from ${csv} where det_facility = '${facility.name.replaceAll("'", "''")}' group by all`,
    ].map((q) => async () => (await duck.runAndReadAll(q)).getRows());

    const us = await latencies(ours);
    const them = await latencies(theirs);
    duck.closeSync();
    return {
      name,
      value: `p50 ${us.p50.toFixed(1)} ms, p95 ${us.p95.toFixed(1)} ms`,
      baseline: `DuckDB p50 ${them.p50.toFixed(1)} ms, p95 ${them.p95.toFixed(1)} ms`,
      ratio: them.p95 / us.p95,
      target,
      met: us.p95 < 50 && us.p95 < them.p95,
    };
  } catch (error) {
    return notRun(name, reasonOf(error), target);
  } finally {
    await handle.close();
    instance?.closeSync();
  }
}

/** The three import and statistics figures, over one file of `records` generated records. */
export async function benchResearchIo(records: number): Promise<Figure[]> {
  const label = records.toLocaleString('en-US');
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-io-'));
  try {
    const file = join(dir, 'npr.csv');
    await writeNprFile({ records, seed: 'bench-2027' }, file);
    const lines = lineCount(file);
    process.stdout.write(`  (generated ${label} records, ${lines.toLocaleString('en-US')} lines, into ${file})\n`);
    const sqlite = await sqliteImport(file, dir, records, label);
    const postgres = await postgresImport(file, records, label);
    const stats = await statistics(file, dir, label);
    return [sqlite, postgres, stats];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
