import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { DatabaseConfig } from '../config/config.js';
import { verifyAudit } from '../core/audit/audit.use-cases.js';
import { openDatabase, type DatabaseTarget } from '../db/connect.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlAuditChainReader } from '../db/repositories/audit-chain.reader.js';

/**
 * Backups and restores of the configured database. SQLite: the online backup API (a consistent copy
 * page by page while the server keeps writing). PostgreSQL: `pg_dump --format=custom`, which needs a
 * pg_dump of the server's major version or newer. A restore is verified in a scratch copy first (its
 * audit chains must verify) and only then put in place: a refused restore leaves the target untouched.
 */
export interface BackupReport {
  readonly engine: 'sqlite' | 'postgres';
  readonly file: string;
  readonly bytes: number;
  /** Events whose chains were verified in the copy (SQLite), or null when not checked (PostgreSQL). */
  readonly events: number | null;
}

export interface RestoreReport {
  readonly engine: 'sqlite' | 'postgres';
  readonly file: string;
  readonly agencies: number;
  readonly events: number;
  readonly replaced: boolean;
}

const OWNER_ONLY = 0o600;

export async function backupDatabase(database: DatabaseConfig, out: string): Promise<BackupReport> {
  if (existsSync(out))
    throw new CliError(EXIT.USAGE, `--out: ${out} exists; choose another file (nothing is overwritten)`);
  if (database.engine === 'sqlite') {
    if (database.path === ':memory:')
      throw new CliError(EXIT.USAGE, 'DATABASE_URL: an in-memory database has no backup');
    const handle = openDatabase(database);
    try {
      if (handle.native.engine !== 'sqlite') throw new Error('unreachable');
      await handle.native.sqlite.backup(out);
    } finally {
      await handle.close();
    }
    chmodSync(out, OWNER_ONLY);
    const verified = await verifiedChains({ engine: 'sqlite', path: out });
    return { engine: 'sqlite', file: out, bytes: statSync(out).size, events: verified.events };
  }
  const tool = await postgresTool('pg_dump', database.url);
  await run(tool, ['--format=custom', `--file=${out}`, ...connection(database.url).args], connection(database.url).env);
  chmodSync(out, OWNER_ONLY);
  return { engine: 'postgres', file: out, bytes: statSync(out).size, events: null };
}

export async function restoreDatabase(
  database: DatabaseConfig,
  file: string,
  options: { replace: boolean },
): Promise<RestoreReport> {
  const kind = backupKind(file);
  if (database.engine === 'sqlite') {
    if (kind !== 'sqlite')
      throw new CliError(EXIT.USAGE, `${file}: not a SQLite backup; the configured database is SQLite (DATABASE_URL)`);
    if (database.path === ':memory:') throw new CliError(EXIT.USAGE, 'DATABASE_URL: cannot restore into memory');
    const scratch = join(dirname(database.path), `.restore-${randomUUID()}.db`);
    copyFileSync(file, scratch);
    try {
      const verified = await verifiedChains({ engine: 'sqlite', path: scratch }, file);
      await refuseDataUnlessReplace({ engine: 'sqlite', path: database.path }, options.replace);
      // A stale write-ahead log of the old database must not be replayed into the restored one.
      for (const suffix of ['-wal', '-shm']) rmSync(`${database.path}${suffix}`, { force: true });
      renameSync(scratch, database.path);
      chmodSync(database.path, OWNER_ONLY);
      return { engine: 'sqlite', file, ...verified, replaced: options.replace };
    } finally {
      rmSync(scratch, { force: true });
      for (const suffix of ['-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true });
    }
  }
  if (kind !== 'postgres')
    throw new CliError(
      EXIT.USAGE,
      `${file}: not a pg_dump custom-format backup; the configured database is PostgreSQL`,
    );
  const tool = await postgresTool('pg_restore', database.url);
  const scratchName = `dd_restore_${randomUUID().replace(/-/g, '')}`;
  const scratchUrl = new URL(database.url);
  scratchUrl.pathname = `/${scratchName}`;
  await withDatabase({ engine: 'postgres', url: database.url, poolSize: 1 }, (h) =>
    sql`CREATE DATABASE ${sql.id(scratchName)}`.execute(h.db),
  );
  try {
    const scratch = connection(scratchUrl.toString());
    await run(tool, ['--no-owner', '--exit-on-error', ...scratch.args, file], scratch.env);
    const verified = await verifiedChains({ engine: 'postgres', url: scratchUrl.toString(), poolSize: 1 }, file);
    await refuseDataUnlessReplace({ engine: 'postgres', url: database.url, poolSize: 1 }, options.replace);
    const target = connection(database.url);
    const clean = options.replace ? ['--clean', '--if-exists'] : [];
    await run(
      tool,
      ['--no-owner', '--exit-on-error', '--single-transaction', ...clean, ...target.args, file],
      target.env,
    );
    return { engine: 'postgres', file, ...verified, replaced: options.replace };
  } finally {
    await withDatabase({ engine: 'postgres', url: database.url, poolSize: 1 }, (h) =>
      sql`DROP DATABASE IF EXISTS ${sql.id(scratchName)} WITH (FORCE)`.execute(h.db),
    );
  }
}

async function withDatabase<T>(target: DatabaseTarget, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(target);
  try {
    return await work(handle);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.UNAVAILABLE, `database: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

/** Every chain of a copy verified from its start; a broken one refuses the copy, naming agency and event. */
async function verifiedChains(target: DatabaseTarget, named = target.engine === 'sqlite' ? target.path : 'the backup') {
  return withDatabase(target, async (handle) => {
    const report = await verifyAudit(new SqlAuditChainReader(handle.db)).catch(() => {
      throw new CliError(EXIT.USAGE, `${named}: not a Detainer Desk database (no audit chain could be read)`);
    });
    const broken = report.chains.find((c) => !c.ok);
    if (broken?.broken)
      throw new CliError(
        EXIT.FAILURE,
        `${named}: refused: its audit chain does not verify: agency ${broken.agencyId}, event seq ${broken.broken.seq}: ${broken.broken.problem} (the target database was not touched)`,
      );
    return { agencies: report.chains.length, events: report.chains.reduce((n, c) => n + c.events, 0) };
  });
}

async function refuseDataUnlessReplace(target: DatabaseTarget, replace: boolean): Promise<void> {
  if (replace || (target.engine === 'sqlite' && !existsSync(target.path))) return;
  const agencies = await withDatabase(target, async (handle) => {
    try {
      const row = await handle.db
        .selectFrom('agencies')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    } catch {
      return 0; // no agencies table: a database never migrated holds no data of ours
    }
  });
  if (agencies > 0)
    throw new CliError(
      EXIT.CONFLICT,
      `the configured database already holds data (${agencies} agencies); restore with --replace to overwrite it (nothing was changed)`,
    );
}

function backupKind(file: string): 'sqlite' | 'postgres' | 'unknown' {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(
      EXIT.USAGE,
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const header = Buffer.alloc(16);
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1').startsWith('SQLite format 3\0')) return 'sqlite';
  if (header.toString('latin1', 0, 5) === 'PGDMP') return 'postgres';
  return 'unknown';
}

/**
 * The newest PostgreSQL client tool found (on PATH, or in Debian's /usr/lib/postgresql/N/bin), refused
 * with a clear message when none is found or the newest is older than the server: pg_dump refuses to
 * dump a newer server, and a dump restores only with a pg_restore at least as new.
 */
async function postgresTool(name: 'pg_dump' | 'pg_restore', url: string): Promise<string> {
  const debian = '/usr/lib/postgresql';
  const candidates = [
    name,
    ...(existsSync(debian) ? readdirSync(debian).map((v) => join(debian, v, 'bin', name)) : []),
  ];
  const found = candidates
    .map((tool) => ({ tool, out: spawnSync(tool, ['--version'], { encoding: 'utf8' }) }))
    .map(({ tool, out }) => ({ tool, major: out.error ? NaN : Number(/ (\d+)/.exec(out.stdout ?? '')?.[1] ?? NaN) }))
    .filter((c) => Number.isFinite(c.major))
    .sort((a, b) => b.major - a.major)[0];
  if (!found)
    throw new CliError(EXIT.FAILURE, `${name}: not found; install the PostgreSQL client tools of the server's version`);
  const serverMajor = await withDatabase({ engine: 'postgres', url, poolSize: 1 }, async (h) => {
    const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(h.db);
    return Math.floor(Number(rows[0]!.v) / 10000);
  });
  if (found.major < serverMajor)
    throw new CliError(
      EXIT.FAILURE,
      `${name}: the newest found (${found.tool}) is version ${found.major}, older than the PostgreSQL ${serverMajor} server; ${name} must be of the server's major version or newer: install the PostgreSQL ${serverMajor} client tools`,
    );
  return found.tool;
}

/** Connection arguments without the password on the command line (it goes in PGPASSWORD). */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { args: [`--dbname=${parsed.toString()}`], env: password ? { PGPASSWORD: password } : {} };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new CliError(EXIT.FAILURE, `${tool}: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new CliError(
              EXIT.FAILURE,
              `${tool} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
            ),
          ),
    );
  });
}
