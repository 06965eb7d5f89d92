import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices } from '../../src/composition/services.js';
import { createWorkPool } from '../../src/composition/work-pool.js';
import { migrateUpTo } from '../../src/db/migrations/migrate.js';
import { buildServer } from '../../src/server/app.js';
import { describeEachEngine } from '../support/engines.js';
import { EVERY_MIGRATION } from '../support/migrations.js';
import { GENEROUS_RATE_LIMITS, MAIN_THREAD_WORK } from '../support/test-app.js';

/** Liveness and readiness on a database that starts empty (never migrated), as a new deployment's does. */
/** The server built on a database without migrating it: what a new version meets before `detainer-desk migrate`. */
async function unpreparedServer(handle: DatabaseHandle): Promise<FastifyInstance> {
  const services = createServices(handle, { sessionTtlHours: 12 });
  const work = createWorkPool(handle, services.law.engine, undefined, MAIN_THREAD_WORK);
  const app = await buildServer({
    services,
    work,
    rateLimit: GENEROUS_RATE_LIMITS,
    version: 'test',
    bodyLimitBytes: 16 * 1024,
    trustProxy: false,
    logger: false,
  });
  app.addHook('onClose', () => work.close());
  return app;
}

describeEachEngine('liveness and readiness', ({ database, engine }) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await unpreparedServer(database());
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('is live, and not ready, on an unmigrated database, naming every pending migration', async () => {
    const live = await get('/api/v1/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok', version: 'test' });

    const ready = await get('/api/v1/health/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({
      status: 'not-ready',
      database: 'reachable',
      pendingMigrations: EVERY_MIGRATION,
      message: expect.stringContaining('run detainer-desk migrate'),
      version: 'test',
    });
    expect(ready.json().message).toContain(EVERY_MIGRATION[0]);
  });

  it('names the one migration still missing, then is ready once migrated', async () => {
    const last = EVERY_MIGRATION.at(-1)!;
    await migrateUpTo(database(), EVERY_MIGRATION.at(-2)!);
    const partly = await get('/api/v1/health/ready');
    expect(partly.statusCode).toBe(503);
    expect(partly.json()).toMatchObject({ database: 'reachable', pendingMigrations: [last] });

    await prepareDatabase(
      database(),
      () => {
        throw new Error('no demo asked');
      },
      { demo: false },
    );
    const ready = await get('/api/v1/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      database: database().engine,
      migrations: 'up-to-date',
      version: 'test',
    });
    // The old route is unchanged.
    expect((await get('/api/v1/health')).json()).toEqual({
      status: 'ok',
      database: database().engine,
      version: 'test',
    });
  });

  it('lists both in the OpenAPI document, without sign-in', async () => {
    const doc = (await get('/api/openapi.json')).json();
    for (const path of ['/api/v1/health/live', '/api/v1/health/ready', '/metrics']) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    expect(doc.paths['/api/v1/health/ready'].get.security).toEqual([]);
    expect(Object.keys(doc.paths['/api/v1/health/ready'].get.responses)).toEqual(['200', '503']);
  });

  it('is live and not ready, database unreachable, when the database does not answer', async () => {
    // SQLite: a database file closed under the server; PostgreSQL: a server address where nothing listens.
    const unreachable = new URL(engine === 'postgres' ? database().url : 'postgres://localhost/x');
    unreachable.port = '1';
    const handle =
      engine === 'sqlite'
        ? openDatabase({ engine, path: ':memory:' })
        : openDatabase({ engine, url: unreachable.toString(), poolSize: 1 });
    if (handle.native.engine === 'sqlite') handle.native.sqlite.close();
    const gone = await unpreparedServer(handle);
    try {
      const ready = await gone.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ database: 'unreachable', pendingMigrations: null });
      expect(ready.json().message).toContain('does not answer');
      expect((await gone.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
    } finally {
      await gone.close();
      await handle.close().catch(() => {});
    }
  });
});
