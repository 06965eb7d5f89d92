/**
 * `npm run bench desk`: the jail's inbox and alarms as the desk grows (issue 11). In each engine's
 * database (a SQLite file; an embedded PostgreSQL) three demo agencies each get DESK_DETAINERS
 * (default 10,000) open detainers, logged through bulk intake (the use case, as `POST
 * /detainers/import` runs it), then moved by the lifecycle's own commands into one data shape each:
 * - holds spread: Harris County TX, received evenly over two days, a fifth of them held with
 *   deadlines spread over the 48 hours ahead (some already past, not yet swept), the rest pending
 *   (the law waits for a fact);
 * - pending, bursty day: Cook County IL, every request received within one 3-hour burst, all
 *   pending, nothing due (many ties in the sort key);
 * - many release-due, 25 facilities: Alameda County CA, spread over 25 facilities, two fifths
 *   release-due, the rest pending with a duty overdue.
 * Three generators, so that no fast path tuned to one data shape passes unnoticed.
 * Measured per shape, alternating each figure with its baseline so both meet the machine alike:
 * (a) in-process, the use case (`listInbox` sorted by deadline, `listAlarms`), first page of 50,
 *     against a bare indexed SELECT of the same 50 projection rows (target: within 3x, medians);
 * (b) over HTTP (a real server on a port, sequential requests with keep-alive), the p95 of
 *     `GET /api/v1/detainers?sort=deadline` and of `GET /api/v1/alarms` (target: under 20 ms), beside
 *     the p95 of `GET /api/v1/health` on the same server.
 * The old way of computing the alarms (folding every open detainer's events) is timed once per shape
 * for comparison.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiToken } from '../src/core/auth/api-tokens.use-cases.js';
import { principalOf } from '../src/core/auth/auth.use-cases.js';
import type { Principal } from '../src/core/auth/principal.js';
import { alarmsOf, byUrgency } from '../src/core/lifecycle/alarms.js';
import { foldDetainer } from '../src/core/lifecycle/detainer-state.js';
import { listAlarms, recordEvent } from '../src/core/lifecycle/lifecycle.use-cases.js';
import { importDetainers } from '../src/core/request/bulk-intake.use-cases.js';
import { listInbox } from '../src/core/request/inbox.use-cases.js';
import type { DetainerId } from '../src/core/shared/ids.js';
import type { Clock } from '../src/core/shared/ports.js';
import { prepareDatabase } from '../src/composition/prepare-database.js';
import { createServices, type Services } from '../src/composition/services.js';
import { createWorkPool } from '../src/composition/work-pool.js';
import { openDatabase } from '../src/db/connect.js';
import type { DatabaseHandle, Engine } from '../src/db/engine.js';
import { buildServer } from '../src/server/app.js';
import { startEmbeddedPostgres } from '../test/support/embedded-postgres.js';
import { seededRandom } from './random.js';
import type { Figure } from './report.js';

const HOUR = 3_600_000;
const PAGE = 50;
const IN_PROCESS_ROUNDS = 300;
const HTTP_REQUESTS = 400;
const RATIO_TARGET = 3;
const HTTP_TARGET_MS = 20;

function detainerCount(text: string | undefined): number {
  if (text === undefined || text === '') return 10_000;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`DESK_DETAINERS must be a positive whole number, not ${text}`);
  return Number(text);
}

interface Shape {
  readonly name: string;
  readonly domain: string;
  /** How long before now each request was received (hours), and over how many facilities. */
  readonly intake: Intake;
  /** Moves the freshly logged detainers into the shape, through the lifecycle's commands. */
  shape(ctx: ShapeContext): Promise<void>;
}

interface ShapeContext {
  readonly services: Services;
  readonly principal: Principal;
  readonly ids: readonly string[];
  readonly clock: MovableClock;
  readonly random: () => number;
}

const local = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function command(ctx: ShapeContext, id: string, version: number, body: Record<string, unknown>) {
  const { parseDetainerCommand } = await import('../src/core/lifecycle/parse-command.js');
  const parsed = parseDetainerCommand({ ...body, expectedVersion: version });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const done = await recordEvent(ctx.services.lifecycle, ctx.principal, id, version, parsed.value.command);
  if (!done.ok) throw new Error(`${String(body.type)}: ${done.error.code} ${done.error.message}`);
  return done.value.version;
}

const SHAPES: readonly Shape[] = [
  {
    name: 'holds spread',
    domain: 'harris.demo.example',
    intake: { receivedHoursAgo: (random) => 96 + random() * 48, facilities: 1 },
    async shape(ctx) {
      const now = ctx.clock.now().getTime();
      for (const id of ctx.ids.slice(0, Math.ceil(ctx.ids.length / 5))) {
        const known = await command(ctx, id, 2, { type: 'facts-updated', facts: { proofOfLawfulStatus: false } });
        // Eligible 1 to 47.5 hours ago: a flat 48-hour hold (I-247A) ends 0.5 to 47 hours from now.
        const at = now - (1 + ctx.random() * 46.5) * HOUR;
        await command(ctx, id, known, { type: 'release-eligible', at: local(at), reason: 'bond-posted' });
      }
    },
  },
  {
    name: 'pending, bursty day',
    domain: 'cook.demo.example',
    intake: { receivedHoursAgo: (random) => 100 + random() * 3, facilities: 1 },
    async shape() {},
  },
  {
    name: 'many release-due, 25 facilities',
    domain: 'alameda.demo.example',
    intake: { receivedHoursAgo: (random) => 96 + random() * 48, facilities: 25 },
    async shape(ctx) {
      const now = ctx.clock.now().getTime();
      for (const id of ctx.ids.slice(0, Math.ceil((ctx.ids.length * 2) / 5))) {
        const at = now - (1 + ctx.random() * 70) * HOUR;
        await command(ctx, id, 2, { type: 'release-eligible', at: local(at), reason: 'charges-dismissed' });
      }
    },
  },
];

interface MovableClock extends Clock {
  set(ms: number): void;
}

function movableClock(): MovableClock {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), set: (ms) => void (offset = ms - Date.now()) };
}

interface Intake {
  receivedHoursAgo(random: () => number): number;
  readonly facilities: number;
}

const CSV_HEADER = [
  'federalReference',
  'form',
  'formEdition',
  'warrant',
  'probableCause',
  'issuedAt',
  'receivedAt',
  'subjectReference',
  'facilityId',
];

/** The agency's facilities for the bench: its demo facility and more made for it, `count` in all. */
async function facilitiesOf(handle: DatabaseHandle, agencyId: string, count: number): Promise<string[]> {
  const existing = await handle.db.selectFrom('facilities').select('id').where('agency_id', '=', agencyId).execute();
  const ids = existing.map((f) => f.id);
  for (let i = ids.length; i < count; i++) {
    const id = randomUUID();
    await handle.db
      .insertInto('facilities')
      .values({ id, agency_id: agencyId, name: `Bench facility ${i + 1}`, created_at: new Date().toISOString() })
      .execute();
    ids.push(id);
  }
  return ids.slice(0, count);
}

async function logByBulkIntake(
  services: Services,
  principal: Principal,
  count: number,
  tag: string,
  now: number,
  intake: Intake,
  facilities: readonly string[],
) {
  const random = seededRandom(count);
  const rows = Array.from({ length: count }, (_, i) => {
    // At least 4 days ago, so every hold and duty of the shapes falls after receipt.
    const received = now - intake.receivedHoursAgo(random) * HOUR;
    return {
      line: i + 2,
      cells: [
        `BENCH-${tag}-${i}`,
        'I-247A',
        '2017-02',
        'administrative',
        'biometric-database',
        local(received - HOUR),
        local(received),
        `BK-${tag}-${i}`,
        facilities[i % facilities.length]!,
      ],
    };
  });
  const report = await importDetainers(services.detainers, principal, { header: CSV_HEADER, rows });
  if (!report.ok) throw new Error(`bulk intake: ${report.error.message}`);
  if (report.value.created !== count) throw new Error(`bulk intake created ${report.value.created} of ${count}`);
  return report.value.rows.flatMap((row) => (row.id ? [row.id] : []));
}

interface Timing {
  p50: number;
  p95: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs each task once per round, in turn, so every figure and its baseline share the machine's state. */
async function alternate(rounds: number, tasks: Record<string, () => Promise<unknown>>) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  for (let warm = 0; warm < 20; warm++) for (const task of Object.values(tasks)) await task();
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) samples[name]!.push(await timed(task));
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarise(v)]));
}

const ms = (v: number) => (v < 1 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);

/** One line of the desk table: engine, data shape (generator), measure, p50, p95, ratio, target, met. */
interface DeskRow {
  readonly engine: Engine;
  readonly data: string;
  readonly measure: string;
  readonly p50: number;
  readonly p95: number;
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
}
const deskRows: DeskRow[] = [];

function printDeskTable(rows: readonly DeskRow[]): void {
  const header = ['engine', 'data', 'measure', 'p50', 'p95', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [
    r.engine,
    r.data,
    r.measure,
    ms(r.p50),
    ms(r.p95),
    `${r.ratio.toFixed(1)}x`,
    r.target,
    r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\ndesk table\n${line(header)}\n${cells.map(line).join('\n')}\n`);
}

async function benchEngine(engine: Engine, handle: DatabaseHandle, count: number): Promise<Figure[]> {
  const clock = movableClock();
  const services = createServices(handle, { sessionTtlHours: 12, clock });
  await prepareDatabase(handle, () => services, { demo: true, researchDemo: false });
  const figures: Figure[] = [];
  const prepared: Array<{ shape: Shape; principal: Principal }> = [];
  const loadStart = Date.now();
  for (const shape of SHAPES) {
    const user = await services.auth.users.findByEmail(`records-officer@${shape.domain}`);
    if (!user) throw new Error(`no demo user at ${shape.domain}`);
    const principal = principalOf(user, 'cli');
    const facilities = await facilitiesOf(handle, principal.agencyId, shape.intake.facilities);
    const tag = `${engine}-${shape.domain}`;
    const ids = await logByBulkIntake(services, principal, count, tag, Date.now(), shape.intake, facilities);
    await shape.shape({ services, principal, ids, clock, random: seededRandom(7) });
    prepared.push({ shape, principal });
  }
  // Read three hours later: the holds that ended since are past their deadline and not swept.
  clock.set(Date.now() + 3 * HOUR);
  // What autovacuum would have done after such a load: PostgreSQL's planner statistics.
  if (engine === 'postgres') await sql`VACUUM ANALYZE`.execute(handle.db);
  process.stdout.write(
    `  ${engine}: ${SHAPES.length} x ${count} detainers logged and shaped in ${((Date.now() - loadStart) / 1000).toFixed(0)} s\n`,
  );

  const work = createWorkPool(handle, services.law.engine, undefined, {
    threads: 0,
    queueLimit: 16,
    replayMaxRecords: 2_000_000,
    statsMaxRows: 50_000,
  });
  const app = await buildServer({
    services,
    work,
    rateLimit: { windowSeconds: 60, anonymous: 1e9, user: 1e9, expensiveAnonymous: 1e9, expensiveUser: 1e9 },
    version: 'bench',
    bodyLimitBytes: 1_048_576,
    trustProxy: false,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    for (const { shape, principal } of prepared) {
      const agency = principal.agencyId;
      const inbox = await listInbox(services.detainers, principal, { sort: 'deadline' });
      const alarms = await listAlarms(services.lifecycle, principal, {});
      if (!inbox.ok || !alarms.ok) throw new Error('the inbox or the alarms failed');
      const pageIds = inbox.value.items.map((d) => d.id);
      const alarmIds = [...new Set(alarms.value.alarms.map((a) => a.detainerId))];
      const counts = inbox.value.items.reduce<Record<string, number>>(
        (acc, d) => ({ ...acc, [d.status]: (acc[d.status] ?? 0) + 1 }),
        {},
      );
      process.stdout.write(
        `  ${engine} / ${shape.name}: inbox total ${inbox.value.total}, first page ${JSON.stringify(counts)}; ` +
          `alarms total ${alarms.value.total}, first page ${[...new Set(alarms.value.alarms.map((a) => a.kind))].join(', ')}\n`,
      );
      // The baselines: the same 50 projection rows, by the index (the inbox) and by their keys (the alarms).
      const bareInbox = () =>
        handle.db
          .selectFrom('detainer_states')
          .selectAll()
          .where('agency_id', '=', agency)
          .orderBy('sort_rank')
          .orderBy('sort_at')
          .orderBy('received_at', 'desc')
          .orderBy('detainer_id')
          .limit(PAGE)
          .execute();
      const bareAlarms = () =>
        handle.db.selectFrom('detainer_states').selectAll().where('detainer_id', 'in', alarmIds).execute();
      const sameRows = (await bareInbox()).map((r) => r.detainer_id);
      if (JSON.stringify(sameRows) !== JSON.stringify(pageIds)) throw new Error('the baseline reads other rows');

      const t = await alternate(IN_PROCESS_ROUNDS, {
        inbox: () => listInbox(services.detainers, principal, { sort: 'deadline' }),
        bareInbox,
        alarms: () => listAlarms(services.lifecycle, principal, {}),
        bareAlarms,
      });
      const foldMs = await timed(async () => {
        const now = clock.now();
        const all = [];
        for (const id of await services.detainers.detainers.openIds(agency)) {
          all.push(...alarmsOf(id, foldDetainer(await services.lifecycle.events.load(agency, id as DetainerId)), now));
        }
        return all.sort(byUrgency);
      });
      const label = `${engine}, ${shape.name}`;
      for (const [name, ours, bare, note] of [
        ['inbox page by deadline', t.inbox!, t.bareInbox!, ''],
        ['alarms page', t.alarms!, t.bareAlarms!, `; folding every open detainer: ${ms(foldMs)}`],
      ] as const) {
        const ratio = ours.p50 / bare.p50;
        deskRows.push({
          engine,
          data: shape.name,
          measure: `${name} (use case / bare SELECT)`,
          p50: ours.p50,
          p95: ours.p95,
          ratio,
          target: `<= ${RATIO_TARGET}x (p50)`,
          met: ratio <= RATIO_TARGET,
        });
        figures.push({
          name: `${label}: ${name}, use case`,
          value: `p50 ${ms(ours.p50)}, p95 ${ms(ours.p95)}${note}`,
          baseline: `bare SELECT of the 50 rows p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}`,
          ratio,
          target: `within ${RATIO_TARGET}x (p50)`,
          met: ratio <= RATIO_TARGET,
        });
      }

      const token = await createApiToken(services.auth, principal, { name: 'bench' }, { address: null });
      if (!token.ok) throw new Error(token.error.message);
      const headers = { authorization: `Bearer ${token.value.secret}` };
      const get = (path: string) => async () => {
        const res = await fetch(`${base}${path}`, { headers });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        await res.arrayBuffer();
      };
      const h = await alternate(HTTP_REQUESTS, {
        inbox: get('/api/v1/detainers?sort=deadline'),
        alarms: get('/api/v1/alarms'),
        health: get('/api/v1/health'),
      });
      for (const [name, ours] of [
        ['GET /api/v1/detainers?sort=deadline', h.inbox!],
        ['GET /api/v1/alarms', h.alarms!],
      ] as const) {
        deskRows.push({
          engine,
          data: shape.name,
          measure: `${name} (HTTP)`,
          p50: ours.p50,
          p95: ours.p95,
          ratio: ours.p95 / h.health!.p95,
          target: `p95 < ${HTTP_TARGET_MS} ms`,
          met: ours.p95 < HTTP_TARGET_MS,
        });
        figures.push({
          name: `${label}: ${name}, HTTP p95`,
          value: `p95 ${ms(ours.p95)} (p50 ${ms(ours.p50)}, ${HTTP_REQUESTS} requests)`,
          baseline: `GET /api/v1/health p95 ${ms(h.health!.p95)}`,
          ratio: ours.p95 / h.health!.p95,
          target: `< ${HTTP_TARGET_MS} ms`,
          met: ours.p95 < HTTP_TARGET_MS,
        });
      }
    }
  } finally {
    await app.close();
    await work.close();
  }
  return figures;
}

export async function benchDesk(): Promise<Figure[]> {
  const count = detainerCount(process.env.DESK_DETAINERS);
  const figures: Figure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'dd-desk-bench-'));
  try {
    const sqlite = openDatabase({ engine: 'sqlite', path: join(dir, 'desk.db') });
    try {
      figures.push(...(await benchEngine('sqlite', sqlite, count)));
    } finally {
      await sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = await startEmbeddedPostgres();
  try {
    const postgres = openDatabase({ engine: 'postgres', url: await server.createDatabase('desk_bench'), poolSize: 10 });
    try {
      figures.push(...(await benchEngine('postgres', postgres, count)));
    } finally {
      await postgres.close();
    }
  } finally {
    await server.stop();
  }
  printDeskTable(deskRows);
  return figures;
}
