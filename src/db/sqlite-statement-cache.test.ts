import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.js';

describe('withStatementCache', () => {
  const opened: SQLite.Database[] = [];
  const database = () => {
    const db = new SQLite(':memory:');
    opened.push(db);
    db.exec('create table t (n integer); insert into t values (1), (2), (3)');
    return db;
  };
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  it('gives back the statement it prepared for the same text', () => {
    const cached = withStatementCache(database());
    const first = cached.prepare('select n from t order by n');
    expect(cached.prepare('select n from t order by n')).toBe(first);
    expect(cached.prepare('select n from t order by n desc')).not.toBe(first);
    expect(first.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const cached = withStatementCache(database());
    const text = 'select n from t order by n';
    const streaming = cached.prepare(text).iterate();
    expect(streaming.next().value).toEqual({ n: 1 });
    const meanwhile = cached.prepare(text);
    expect(meanwhile.all()).toHaveLength(3);
    expect([...streaming]).toEqual([{ n: 2 }, { n: 3 }]);
    // Once the stream is done, the cached statement is free again.
    expect(cached.prepare(text)).not.toBe(meanwhile);
  });

  it('forgets the least recently used statement beyond its size', () => {
    const cached = withStatementCache(database(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // a is now the most recent
    cached.prepare('select 3'); // forgets b
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('runs a cached statement again after the schema changed', () => {
    const db = database();
    const cached = withStatementCache(db);
    const text = 'select * from t order by n limit 1';
    expect(cached.prepare(text).all()).toEqual([{ n: 1 }]);
    db.exec('alter table t add column label text');
    expect(cached.prepare(text).all()).toEqual([{ n: 1, label: null }]);
  });

  it('leaves every other method of the connection working', () => {
    const db = database();
    const cached = withStatementCache(db);
    cached.exec('insert into t values (4)');
    cached.pragma('user_version = 7');
    expect(cached.pragma('user_version', { simple: true })).toBe(7);
    expect(cached.inTransaction).toBe(false);
    expect(db.prepare('select count(*) as c from t').get()).toEqual({ c: 4 });
  });
});
