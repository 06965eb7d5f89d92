/**
 * `npm run bench xlsx`: a real-sized workbook in the 2025 release's shape (xlsx-release.ts: 316,000
 * rows, 65 columns, 6 rows above the header, ~100 MB; written once under var/bench/ and reused),
 * imported as an operator would, against exceljs's own streaming reader reading the same file bare:
 * - `import ddp FILE` with the built CLI (`dist/`) as a child process under /usr/bin/time -v (peak
 *   RSS), into a new SQLite database migrated first (untimed); the file is past the worker
 *   threshold, so it is read on the worker path;
 * - the same into PostgreSQL (one embedded server, a new database per run), when one starts;
 * - the yardstick: xlsx-bare-read.ts as a child process under /usr/bin/time -v: exceljs's
 *   WorkbookReader with the options the importer used with it, every row, every cell touched.
 * Each runs XLSX_RUNS times (default 3) in turn, alternating, and the median runs are compared.
 * Targets: >= 0.5x the bare reader's rows/s, peak RSS < 500 MB.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../test/support/embedded-postgres.js';
import { formatRate, perSecond, type Figure } from './report.js';
import { runWithPeakRss } from './child-run.js';
import { cachedRelease2025Workbook, RELEASE_2025_ROWS } from './xlsx-release.js';

const TIME = '/usr/bin/time';
const CLI = 'dist/cli/main.js';
const TARGET = '>= 0.5x bare rows/s, peak RSS < 500 MB';

function runCount(text: string | undefined): number {
  if (text === undefined || text === '') return 3;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`XLSX_RUNS must be a positive whole number, not ${text}`);
  return Number(text);
}

interface Measured {
  readonly rows: number;
  readonly ms: number;
  readonly peakMb: number;
}

const quiet = { ...process.env, LOG_LEVEL: 'silent' };

async function bareRead(file: string): Promise<Measured> {
  const result = await runWithPeakRss([process.execPath, '--import', 'tsx', 'bench/xlsx-bare-read.ts', file], quiet);
  const { rows } = JSON.parse(result.stdout) as { rows: number };
  // The bare reader counts the six preamble rows and the header as rows too.
  return { rows: rows - 7, ms: result.ms, peakMb: result.peakMb };
}

async function importDdp(file: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  await runWithPeakRss([process.execPath, CLI, 'migrate'], { ...quiet, ...env });
  const result = await runWithPeakRss([process.execPath, CLI, 'import', 'ddp', file, '--quiet', '--json'], {
    ...quiet,
    ...env,
  });
  const report = JSON.parse(result.stdout) as { rowsLoaded: number };
  return { rows: report.rowsLoaded, ms: result.ms, peakMb: result.peakMb };
}

function median(runs: readonly Measured[]): Measured & { all: number[]; maxPeakMb: number } {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return {
    ...sorted[Math.floor(sorted.length / 2)]!,
    all: runs.map((r) => r.ms),
    maxPeakMb: Math.max(...runs.map((r) => r.peakMb)),
  };
}

const seconds = (runs: readonly number[]) => runs.map((ms) => (ms / 1000).toFixed(1)).join('/');

function figure(name: string, ours: Measured[], bare: Measured[]): Figure {
  const us = median(ours);
  const them = median(bare);
  if (us.rows !== RELEASE_2025_ROWS || them.rows !== RELEASE_2025_ROWS) {
    throw new Error(`rows loaded ${us.rows}, read bare ${them.rows}, generated ${RELEASE_2025_ROWS}`);
  }
  const rate = perSecond(us.rows, us.ms);
  const bareRate = perSecond(them.rows, them.ms);
  const ratio = rate / bareRate;
  return {
    name,
    value: `${formatRate(rate)} (runs ${seconds(us.all)} s), peak RSS ${us.maxPeakMb.toFixed(0)} MB`,
    baseline: `exceljs WorkbookReader bare ${formatRate(bareRate)} (runs ${seconds(them.all)} s, peak RSS ${them.maxPeakMb.toFixed(0)} MB; ratio ${ratio.toFixed(2)}x)`,
    ratio,
    target: TARGET,
    met: ratio >= 0.5 && us.maxPeakMb < 500,
  };
}

function notRun(name: string, reason: string): Figure {
  return { name, value: 'not run', baseline: '-', ratio: 0, target: `${TARGET} (not run: ${reason})`, met: false };
}

export async function benchXlsx(): Promise<Figure[]> {
  const sqliteName = `import ddp, the 2025 layout's ${RELEASE_2025_ROWS.toLocaleString('en-US')}-row xlsx into SQLite (worker path)`;
  const postgresName = sqliteName.replace('SQLite', 'PostgreSQL');
  for (const [path, why] of [
    [TIME, `${TIME} not found`],
    [CLI, `${CLI} not built (npm run bench builds it)`],
  ] as const) {
    if (!existsSync(path)) return [notRun(sqliteName, why), notRun(postgresName, why)];
  }
  const runs = runCount(process.env.XLSX_RUNS);
  const file = await cachedRelease2025Workbook(process.cwd());
  process.stdout.write(`  (workbook ${file}, ${(statSync(file).size / 1e6).toFixed(1)} MB)\n`);
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-xlsx-'));
  let server: EmbeddedServer | undefined;
  try {
    server = await startEmbeddedPostgres().catch(() => undefined);
    const bare: Measured[] = [];
    const sqlite: Measured[] = [];
    const postgres: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      bare.push(await bareRead(file));
      const db = join(dir, `run-${run}.db`);
      sqlite.push(await importDdp(file, { SQLITE_PATH: db, DATABASE_URL: '' }));
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
      if (server) postgres.push(await importDdp(file, { DATABASE_URL: await server.createDatabase(`dd_xlsx_${run}`) }));
    }
    return [
      figure(sqliteName, sqlite, bare),
      server ? figure(postgresName, postgres, bare) : notRun(postgresName, 'no embedded PostgreSQL server'),
    ];
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return [notRun(sqliteName, reason), notRun(postgresName, reason)];
  } finally {
    await server?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
