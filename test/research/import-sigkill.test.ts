/**
 * An import killed with SIGKILL in the middle of loading leaves nothing of the release behind
 * (one transaction), and the same import then runs to the end. SQLite through a database file;
 * PostgreSQL with the kill while the records' COPY is running.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { writeNprFile } from '../../src/ingest/generator/write-npr.js';
import { compiledEntry, runCliProcess } from '../support/cli.js';
import { createTestDatabase } from '../support/engines.js';

const RECORDS = 400_000;
let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-import-kill-'));
  file = join(dir, 'generated.csv');
  await writeNprFile({ records: RECORDS, seed: 'sigkill' }, file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `import npr`, waits until `loading()` says records are going in, kills it; fails if it ended first. */
async function killMidImport(env: Record<string, string>, loading: () => Promise<boolean>): Promise<void> {
  const child = spawn(process.execPath, [compiledEntry('cli/main'), 'import', 'npr', file, '--json'], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let ended = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      ended = true;
      resolve();
    }),
  );
  const deadline = Date.now() + 60_000;
  while (!(await loading())) {
    if (ended) throw new Error('the import ended before it could be killed mid-load');
    if (Date.now() > deadline) throw new Error('the import did not start loading within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill('SIGKILL');
  await exited;
  expect(child.signalCode).toBe('SIGKILL');
}

async function researchCounts(handle: DatabaseHandle): Promise<number[]> {
  const count = async (table: 'research_releases' | 'research_detainers' | 'research_rollup_monthly') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [await count('research_releases'), await count('research_detainers'), await count('research_rollup_monthly')];
}

describe('[sqlite] an import killed mid-load', () => {
  it('leaves no part of the release, and the import then completes', async () => {
    const path = join(dir, 'research.db');
    const wal = `${path}-wal`;
    // Migrated first, so that the import's WAL holds only its own open transaction: past 1 MB, records
    // are going in (the load of 400,000 records spills ~6 MB there before the commit writes the rest; the
    // migrations alone write ~6 MB, which is why they are not left to the import).
    const migrated = await runCliProcess(['migrate'], { SQLITE_PATH: path, DATABASE_URL: '' });
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(existsSync(wal)).toBe(false);
    await killMidImport(
      { SQLITE_PATH: path, DATABASE_URL: '' },
      async () => existsSync(wal) && statSync(wal).size > 1 << 20,
    );
    const handle = openDatabase({ engine: 'sqlite', path });
    try {
      expect(await researchCounts(handle)).toEqual([0, 0, 0]);
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      await handle.close();
    }
    const again = await runCliProcess(['import', 'npr', file, '--json'], { SQLITE_PATH: path, DATABASE_URL: '' });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsLoaded: RECORDS, replaced: false });
  });
});

describe('[postgres] an import killed mid-load', () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await handle.dispose();
  });

  it('leaves no part of the release, and the import then completes', async () => {
    const copying = async () => {
      const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
        where datname = current_database() and query ilike 'copy research_detainers%' and state = 'active'`.execute(
        handle.db,
      );
      return Number(rows[0]!.n) > 0;
    };
    await killMidImport({ DATABASE_URL: handle.url }, copying);
    // The server notices the dead client and rolls its transaction back.
    const deadline = Date.now() + 30_000;
    while (await copying()) {
      if (Date.now() > deadline) throw new Error('the killed import is still copying after 30 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await researchCounts(handle)).toEqual([0, 0, 0]);
    const again = await runCliProcess(['import', 'npr', file, '--json'], { DATABASE_URL: handle.url });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsLoaded: RECORDS, replaced: false });
  });
});
