import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
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

function openSqlite(path: string): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // Takes effect only on a new, empty database (before WAL is set): larger pages make bulk loads of
  // research records cheaper; existing files keep theirs.
  sqlite.pragma('page_size = 16384');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
