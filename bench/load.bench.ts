/**
 * Load figures of `npm run bench load`: does the server keep answering while it works hard?
 * Over a SQLite database of `LOAD_RECORDS` (default 1,000,000) generated FOIA records imported with
 * the built CLI (and the demo seeded), the built server (`dist/`, a child process, as an operator
 * runs it) answers `GET /api/v1/health` one request at a time, first idle, then while
 * - four maximal public requests run without pause: two replays over the whole period (the largest
 *   range REPLAY_MAX_RECORDS allows) and two day-granular statistics (from and to inside their months,
 *   the most detailed grouping STATS_MAX_ROWS allows);
 * - two signed-in bulk intakes of 150,000 invalid CSV rows run without pause.
 * Each figure is the loaded health p99 against the idle health p99 of the same server in the same
 * run. The public load on a server with WORKER_THREADS=0 (everything on the main thread, as before
 * the worker pool) is printed for comparison. `LOAD_RECORDS` sets the record count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNprFile } from '../src/ingest/generator/write-npr.js';
import { runCli as run, serve } from './cli-server.js';
import type { Figure } from './report.js';
import { quantile } from './timing.js';

const TARGET_MS = 100;
/** How long each loaded phase lasts at least (every heavy loop also finishes at least one request). */
const PHASE_MS = 15_000;
const IDLE_SAMPLES = 300;
const HEALTH_PAUSE_MS = 10;
const INTAKE_ROWS = 150_000;

function recordCount(text: string | undefined): number {
  if (text === undefined || text === '') return 1_000_000;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`LOAD_RECORDS must be a positive whole number, not ${text}`);
  return Number(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthOnce(url: string): Promise<number> {
  const start = performance.now();
  const answer = await fetch(`${url}/api/v1/health`);
  await answer.arrayBuffer();
  if (answer.status !== 200) throw new Error(`health answered ${answer.status}`);
  return performance.now() - start;
}

const percentile = (samples: readonly number[], p: number) => quantile(samples, p / 100);

async function idleHealth(url: string): Promise<number[]> {
  for (let i = 0; i < 20; i++) await healthOnce(url); // warm the connection and the JIT
  const samples: number[] = [];
  for (let i = 0; i < IDLE_SAMPLES; i++) {
    samples.push(await healthOnce(url));
    await sleep(HEALTH_PAUSE_MS);
  }
  return samples;
}

type Heavy = () => Promise<Response>;

interface Loaded {
  readonly health: number[];
  readonly done: number;
  readonly statuses: Map<number, number>;
  readonly heavyMs: number[];
}

/** Health sampled one request at a time while each heavy request runs in its own loop, without pause. */
async function underLoad(url: string, heavy: readonly Heavy[]): Promise<Loaded> {
  const statuses = new Map<number, number>();
  const heavyMs: number[] = [];
  const finished = heavy.map(() => 0);
  const start = performance.now();
  let stop = false;
  const loops = heavy.map(async (request, i) => {
    while (!stop) {
      const begun = performance.now();
      const answer = await request();
      await answer.arrayBuffer();
      heavyMs.push(performance.now() - begun);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      finished[i]!++;
    }
  });
  await sleep(200); // let the heavy requests start
  const health: number[] = [];
  while (performance.now() - start < PHASE_MS || finished.some((n) => n === 0)) {
    health.push(await healthOnce(url));
    await sleep(HEALTH_PAUSE_MS);
  }
  stop = true;
  await Promise.all(loops);
  return { health, done: finished.reduce((a, b) => a + b, 0), statuses, heavyMs };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const statusText = (statuses: Map<number, number>) =>
  [...statuses.entries()].map(([status, n]) => `${n}x${status}`).join(', ');

/** The most detailed day-granular statistics the server accepts (under STATS_MAX_ROWS). */
async function maximalStats(url: string): Promise<{ path: string; rows: number; bytes: number }> {
  const months = (await (await fetch(`${url}/api/v1/stats/detainers?groupBy=month`)).json()) as {
    rows: Array<{ month: string | null }>;
  };
  const known = months.rows.map((r) => r.month).filter((m): m is string => m !== null);
  const from = `${known[0]}-02`;
  const to = `${known[known.length - 1]}-27`;
  for (const groupBy of [
    'month,facility,form,outcome',
    'month,facility,outcome',
    'month,facility',
    'month,county,form,outcome',
    'month,state,form,outcome',
    'month,state,outcome',
  ]) {
    const path = `/api/v1/stats/detainers?groupBy=${groupBy}&from=${from}&to=${to}`;
    const answer = await fetch(`${url}${path}`);
    const body = await answer.text();
    if (answer.status === 200) {
      return { path, rows: (JSON.parse(body) as { rows: unknown[] }).rows.length, bytes: body.length };
    }
  }
  throw new Error('no day-granular statistics under STATS_MAX_ROWS');
}

function invalidCsv(rows: number): string {
  const lines = ['federalReference,form,issuedAt,subjectReference'];
  for (let i = 0; i < rows; i++) lines.push(`LOAD-${i},I-999,2026-11-28T09:00:00-08:00,BK-${i}`);
  return `${lines.join('\n')}\n`;
}

interface Measured {
  readonly idle: number;
  readonly public: Loaded;
  readonly intake: Loaded | undefined;
  readonly stats: { path: string; rows: number; bytes: number };
}

async function measure(env: NodeJS.ProcessEnv, threads: string, withIntake: boolean): Promise<Measured> {
  const server = await serve({ ...env, WORKER_THREADS: threads });
  try {
    const token = (
      await run(['tokens', 'create', '--user', 'records-officer@alameda.demo.example', '--name', 'bench'], env)
    ).trim();
    const stats = await maximalStats(server.url);
    const replayBody = JSON.stringify({ law: { state: 'CA' }, at: '2018-01-01', from: '1990-01-01', to: '2030-12-31' });
    const replay: Heavy = () =>
      fetch(`${server.url}/api/v1/replay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: replayBody,
      });
    const statistics: Heavy = () => fetch(`${server.url}${stats.path}`);
    const csv = invalidCsv(INTAKE_ROWS);
    const intake: Heavy = () =>
      fetch(`${server.url}/api/v1/detainers/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body: csv,
      });
    const idle = percentile(await idleHealth(server.url), 99);
    const loadedPublic = await underLoad(server.url, [replay, replay, statistics, statistics]);
    const loadedIntake = withIntake ? await underLoad(server.url, [intake, intake]) : undefined;
    return { idle, public: loadedPublic, intake: loadedIntake, stats };
  } finally {
    await server.stop();
  }
}

function figure(name: string, idle: number, loaded: Loaded, expected: number): Figure {
  const p99 = percentile(loaded.health, 99);
  const ratio = p99 / idle;
  const allAnswered = loaded.statuses.size === 1 && loaded.statuses.has(expected);
  return {
    name,
    value:
      `${ms(p99)} (p50 ${ms(percentile(loaded.health, 50))}, ${loaded.health.length} checks; ` +
      `${loaded.done} heavy answers ${statusText(loaded.statuses)}, median ${ms(percentile(loaded.heavyMs, 50))})`,
    baseline: `idle health p99 ${ms(idle)}`,
    ratio,
    target: `p99 < ${TARGET_MS} ms, every heavy request ${expected}`,
    met: p99 < TARGET_MS && allAnswered,
  };
}

export async function benchLoad(): Promise<Figure[]> {
  const records = recordCount(process.env.LOAD_RECORDS);
  const label = records.toLocaleString('en-US');
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-load-'));
  try {
    const file = join(dir, 'npr.csv');
    await writeNprFile({ records, seed: 'bench-load' }, file);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'desk.db')}`,
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      BODY_LIMIT_BYTES: String(16 * 1024 * 1024),
      RATE_LIMIT_ANONYMOUS: '1000000',
      RATE_LIMIT_USER: '1000000',
      RATE_LIMIT_EXPENSIVE_ANONYMOUS: '1000000',
      RATE_LIMIT_EXPENSIVE_USER: '1000000',
    };
    await run(['migrate'], env);
    await run(['import', 'npr', file, '--quiet', '--json'], env);
    process.stdout.write(`  (imported ${label} generated records into ${join(dir, 'desk.db')})\n`);

    const pool = await measure(env, '2', true);
    process.stdout.write(
      `  (statistics: ${pool.stats.path}: ${pool.stats.rows.toLocaleString('en-US')} rows, ` +
        `${(pool.stats.bytes / 1e6).toFixed(2)} MB)\n`,
    );
    const before = await measure(env, '0', false);
    process.stdout.write(
      `  for comparison, everything on the main thread (WORKER_THREADS=0): idle health p99 ${ms(before.idle)}; ` +
        `with 4 replays/statistics p99 ${ms(percentile(before.public.health, 99))} ` +
        `(${before.public.health.length} checks, max ${ms(Math.max(...before.public.health))})\n`,
    );
    return [
      figure(
        `health p99 under 4 maximal public requests (2 replays of ${label} records, 2 day stats), 2 worker threads`,
        pool.idle,
        pool.public,
        200,
      ),
      figure(
        `health p99 under 2 bulk intakes of ${INTAKE_ROWS.toLocaleString('en-US')} invalid CSV rows`,
        pool.idle,
        pool.intake!,
        422,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
