import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { pageWithTotal } from '../../src/db/paged.js';
import { describeEachEngine } from '../support/engines.js';

interface Scratch {
  paged_items: { id: number; kind: string };
}

describeEachEngine('a filtered page plus its total', ({ database }) => {
  let db: Kysely<Scratch>;

  beforeAll(async () => {
    db = database().db as unknown as Kysely<Scratch>;
    await sql`CREATE TABLE paged_items (id integer PRIMARY KEY, kind text NOT NULL)`.execute(db);
    await db
      .insertInto('paged_items')
      .values(Array.from({ length: 25 }, (_, i) => ({ id: i + 1, kind: i % 5 === 0 ? 'rare' : 'common' })))
      .execute();
  });

  const common = () => db.selectFrom('paged_items').where('kind', '=', 'common');
  const ordered = (q: ReturnType<typeof common>) => q.select(['id', 'kind']).orderBy('id', 'desc');

  it('gives the page of the filtered rows in order, and the total of the filter (a number)', async () => {
    const { rows, total } = await pageWithTotal(common(), ordered, { limit: 3, offset: 2 });
    expect(total).toBe(20);
    expect(typeof total).toBe('number');
    expect(rows.map((r) => r.id)).toEqual([23, 22, 20]);
  });

  it('past the end: no rows, and still the total', async () => {
    expect(await pageWithTotal(common(), ordered, { limit: 10, offset: 40 })).toEqual({ rows: [], total: 20 });
  });

  it('a filter that matches nothing: total 0', async () => {
    const none = db.selectFrom('paged_items').where('kind', '=', 'absent');
    expect(await pageWithTotal(none, ordered, { limit: 10, offset: 0 })).toEqual({ rows: [], total: 0 });
  });
});
