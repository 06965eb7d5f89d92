import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/**
 * The driver under the query builder, for the few bulk paths the builder cannot express
 * (PostgreSQL's COPY, SQLite's reused multi-row statements). Everything else goes through `db`.
 */
export type NativeDriver =
  | { readonly engine: 'sqlite'; readonly sqlite: SQLite.Database }
  | { readonly engine: 'postgres'; readonly pool: pg.Pool };

/** An open database: the query builder, which engine it talks to, its driver, and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly native: NativeDriver;
  close(): Promise<void>;
}
