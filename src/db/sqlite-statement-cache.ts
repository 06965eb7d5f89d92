import type SQLite from 'better-sqlite3';

/**
 * The connection Kysely's SQLite driver is given, with its `prepare` remembering the last `size`
 * statements by their SQL text. Kysely compiles every query to text and prepares it anew on each
 * execution; the desk asks the same few queries over and over (the inbox, the alarms, a detainer),
 * and compiling a four-table join costs about as much as running it for a page. A statement that is
 * still being iterated (a streamed read) is busy and cannot be run again: then a fresh one is made.
 * SQLite itself re-prepares a cached statement when the schema changes (sqlite3_prepare_v2).
 */
export function withStatementCache(database: SQLite.Database, size = 200): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      // Most recently used last, so the first key is the one to forget.
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = database.prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
    }
    return statement;
  };
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
