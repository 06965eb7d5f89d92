import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseTarget } from '../../src/db/connect.js';
import type { DatabaseHandle, Engine } from '../../src/db/engine.js';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** A fresh, empty database on the given engine; disposing drops it. */
export async function createTestDatabase(
  engine: Engine,
): Promise<DatabaseHandle & { url: string; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const handle = openDatabase({ engine: 'sqlite', path: ':memory:' });
    return { ...handle, url: 'sqlite::memory:', dispose: () => handle.close() };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `dd_test_${randomUUID().replace(/-/g, '')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 20 });
  return {
    ...handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs the same suite once per engine; test names carry "[sqlite]" or "[postgres]" so the
 * engine reporter can count them. `database()` gives the suite's database inside tests.
 */
export function describeEachEngine(
  title: string,
  suite: (context: { engine: Engine; database: () => DatabaseHandle & { url: string } }) => void,
): void {
  for (const engine of ENGINES) {
    describe(`[${engine}] ${title}`, () => {
      let handle: (DatabaseHandle & { url: string; dispose(): Promise<void> }) | undefined;
      beforeAll(async () => {
        handle = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await handle?.dispose();
      });
      suite({
        engine,
        database: () => {
          if (!handle) throw new Error('database not ready');
          return handle;
        },
      });
    });
  }
}

/**
 * An empty database that another process (or the CLI, run in this process) can open: a SQLite file in
 * a temporary folder, or a fresh PostgreSQL database. `env` points DATABASE_URL at it; disposing drops it.
 */
export async function createSharedDatabase(engine: Engine): Promise<{
  readonly env: { DATABASE_URL: string };
  readonly target: DatabaseTarget;
  /** The SQLite file (undefined on PostgreSQL). */
  readonly path: string | undefined;
  dispose(): Promise<void>;
}> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dd-shared-'));
    const path = join(dir, 'shared.db');
    return {
      env: { DATABASE_URL: `sqlite:${path}` },
      target: { engine: 'sqlite', path },
      path,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createTestDatabase('postgres');
  await database.close();
  return {
    env: { DATABASE_URL: database.url },
    target: { engine: 'postgres', url: database.url, poolSize: 2 },
    path: undefined,
    dispose: () => database.dispose(),
  };
}
