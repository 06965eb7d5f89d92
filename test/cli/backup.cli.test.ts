import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';
import { tamper } from '../support/audit-tamper.js';
import { debianPostgresAvailable, startDebianPostgres, type DebianPostgres } from '../support/debian-postgres.js';
import { runCliInProcess as cli, runCliProcess } from '../support/cli.js';
import { createTestDatabase } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * `backup` and `restore`: a SQLite backup taken while the server records intakes in a loop restores
 * into a fresh database whose chains verify and whose events are exactly the source's up to one point
 * in time; a backup whose chain is broken is refused and leaves the target untouched. PostgreSQL: a
 * pg_dump older than the server is refused with a clear message.
 */

const ALAMEDA = DEMO_AGENCIES[0]!.agency.id;

const events = (h: DatabaseHandle) =>
  h.db.selectFrom('detainer_events').selectAll().orderBy('agency_id').orderBy('seq').execute();

/** Intakes recorded one after another through the HTTP layer until stopped; resolves once three are in. */
async function intakesUnderway(t: TestApp): Promise<{ written(): number; stop(): Promise<number> }> {
  const token = await tokenFor(t.services, DEMO.alameda('records-officer'));
  let writing = true;
  let written = 0;
  const loop = (async () => {
    while (writing) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/detainers',
        headers: bearer(token),
        payload: newDetainerBody(),
      });
      expect(res.statusCode).toBe(201);
      written++;
    }
  })();
  while (written < 3) await new Promise((r) => setTimeout(r, 10));
  return {
    written: () => written,
    async stop() {
      writing = false;
      await loop;
      return written;
    },
  };
}

describe('[sqlite] detainer-desk backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-backup-'));
  const source = join(dir, 'source.db');
  const env = (path: string) => ({ DATABASE_URL: `sqlite:${path}` });
  let handle: DatabaseHandle;
  let t: TestApp;

  beforeAll(async () => {
    handle = openDatabase({ engine: 'sqlite', path: source });
    t = await buildTestApp(handle);
  });
  afterAll(async () => {
    await t.app.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while intakes are written, and restores a point in time whose chains verify', async () => {
    const load = await intakesUnderway(t);
    const before = (await events(handle)).length;
    const backupFile = join(dir, 'backup.db');
    const backup = await runCliProcess(['backup', '--out', backupFile], env(source));
    const atEnd = load.written();
    const written = await load.stop();
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^sqlite backup written to .* \(\d+ bytes\); audit chains verified in the copy/);
    expect(written).toBeGreaterThan(3);
    expect(atEnd).toBeGreaterThan(3);

    const target = join(dir, 'restored.db');
    const restore = await cli(['restore', backupFile], env(target));
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`${DEMO_AGENCIES.length} audit chains verified`);
    const verify = await cli(['audit', 'verify'], env(target));
    expect(verify.code, verify.stderr).toBe(0);

    // A point in time: at least every event committed before the backup began, and each restored
    // event exactly the source's at the same place in its chain (the source only ever appends).
    const restoredHandle = openDatabase({ engine: 'sqlite', path: target });
    try {
      const restored = await events(restoredHandle);
      const all = await events(handle);
      expect(restored.length).toBeGreaterThanOrEqual(before);
      expect(restored.length).toBeLessThanOrEqual(all.length);
      const byKey = new Map(all.map((e) => [`${e.agency_id}/${e.seq}`, e]));
      for (const event of restored) expect(event).toEqual(byKey.get(`${event.agency_id}/${event.seq}`));
      const requests = await restoredHandle.db
        .selectFrom('detainer_requests')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const received = restored.filter((e) => e.type === 'received').length;
      expect(Number(requests.n)).toBe(received);
    } finally {
      await restoredHandle.close();
    }

    // A target that holds data is refused without --replace, and replaced with it.
    const again = await cli(['restore', backupFile], env(target));
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('--replace');
    expect((await cli(['restore', backupFile, '--replace'], env(target))).code).toBe(0);
    // A backup never overwrites a file.
    const exists = await cli(['backup', '--out', backupFile], env(source));
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('--out');
  });

  it('refuses a backup whose audit chain does not verify, leaving the target untouched', async () => {
    const tampered = join(dir, 'tampered-source.db');
    expect((await cli(['backup', '--out', tampered], env(source))).code).toBe(0);
    const copy = openDatabase({ engine: 'sqlite', path: tampered });
    try {
      await tamper(copy, ALAMEDA, 'alter', 3);
    } finally {
      await copy.close();
    }
    const target = join(dir, 'untouched.db');
    const refused = await cli(['restore', tampered], env(target));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`refused: its audit chain does not verify: agency ${ALAMEDA}, event seq 3`);
    expect(existsSync(target)).toBe(false);

    // Into a database that holds data, even with --replace: not a byte changes.
    const kept = join(dir, 'restored.db');
    const bytes = readFileSync(kept);
    expect((await cli(['restore', tampered, '--replace'], env(kept))).code).toBe(1);
    expect(readFileSync(kept).equals(bytes)).toBe(true);
  });
});

describe('[postgres] detainer-desk backup', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let serverMajor: number;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(database.db);
    serverMajor = Math.floor(Number(rows[0]!.v) / 10000);
  });
  afterAll(async () => database.dispose());

  it('refuses, naming both versions, when the newest pg_dump found is older than the server', async () => {
    const out = join(tmpdir(), `dd-pg-${Date.now()}.dump`);
    const run = await cli(['backup', '--out', out], { DATABASE_URL: database.url });
    if (serverMajor > 15) {
      // The embedded test server (18) with Debian's pg_dump 15.
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`older than the PostgreSQL ${serverMajor} server`);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(run.code, run.stderr).toBe(0);
      rmSync(out, { force: true });
    }
  });
});

const requirePg15 = process.env.REQUIRE_POSTGRES15 === '1';
describe.skipIf(!debianPostgresAvailable() && !requirePg15)('[postgres 15] detainer-desk backup and restore', () => {
  let server: DebianPostgres;
  let sourceUrl: string;
  let handle: DatabaseHandle;
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'dd-backup-pg-'));
  beforeAll(async () => {
    server = await startDebianPostgres();
    sourceUrl = await server.createDatabase('desk_source');
    handle = openDatabase({ engine: 'postgres', url: sourceUrl });
    t = await buildTestApp(handle);
  });
  afterAll(async () => {
    await t?.app.close();
    await handle?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up with pg_dump while intakes are written, and restores a fresh database whose chains verify', async () => {
    const load = await intakesUnderway(t);
    const before = (await events(handle)).length;
    const file = join(dir, 'desk.dump');
    const backup = await runCliProcess(['backup', '--out', file], { DATABASE_URL: sourceUrl });
    await load.stop();
    expect(backup.code, backup.stderr).toBe(0);

    const targetUrl = await server.createDatabase('desk_restored');
    const restore = await cli(['restore', file], { DATABASE_URL: targetUrl });
    expect(restore.code, restore.stderr).toBe(0);
    expect((await cli(['audit', 'verify'], { DATABASE_URL: targetUrl })).code).toBe(0);
    const restoredHandle = openDatabase({ engine: 'postgres', url: targetUrl });
    try {
      const restored = await events(restoredHandle);
      const byKey = new Map((await events(handle)).map((e) => [`${e.agency_id}/${e.seq}`, e]));
      expect(restored.length).toBeGreaterThanOrEqual(before);
      for (const event of restored) expect(event).toEqual(byKey.get(`${event.agency_id}/${event.seq}`));
    } finally {
      await restoredHandle.close();
    }
    // A target that holds data is refused without --replace.
    expect((await cli(['restore', file], { DATABASE_URL: targetUrl })).code).toBe(4);
  });

  it('refuses a dump whose audit chain does not verify, leaving an empty target empty', async () => {
    await tamper(handle, ALAMEDA, 'alter', 3);
    const file = join(dir, 'tampered.dump');
    // pg_dump copies what is there; the restore is where the chains are checked.
    const backup = await cli(['backup', '--out', file], { DATABASE_URL: sourceUrl });
    expect(backup.code, backup.stderr).toBe(0);
    const targetUrl = await server.createDatabase('desk_untouched');
    const refused = await cli(['restore', file], { DATABASE_URL: targetUrl });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('audit chain does not verify');
    const target = openDatabase({ engine: 'postgres', url: targetUrl });
    try {
      const { rows } = await sql<{
        n: string;
      }>`select count(*) as n from pg_tables where schemaname = 'public'`.execute(target.db);
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await target.close();
    }
  });
});
