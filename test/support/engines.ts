import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import pg from 'pg';
import { openDatabase } from '../../src/db/connect.js';
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

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
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
