import type SQLite from 'better-sqlite3';
import { putAll, type BulkAppender, type BulkRows, type SqlValue } from './bulk-rows.js';

/** Rows per statement: prepared once per table, reused. */
const ROWS_PER_STATEMENT = 100;

/**
 * Appends rows through better-sqlite3 directly: the query builder would build and compile a
 * statement per batch, which costs more than SQLite's own work. Runs on the connection the caller's
 * transaction holds (SQLite has one), so it commits or rolls back with it; nothing is left pending.
 */
export function sqliteBulkAppend(sqlite: SQLite.Database): BulkAppender {
  const statements = new Map<string, SQLite.Statement>();
  const statementFor = (rows: BulkRows, count: number) => {
    const key = `${rows.table}:${count}`;
    let statement = statements.get(key);
    if (!statement) {
      const row = `(${rows.columns.map(() => '?').join(', ')})`;
      const sql = `insert into ${rows.table} (${rows.columns.join(', ')}) values ${Array(count).fill(row).join(', ')}`;
      statements.set(key, (statement = sqlite.prepare(sql)));
    }
    return statement;
  };
  return {
    append(rows) {
      const width = rows.columns.length;
      const full = new Array<SqlValue>(ROWS_PER_STATEMENT * width);
      for (let start = 0; start < rows.count; start += ROWS_PER_STATEMENT) {
        const count = Math.min(ROWS_PER_STATEMENT, rows.count - start);
        const values = count === ROWS_PER_STATEMENT ? full : new Array<SqlValue>(count * width);
        for (let i = 0; i < count; i++) putAll(rows, start + i, values, i * width);
        statementFor(rows, count).run(values);
      }
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
    abort: () => {},
  };
}
