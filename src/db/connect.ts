import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { withStatementCache } from './sqlite-statement-cache.js';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { DatabaseHandle } from './engine.js';
import type { Database } from './schema.js';

export type DatabaseTarget =
  { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string; poolSize?: number };

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  return target.engine === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url, target.poolSize ?? 10);
}

/** Owner-only: the database holds personal data (CJIS 5.10, ASVS V8). */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/**
 * Runs `create` with a umask that gives new files to their owner only, so no other user of the
 * machine can read the database even for a moment. Worker threads cannot change the umask: there
 * the files are made owner-only by `ownerOnly` right after.
 */
function withPrivateUmask<T>(create: () => T): T {
  let previous: number | undefined;
  try {
    previous = process.umask(0o077);
  } catch {
    previous = undefined;
  }
  try {
    return create();
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}

/** The database file and its WAL companions, owner-only (also files created before this rule). */
function ownerOnly(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, FILE_MODE);
    } catch {
      // Another user's file that we may still open: nothing this process can change.
    }
  }
}

/** False for SQLite's in-memory databases (no file is made). */
export function isSqliteFilePath(path: string): boolean {
  return path !== ':memory:' && path !== '' && !path.startsWith('file::memory:');
}

function openSqlite(path: string): DatabaseHandle {
  const onDisk = isSqliteFilePath(path);
  const sqlite = withPrivateUmask(() => {
    if (onDisk) {
      // A folder we create (e.g. ./var) is the owner's only; an existing one is left as it is.
      const created = mkdirSync(dirname(path), { recursive: true, mode: FOLDER_MODE });
      if (created !== undefined) chmodSync(dirname(path), FOLDER_MODE);
    }
    const opened = new SQLite(path);
    // Takes effect only on a new, empty database (before WAL is set): larger pages make bulk loads of
    // research records cheaper; existing files keep theirs.
    opened.pragma('page_size = 16384');
    // Creates the -wal and -shm files; SQLite gives them the database file's permissions.
    opened.pragma('journal_mode = WAL');
    return opened;
  });
  if (onDisk) ownerOnly(path);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: 'sqlite', native: { engine: 'sqlite', sqlite }, close: () => db.destroy() };
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server must not crash the process; the next query reports the failure.
  pool.on('error', () => {});
  // The cursor lets long reads (a replay over millions of records) stream instead of paging.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return { db, engine: 'postgres', native: { engine: 'postgres', pool }, close: () => db.destroy() };
}
