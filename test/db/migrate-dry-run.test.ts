import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createSharedDatabase, ENGINES } from '../support/engines.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

const LAST_TWO = EVERY_MIGRATION.slice(-2);

/** Every table, column, index, view and trigger, and the migrations recorded as applied. */
async function schemaOf(target: DatabaseTarget): Promise<unknown> {
  return withHandle(target, async ({ db, engine }) => {
    const objects =
      engine === 'sqlite'
        ? await sql`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`.execute(db)
        : await sql`SELECT 'column' AS kind, table_name AS name, column_name || ' ' || data_type || ' ' || is_nullable
                        || ' ' || coalesce(column_default, '') AS definition
                      FROM information_schema.columns WHERE table_schema = 'public'
                    UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                    UNION ALL SELECT 'view', viewname, definition FROM pg_views WHERE schemaname = 'public'
                    UNION ALL SELECT 'trigger', tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal
                    ORDER BY 1, 2, 3`.execute(db);
    const applied = await sql`SELECT name FROM kysely_migration ORDER BY name`.execute(db).catch(() => ({ rows: [] }));
    return { objects: objects.rows, applied: applied.rows };
  });
}

async function withHandle<T>(target: DatabaseTarget, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(target);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

for (const engine of ENGINES) {
  describe(`[${engine}] detainer-desk migrate --dry-run`, () => {
    let database: Awaited<ReturnType<typeof createSharedDatabase>>;
    beforeAll(async () => {
      database = await createSharedDatabase(engine);
      // A database one release behind: every migration but the last two.
      await withHandle(database.target, (handle) => migrateUpTo(handle, EVERY_MIGRATION.at(-3)!));
    });
    afterAll(async () => database.dispose());

    it('lists the pending migrations with what they do and their SQL, and changes nothing', async () => {
      const before = await schemaOf(database.target);
      const fileBefore = database.path && sha256(database.path);

      const run = await cli(['migrate', '--dry-run'], database.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^${engine}: 2 pending migration\\(s\\), in order:$`, 'm'));
      expect(run.stdout).toMatch(/^0022-research-outcome-state-lift-reason: the outcome-by-state rollup gains /m);
      expect(run.stdout).toMatch(/^0023-research-rollup-cells: the monthly rollup stored as cells /m);
      expect(run.stdout.indexOf('0022-')).toBeLessThan(run.stdout.indexOf('0023-'));
      expect(run.stdout).not.toMatch(/^0021-/m);
      // The statements as this engine's compiler wrote them, indented under their migration.
      expect(run.stdout).toMatch(/^ {4}create table "?research_rollup_cells"? /im);
      expect(run.stdout).toMatch(/^ {4}create view "?research_rollup_monthly"? /im);
      expect(run.stdout).toMatch(/Dry run: nothing changed/);

      expect(await schemaOf(database.target)).toEqual(before);
      if (database.path) expect(sha256(database.path)).toBe(fileBefore);
    });

    it('gives the same plan as JSON, statements per migration', async () => {
      const run = await cli(['migrate', '--dry-run', '--json'], database.env);
      expect(run.code, run.stderr).toBe(0);
      const plan = JSON.parse(run.stdout) as {
        engine: string;
        dryRun: boolean;
        pending: Array<{ name: string; description: string; statements: string[] }>;
      };
      expect(plan).toMatchObject({ engine, dryRun: true, databaseExists: true, unknownApplied: [] });
      expect(plan.pending.map((m) => m.name)).toEqual(LAST_TWO);
      for (const migration of plan.pending) {
        expect(migration.description).not.toBe('');
        expect(migration.statements.length).toBeGreaterThan(0);
      }
    });

    it('applies what it listed, then says nothing is pending and exits 0', async () => {
      const applied = await cli(['migrate', '--json'], database.env);
      expect(applied.code, applied.stderr).toBe(0);
      expect(JSON.parse(applied.stdout).applied).toEqual(LAST_TWO);

      const before = await schemaOf(database.target);
      const run = await cli(['migrate', '--dry-run'], database.env);
      expect(run).toEqual({
        code: 0,
        stdout: `${engine}: database is up to date; no migration pending. Dry run: nothing changed.\n`,
        stderr: '',
      });
      expect(await schemaOf(database.target)).toEqual(before);
    });

    it('leaves a database a later release migrated as it is, and says so', async () => {
      await withHandle(database.target, (handle) =>
        sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-a-later-release', '2026-01-01T00:00:00.000Z')`.execute(
          handle.db,
        ),
      );
      // The server of this release migrates at start: it must start on the newer schema, not refuse it.
      expect(await withHandle(database.target, migrateToLatest)).toEqual([]);
      const run = await cli(['migrate', '--dry-run'], database.env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(
        `${engine}: migrated by a later release (9999-a-later-release): nothing for this release to apply. ` +
          'Dry run: nothing changed.\n',
      );
    });

    it('refuses a database that lacks migrations of this release beside a later one, naming them', async () => {
      await withHandle(database.target, (handle) =>
        sql`DELETE FROM kysely_migration WHERE name = ${EVERY_MIGRATION.at(-1)!}`.execute(handle.db),
      );
      await expect(withHandle(database.target, migrateToLatest)).rejects.toThrow(
        /does not know \(9999-a-later-release\) and lacks some it does \(0023-research-rollup-cells\)/,
      );
    });
  });
}

describe('[sqlite] detainer-desk migrate --dry-run on a file that does not exist', () => {
  it('plans every migration on an empty database and creates no file', async () => {
    const database = await createSharedDatabase('sqlite');
    try {
      const run = await cli(['migrate', '--dry-run', '--json'], database.env);
      expect(run.code, run.stderr).toBe(0);
      const plan = JSON.parse(run.stdout) as { databaseExists: boolean; pending: Array<{ name: string }> };
      expect(plan.databaseExists).toBe(false);
      expect(plan.pending.map((m) => m.name)).toEqual(EVERY_MIGRATION);
      expect(existsSync(database.path!)).toBe(false);
    } finally {
      await database.dispose();
    }
  });
});
