/**
 * Replays, statistics and lists of evaluations run on worker threads (each with its own database
 * handle) and answer exactly what the main thread answers; admission is bounded (503 SERVER.BUSY
 * with Retry-After); the cost caps refuse too broad a question before it runs, naming what to narrow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedPool, type WorkPool } from '../../src/composition/work-pool.js';
import type { WorkTask } from '../../src/composition/work-tasks.js';
import { createServices } from '../../src/composition/services.js';
import { invalidField } from '../../src/core/shared/errors.js';
import { err } from '../../src/core/shared/result.js';
import { openDatabase, type DatabaseTarget } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { buildServer } from '../../src/server/app.js';
import { createTestDatabase, ENGINES } from '../support/engines.js';
import { writeGeneratedRelease } from '../research/stats-fixture.js';
import { buildTestApp, GENEROUS_RATE_LIMITS, type TestApp } from '../support/test-app.js';
import { alameda2018, texasMissingFact } from '../support/evaluation-samples.js';

const RELEASE = 'work-test';
const RECORDS = 3000;

/** A database on `engine` that a second thread can open: a SQLite file, or a PostgreSQL database. */
async function sharedDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ handle: DatabaseHandle; target: DatabaseTarget; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dd-work-'));
    const target: DatabaseTarget = { engine: 'sqlite', path: join(dir, 'desk.db') };
    const handle = openDatabase(target);
    return {
      handle,
      target,
      dispose: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase('postgres');
  return { handle: database, target: { engine: 'postgres', url: database.url }, dispose: () => database.dispose() };
}

const REPLAY = { law: { state: 'CA' }, at: '2018-01-01', from: '2012-01-01', to: '2014-12-31' };
const STATS_URLS = [
  `/api/v1/stats/detainers?groupBy=year,outcome&release=${RELEASE}`,
  // Day-granular: from and to inside their months.
  `/api/v1/stats/detainers?groupBy=month,state,form&from=2012-02-03&to=2013-11-20&release=${RELEASE}`,
  '/api/v1/stats/desk?groupBy=state,form',
];

for (const engine of ENGINES) {
  describe(`[${engine}] heavy work on worker threads`, () => {
    let database: Awaited<ReturnType<typeof sharedDatabase>>;
    let threads: TestApp;
    let main: TestApp;

    beforeAll(async () => {
      database = await sharedDatabase(engine);
      main = await buildTestApp(database.handle, { work: { threads: 0 } });
      await writeGeneratedRelease(database.handle.db, {
        id: RELEASE,
        dataset: 'npr',
        records: RECORDS,
        seed: 'work',
      });
      threads = await buildTestApp(database.handle, {
        target: database.target,
        work: { threads: 1, queueLimit: 4 },
      });
    });
    afterAll(async () => {
      await threads?.app.close();
      await main?.app.close();
      await database?.dispose();
    });

    it('runs on a worker thread only when the database can be opened twice', () => {
      expect(threads.work.mode).toBe('threads');
      expect(main.work.mode).toBe('main-thread');
    });

    it('answers replays, statistics and evaluation lists exactly as the main thread does', async () => {
      const requests = [
        { method: 'POST' as const, url: '/api/v1/replay', payload: REPLAY },
        {
          method: 'POST' as const,
          url: '/api/v1/replay',
          payload: { ...REPLAY, at: '2012-06-01', law: { state: 'TX' } },
        },
        { method: 'POST' as const, url: '/api/v1/replay', payload: { ...REPLAY, at: '2018-13-01' } },
        { method: 'POST' as const, url: '/api/v1/evaluate', payload: [alameda2018, texasMissingFact, { nope: 1 }] },
        ...STATS_URLS.map((url) => ({ method: 'GET' as const, url })),
      ];
      for (const request of requests) {
        const [inWorker, inProcess] = await Promise.all([threads.app.inject(request), main.app.inject(request)]);
        expect(inWorker.statusCode, request.url).toBe(inProcess.statusCode);
        const body = inWorker.json<Record<string, unknown>>();
        if (inWorker.statusCode >= 400) {
          const { requestId: _a, ...a } = (body as { error: Record<string, unknown> }).error;
          const { requestId: _b, ...b } = inProcess.json<{ error: Record<string, unknown> }>().error;
          expect(a).toEqual(b);
        } else expect(body).toEqual(inProcess.json());
      }
      const replay = await threads.app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
      expect(replay.json<{ records: number }>().records).toBeGreaterThan(100);
    });

    it('refuses a replay over REPLAY_MAX_RECORDS before it runs, naming from', async () => {
      const capped = await buildTestApp(database.handle, {
        target: database.target,
        demo: false,
        work: { threads: 1, replayMaxRecords: 100 },
      });
      try {
        const broad = await capped.app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
        expect(broad.statusCode).toBe(422);
        const { error } = broad.json<{ error: { code: string; message: string; details: Record<string, unknown> } }>();
        expect(error).toMatchObject({
          code: 'REQUEST.TOO_BROAD',
          details: { field: 'from', limit: 100, setting: 'REPLAY_MAX_RECORDS' },
        });
        expect(error.details.estimate).toBeGreaterThan(100);
        expect(error.message).toContain('narrow from/to');
        // A month of one state is well under the cap and runs.
        const narrow = await capped.app.inject({
          method: 'POST',
          url: '/api/v1/replay',
          payload: { ...REPLAY, from: '2012-03-01', to: '2012-03-31', filters: { state: 'DE' } },
        });
        expect(narrow.statusCode).toBe(200);
      } finally {
        await capped.app.close();
      }
    });

    it('refuses statistics over STATS_MAX_ROWS before they run, naming groupBy', async () => {
      const capped = await buildTestApp(database.handle, { demo: false, work: { threads: 0, statsMaxRows: 20 } });
      try {
        const broad = await capped.app.inject(STATS_URLS[1]!);
        expect(broad.statusCode).toBe(422);
        expect(broad.json()).toMatchObject({
          error: { code: 'REQUEST.TOO_BROAD', details: { field: 'groupBy', limit: 20, setting: 'STATS_MAX_ROWS' } },
        });
        const narrow = await capped.app.inject(`/api/v1/stats/detainers?groupBy=outcome&release=${RELEASE}`);
        expect(narrow.statusCode).toBe(200);
      } finally {
        await capped.app.close();
      }
    });

    if (engine === 'postgres') {
      it('answers 503 SERVER.BUSY with Retry-After when the one thread and its queue of one are taken', async () => {
        const busy = await buildTestApp(database.handle, {
          target: database.target,
          demo: false,
          work: { threads: 1, queueLimit: 1 },
        });
        // Another session holds the rollup table: the worker's replay waits on it (a slow job).
        const locker = new pg.Client({ connectionString: (database.target as { url: string }).url });
        await locker.connect();
        try {
          await locker.query('begin');
          await locker.query('lock table research_rollup_monthly in access exclusive mode');
          const running = busy.app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
          const queued = busy.app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
          await until(() => busy.work.pending === 2);
          const refused = await busy.app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
          expect(refused.statusCode).toBe(503);
          expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
          expect(refused.json()).toMatchObject({ error: { code: 'SERVER.BUSY' } });
          expect((await busy.app.inject('/api/v1/health')).statusCode).toBe(200);
          await locker.query('commit');
          expect((await running).statusCode).toBe(200);
          expect((await queued).statusCode).toBe(200);
        } finally {
          await locker.end();
          await busy.app.close();
        }
      });
    }
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the work queue bound', () => {
  let handle: DatabaseHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    handle = await createTestDatabase('sqlite');
  });
  afterAll(() => handle.dispose());

  it('answers 503 SERVER.BUSY with Retry-After and the error envelope when one slot and a queue of one are taken', async () => {
    const release: Array<() => void> = [];
    const started: WorkTask[] = [];
    // A slow job: each task waits until the test lets it finish.
    const pool: WorkPool = boundedPool('main-thread', 1, 1, (task) => {
      started.push(task);
      return new Promise((resolve) => release.push(() => resolve(err(invalidField('from', 'test answer', 'invalid')))));
    });
    const services = createServices(handle, { sessionTtlHours: 1 });
    const app = await buildServer({
      services,
      work: pool,
      rateLimit: GENEROUS_RATE_LIMITS,
      version: 'test',
      bodyLimitBytes: 16 * 1024,
      trustProxy: false,
      logger: false,
    });
    try {
      const first = app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
      const second = app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
      await until(() => pool.pending === 2);
      const third = await app.inject({ method: 'POST', url: '/api/v1/replay', payload: REPLAY });
      expect(third.statusCode).toBe(503);
      expect(third.headers['retry-after']).toMatch(/^[1-9]\d*$/);
      expect(third.json()).toMatchObject({
        error: { code: 'SERVER.BUSY', details: { retryAfterSeconds: Number(third.headers['retry-after']) } },
      });
      expect(third.json().error.requestId).toBe(third.headers['x-request-id']);
      const stats = await app.inject('/api/v1/stats/detainers?groupBy=year');
      expect(stats.statusCode).toBe(503);
      await until(() => release.length === 1);
      release.shift()!();
      await until(() => release.length === 1);
      release.shift()!();
      expect((await first).statusCode).toBe(400);
      expect((await second).statusCode).toBe(400);
      expect(started).toHaveLength(2);
      expect(pool.pending).toBe(0);
    } finally {
      await app.close();
    }
  });
});
