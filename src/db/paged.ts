import type { SelectQueryBuilder } from 'kysely';
import { count } from './codecs.js';

/** Which slice of a filtered list to read. */
export interface PageWindow {
  readonly limit: number;
  readonly offset: number;
}

/**
 * A filtered page plus its total: `filtered` holds the FROM and WHERE (no selection yet); `rows`
 * adds the joins, columns and order of the page. The page (limit/offset applied here) and the
 * exact COUNT(*) over the same filter are asked together; on PostgreSQL they run side by side on
 * the pool, on SQLite one after the other on its one connection. The count comes back as a number
 * on both engines (PostgreSQL returns a bigint as text).
 */
export async function pageWithTotal<DB, TB extends keyof DB, PageDB, PageTB extends keyof PageDB, Row>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  rows: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<PageDB, PageTB, Row>,
  window: PageWindow,
): Promise<{ rows: Row[]; total: number }> {
  const [page, counted] = await Promise.all([
    rows(filtered).limit(window.limit).offset(window.offset).execute(),
    filtered.select((eb) => eb.fn.countAll<string | number | bigint>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: page, total: count((counted as { n: string | number | bigint }).n) };
}
