/**
 * `npm run bench desk`: the jail's inbox and alarms as the desk grows (issue 11). In each engine's
 * database (a SQLite file; an embedded PostgreSQL) four agencies (three demo, one bench) each get DESK_DETAINERS
 * (default 10,000) open detainers, logged through bulk intake (the use case, as `POST
 * /detainers/import` runs it), then moved by the lifecycle's own commands into one data shape each:
 * - holds spread: Harris County TX, received evenly over two days, a fifth of them held with
 *   deadlines spread over the 48 hours ahead (some already past, not yet swept), the rest pending
 *   (the law waits for a fact);
 * - pending, bursty day: Cook County IL, every request received within one 3-hour burst, all
 *   pending, nothing due (many ties in the sort key);
 * - many release-due, 25 facilities: Alameda County CA, spread over 25 facilities, two fifths
 *   release-due, the rest pending with a duty overdue;
 * - real: ICE's PA release: a bench agency in Pennsylvania whose requests take their facilities (117,
 *   one with a quarter of them), their days (ties and all) and their outcomes from ICE's own records
 *   (`desk-real-layout.ts`); about a third stay open.
 * Three generators and one real layout, so that no fast path tuned to one data shape passes unnoticed.
 * Measured per shape, alternating each figure with its baseline so both meet the machine alike:
 * (a) in-process, the use case (`listInbox` sorted by deadline, `listAlarms`), first page of 50,
 *     against a bare indexed SELECT of the same page (target: within 3x, medians): for the inbox the
 *     same rows and columns from the same four tables, hand-written and prepared once on the engine's
 *     driver; for the alarms (a union of index ranges with its total) the use case's own statement,
 *     prepared once on the driver. Both are also shown beside a SELECT of their projection rows by key
 *     alone (one table, no total), for comparison;
 * (b) over HTTP (a real server on a port, sequential requests with keep-alive), the p95 of
 *     `GET /api/v1/detainers?sort=deadline`, of `GET /api/v1/alarms` and of the detainer page's read
 *     `GET /api/v1/detainers/:id` (target: under 20 ms), beside the p95 of `GET /api/v1/health`.
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
import type { Agency } from '../src/core/agency/agency.js';
import { addUser, principalOf } from '../src/core/auth/auth.use-cases.js';
import type { Principal } from '../src/core/auth/principal.js';
import { alarmsOf, byUrgency } from '../src/core/lifecycle/alarms.js';
import { foldDetainer } from '../src/core/lifecycle/detainer-state.js';
import { DEFAULT_ALARM_PAGE_SIZE } from '../src/core/lifecycle/alarms.schema.js';
import { listAlarms, recordEvent } from '../src/core/lifecycle/lifecycle.use-cases.js';
import { importDetainers } from '../src/core/request/bulk-intake.use-cases.js';
import { listInbox } from '../src/core/request/inbox.use-cases.js';
import type { DetainerId } from '../src/core/shared/ids.js';
import type { Clock } from '../src/core/shared/ports.js';
import { prepareDatabase } from '../src/composition/prepare-database.js';
import { createServices, type Services } from '../src/composition/services.js';
import { openDatabase } from '../src/db/connect.js';
import { alarmPageQuery } from '../src/db/repositories/alarm-page.query.js';
import type { DatabaseHandle, Engine } from '../src/db/engine.js';
import { startEmbeddedPostgres } from '../test/support/embedded-postgres.js';
import {
  BENCH_PENNSYLVANIA_AGENCY,
  BENCH_PENNSYLVANIA_DOMAIN,
  pennsylvaniaReceipts,
  type RealReceipt,
} from './desk-real-layout.js';
import { seededRandom } from './random.js';
import { benchServer } from './bench-server.js';
import type { Figure } from './report.js';
import { summarise, timed } from './timing.js';

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
  /** The bench's own agency, for a shape that is not one of the demo agencies. */
  readonly agency?: Agency;
  /** When each request was received (hours before now), at which facility, and what became of it. */
  receipts(count: number, random: () => number): Receipt[];
  /** Moves the freshly logged detainers into the shape, through the lifecycle's commands. */
  shape(ctx: ShapeContext): Promise<void>;
}

interface ShapeContext {
  readonly services: Services;
  readonly principal: Principal;
  readonly ids: readonly string[];
  /** The receipts the requests were logged from, in the order of `ids`. */
  readonly receipts: readonly Receipt[];
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
    receipts: synthetic((random) => 96 + random() * 48, 1),
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
    receipts: synthetic((random) => 100 + random() * 3, 1),
    async shape() {},
  },
  {
    name: 'many release-due, 25 facilities',
    domain: 'alameda.demo.example',
    receipts: synthetic((random) => 96 + random() * 48, 25),
    async shape(ctx) {
      const now = ctx.clock.now().getTime();
      for (const id of ctx.ids.slice(0, Math.ceil((ctx.ids.length * 2) / 5))) {
        const at = now - (1 + ctx.random() * 70) * HOUR;
        await command(ctx, id, 2, { type: 'release-eligible', at: local(at), reason: 'charges-dismissed' });
      }
    },
  },
  {
    name: "real: ICE's PA release",
    domain: BENCH_PENNSYLVANIA_DOMAIN,
    agency: BENCH_PENNSYLVANIA_AGENCY,
    receipts: (count) => pennsylvaniaReceipts(count),
    async shape(ctx) {
      const now = ctx.clock.now().getTime();
      for (const [i, id] of ctx.ids.entries()) {
        const receipt = ctx.receipts[i]!;
        // An hour after receipt, as ICE's records end: taken into ICE custody, or lifted with ICE's reason.
        const at = local(Math.min(now, now - receipt.hoursAgo * HOUR + HOUR));
        if (receipt.outcome?.type === 'transferred') await command(ctx, id, 2, { type: 'transferred', at });
        if (receipt.outcome?.type === 'lifted') {
          await command(ctx, id, 2, { type: 'lifted', at, reason: receipt.outcome.reason });
        }
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

interface Receipt {
  readonly hoursAgo: number;
  /** The facility's name (the bench makes one facility per name in the shape's agency). */
  readonly facility: string;
  readonly outcome?: RealReceipt['outcome'];
}

/** Receipts spread by `hoursAgo`, dealt in turn to `facilities` facilities. */
function synthetic(hoursAgo: (random: () => number) => number, facilities: number) {
  return (count: number, random: () => number): Receipt[] =>
    Array.from({ length: count }, (_, i) => ({
      hoursAgo: hoursAgo(random),
      facility: `Bench facility ${(i % facilities) + 1}`,
    }));
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

/** One facility per name in the agency (made on first use), by name. */
async function facilitiesNamed(
  handle: DatabaseHandle,
  agencyId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of new Set(names)) {
    const id = randomUUID();
    await handle.db
      .insertInto('facilities')
      .values({ id, agency_id: agencyId, name, created_at: new Date().toISOString() })
      .execute();
    ids.set(name, id);
  }
  return ids;
}

async function logByBulkIntake(
  services: Services,
  principal: Principal,
  tag: string,
  now: number,
  receipts: readonly Receipt[],
  facilities: ReadonlyMap<string, string>,
) {
  const rows = receipts.map((receipt, i) => {
    // At least 4 days ago, so every hold and duty of the shapes falls after receipt.
    const received = now - receipt.hoursAgo * HOUR;
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
        facilities.get(receipt.facility)!,
      ],
    };
  });
  const report = await importDetainers(services.detainers, principal, { header: CSV_HEADER, rows });
  if (!report.ok) throw new Error(`bulk intake: ${report.error.message}`);
  if (report.value.created !== rows.length)
    throw new Error(`bulk intake created ${report.value.created} of ${rows.length}`);
  return report.value.rows.flatMap((row) => (row.id ? [row.id] : []));
}

/** The bench agency and its records officer (the demo agencies come with `prepareDatabase`). */
async function addBenchAgency(services: Services, agency: Agency, domain: string): Promise<void> {
  await services.agencies.insertIfAbsent(agency, new Date());
  const added = await addUser(services.auth, undefined, {
    agencyId: agency.id,
    email: `records-officer@${domain}`,
    displayName: 'Bench records officer (synthetic)',
    role: 'records-officer',
    password: 'bench-password-2026',
  });
  if (!added.ok) throw new Error(`bench user not added: ${added.error.message}`);
}

/** Runs each task once per round, in turn, so every figure and its baseline share the machine's state. */
async function alternate(rounds: number, tasks: Record<string, () => Promise<unknown>>) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  for (let warm = 0; warm < 20; warm++) for (const task of Object.values(tasks)) await task();
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) samples[name]!.push((await timed(task)).ms);
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

/**
 * The inbox's first page as the database alone gives it: the same rows and columns (the request, its
 * subject's reference, its projection, its open duties) and the same total ("1-50 of 10,004"),
 * written by hand, without the query builder, the validation or the decoding. The total is the plain
 * count a reader would write (the use case reads SQLite's from a counter, migration 0012).
 */
const SAME_INBOX_PAGE = (p: string) => `
  SELECT d.*, s.reference AS subject_reference, ss.id AS submitted_subject_id, ss.reference AS submitted_reference,
         p.status, p.version, p.hold_deadline, p.next_duty_due,
         (SELECT count(*) FROM detainer_open_duties od WHERE od.detainer_id = d.id) AS open_duty_count,
         (SELECT count(*) FROM detainer_requests r WHERE r.agency_id = ${p}) AS total_count
  FROM detainer_states p
  JOIN detainer_requests d ON d.id = p.detainer_id
  JOIN subjects s ON s.id = d.subject_id
  LEFT JOIN submitted_subjects ss ON ss.detainer_id = d.id
  WHERE p.agency_id = ${p}
  ORDER BY p.sort_rank, p.sort_at, p.received_at DESC, p.detainer_id
  LIMIT ${PAGE}`;

/** A statement prepared once on the engine's own driver and run as it is: a baseline without our layers. */
function nativeStatement(
  handle: DatabaseHandle,
  name: string,
  text: string,
  values: readonly unknown[],
): () => Promise<unknown[]> {
  const native = handle.native;
  if (native.engine === 'sqlite') {
    const statement = native.sqlite.prepare(text);
    return async () => statement.all(...values);
  }
  const query = { name, text, values: [...values] };
  return async () => (await native.pool.query(query)).rows;
}

async function benchEngine(engine: Engine, handle: DatabaseHandle, count: number): Promise<Figure[]> {
  const clock = movableClock();
  const services = createServices(handle, { sessionTtlHours: 12, clock });
  await prepareDatabase(handle, () => services, { demo: true, researchDemo: false });
  const figures: Figure[] = [];
  const prepared: Array<{ shape: Shape; principal: Principal }> = [];
  const loadStart = Date.now();
  for (const shape of SHAPES) {
    if (shape.agency) await addBenchAgency(services, shape.agency, shape.domain);
    const user = await services.auth.users.findByEmail(`records-officer@${shape.domain}`);
    if (!user) throw new Error(`no demo user at ${shape.domain}`);
    const principal = principalOf(user, 'cli');
    const receipts = shape.receipts(count, seededRandom(count));
    const facilities = await facilitiesNamed(
      handle,
      principal.agencyId,
      receipts.map((r) => r.facility),
    );
    const tag = `${engine}-${shape.domain}`;
    const ids = await logByBulkIntake(services, principal, tag, Date.now(), receipts, facilities);
    await shape.shape({ services, principal, ids, receipts, clock, random: seededRandom(7) });
    prepared.push({ shape, principal });
  }
  // Read three hours later: the holds that ended since are past their deadline and not swept.
  clock.set(Date.now() + 3 * HOUR);
  // What autovacuum would have done after such a load: PostgreSQL's planner statistics.
  if (engine === 'postgres') await sql`VACUUM ANALYZE`.execute(handle.db);
  process.stdout.write(
    `  ${engine}: ${SHAPES.length} x ${count} detainers logged and shaped in ${((Date.now() - loadStart) / 1000).toFixed(0)} s\n`,
  );

  const app = await benchServer(handle, services, {
    replayMaxRecords: 2_000_000,
    statsMaxRows: 50_000,
    bodyLimitBytes: 1_048_576,
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
      // With no alarm (a shape may have none), the same lookup by key, finding nothing.
      const alarmKeys = alarmIds.length > 0 ? alarmIds : ['no-alarm'];
      const bareAlarms = () =>
        handle.db.selectFrom('detainer_states').selectAll().where('detainer_id', 'in', alarmKeys).execute();
      // SQLite's "?" is one value each time it appears; PostgreSQL's "$1" is the same value twice.
      const samePage =
        engine === 'sqlite'
          ? nativeStatement(handle, 'bench-inbox-page', SAME_INBOX_PAGE('?'), [agency, agency])
          : nativeStatement(handle, 'bench-inbox-page', SAME_INBOX_PAGE('$1'), [agency]);
      // The alarms' page is a union of index ranges with its total: the use case's own statement, asked
      // of the driver directly.
      const alarmStatement = alarmPageQuery(engine, agency, clock.now(), {
        limit: DEFAULT_ALARM_PAGE_SIZE,
        offset: 0,
      }).compile(handle.db);
      const sameAlarmPage = nativeStatement(handle, 'bench-alarm-page', alarmStatement.sql, alarmStatement.parameters);
      for (const baseline of [await bareInbox(), await samePage()]) {
        const rows = baseline.map(
          (r) => (r as { detainer_id?: string; id?: string }).detainer_id ?? (r as { id: string }).id,
        );
        if (JSON.stringify(rows) !== JSON.stringify(pageIds)) throw new Error('a baseline reads other rows');
      }

      const t = await alternate(IN_PROCESS_ROUNDS, {
        inbox: () => listInbox(services.detainers, principal, { sort: 'deadline' }),
        bareInbox,
        samePage,
        alarms: () => listAlarms(services.lifecycle, principal, {}),
        sameAlarmPage,
        bareAlarms,
      });
      const { ms: foldMs } = await timed(async () => {
        const now = clock.now();
        const all = [];
        for (const id of await services.detainers.detainers.openIds(agency)) {
          all.push(
            ...alarmsOf(
              id,
              foldDetainer(await services.lifecycle.events.load(agency, id as DetainerId)),
              now,
              services.lifecycle.law.library,
            ),
          );
        }
        return all.sort(byUrgency);
      });
      const label = `${engine}, ${shape.name}`;
      for (const [name, ours, bare, baseline, note] of [
        ['inbox page by deadline', t.inbox!, t.samePage!, 'the same page (4 tables), one prepared statement', ''],
        [
          'alarms page',
          t.alarms!,
          t.sameAlarmPage!,
          'the same page (its one statement), prepared once',
          `; folding every open detainer: ${ms(foldMs)}`,
        ],
      ] as const) {
        const ratio = ours.p50 / bare.p50;
        deskRows.push({
          engine,
          data: shape.name,
          measure: `${name} (use case / bare SELECT of ${baseline})`,
          p50: ours.p50,
          p95: ours.p95,
          ratio,
          target: `<= ${RATIO_TARGET}x (p50)`,
          met: ratio <= RATIO_TARGET,
        });
        figures.push({
          name: `${label}: ${name}, use case`,
          value: `p50 ${ms(ours.p50)}, p95 ${ms(ours.p95)}${note}`,
          baseline: `bare SELECT of ${baseline}: p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}`,
          ratio,
          target: `within ${RATIO_TARGET}x (p50)`,
          met: ratio <= RATIO_TARGET,
        });
      }
      // For comparison only: the page's projection rows alone (one table, no request fields, no total).
      for (const [name, ours, bare] of [
        ['inbox page by deadline', t.inbox!, t.bareInbox!],
        ['alarms page', t.alarms!, t.bareAlarms!],
      ] as const) {
        deskRows.push({
          engine,
          data: shape.name,
          measure: `${name} (use case / SELECT of its projection rows by key; for comparison)`,
          p50: ours.p50,
          p95: ours.p95,
          ratio: ours.p50 / bare.p50,
          target: '-',
          met: true,
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
      // The detainer page reads the most urgent request: its events folded, the clock's skipped days
      // named, the duties' Spanish texts looked up.
      const h = await alternate(HTTP_REQUESTS, {
        inbox: get('/api/v1/detainers?sort=deadline'),
        alarms: get('/api/v1/alarms'),
        detainer: get(`/api/v1/detainers/${pageIds[0]!}`),
        health: get('/api/v1/health'),
      });
      for (const [name, ours] of [
        ['GET /api/v1/detainers?sort=deadline', h.inbox!],
        ['GET /api/v1/alarms', h.alarms!],
        ['GET /api/v1/detainers/:id (the first on the page)', h.detainer!],
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
  }
  return figures;
}

/** Which engines to measure: DESK_ENGINES=sqlite, =postgres, or both (the default). */
function enginesToRun(text: string | undefined): readonly Engine[] {
  if (text === undefined || text === '') return ['sqlite', 'postgres'];
  const asked = text.split(',').map((e) => e.trim());
  const unknown = asked.find((e) => e !== 'sqlite' && e !== 'postgres');
  if (unknown !== undefined) throw new Error(`DESK_ENGINES lists sqlite and/or postgres, not ${unknown}`);
  return asked as Engine[];
}

export async function benchDesk(): Promise<Figure[]> {
  const count = detainerCount(process.env.DESK_DETAINERS);
  const engines = enginesToRun(process.env.DESK_ENGINES);
  const figures: Figure[] = [];
  if (engines.includes('sqlite')) figures.push(...(await benchSqlite(count)));
  if (engines.includes('postgres')) figures.push(...(await benchPostgres(count)));
  printDeskTable(deskRows);
  return figures;
}

async function benchSqlite(count: number): Promise<Figure[]> {
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
  return figures;
}

async function benchPostgres(count: number): Promise<Figure[]> {
  const figures: Figure[] = [];
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
  return figures;
}
