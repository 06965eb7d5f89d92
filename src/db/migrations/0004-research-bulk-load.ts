import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Research tables shaped for bulk loading (a release is loaded in file order, its rollup at the end):
 * - research_detainers loses its index on prepared_date: in file order the dates are random, and
 *   that index made every insert a random B-tree write, more than halving the import rate. Replays and
 *   the few statistics that need days (partial months) scan. On SQLite the table becomes WITHOUT
 *   ROWID (the key is the table: one B-tree, not two); on PostgreSQL it has no key index (below).
 *   The foreign keys go too: the importer is the table's only writer and resolves every release and
 *   facility in the import's own transaction; checking them row by row cost more than the rows.
 * - research_rollup_monthly loses its eight-column primary key (each cell's key was most of the row,
 *   written at random; the importer writes one row per cell by construction) and its two indexes for
 *   one on (state, facility, month), which rows are written in, so that it grows in runs. A question
 *   about one facility names the facility's state too (research-stats.repository.ts) to use it.
 */
export function researchBulkLoad(engine: Engine) {
  const t = columnTypes(engine);
  const type = (column: (typeof t)['flag']) => (typeof column === 'string' ? sql.raw(column) : column);
  // SQLite: the key (release, line) is the table. PostgreSQL: no key index at all (maintaining it
  // doubled the time COPY takes); rows of a release lie together, which a BRIN index on the release
  // finds for deletes and per-release reads at almost no cost to the load.
  const recordKey =
    engine === 'sqlite'
      ? sql`, constraint research_detainers_key primary key (release_id, line)) without rowid`
      : sql`)`;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table research_detainers_new (
        release_id text not null,
        line integer not null,
        prepared_date text not null,
        facility_id integer,
        state text,
        county_fips text,
        form text,
        lift_reason text,
        outcome text not null,
        likely_duplicate ${type(t.flag)} not null,
        extra ${type(t.json)}
      ${recordKey}`.execute(db);
      await sql`insert into research_detainers_new select release_id, line, prepared_date, facility_id, state,
        county_fips, form, lift_reason, outcome, likely_duplicate, extra from research_detainers`.execute(db);
      await sql`drop table research_detainers`.execute(db);
      await sql`alter table research_detainers_new rename to research_detainers`.execute(db);
      if (engine === 'postgres') {
        await sql`create index research_detainers_release on research_detainers using brin (release_id)`.execute(db);
      }

      await sql`create table research_rollup_new (
        state text not null,
        month text not null,
        county_fips text not null,
        facility_id integer not null,
        form text not null,
        lift_reason text not null,
        outcome text not null,
        release_id text not null references research_releases (id),
        count integer not null
      )`.execute(db);
      await sql`insert into research_rollup_new select state, month, county_fips, facility_id, form, lift_reason,
        outcome, release_id, count from research_rollup_monthly`.execute(db);
      await sql`drop table research_rollup_monthly`.execute(db);
      await sql`alter table research_rollup_new rename to research_rollup_monthly`.execute(db);
      await db.schema
        .createIndex('research_rollup_by_place')
        .on('research_rollup_monthly')
        .columns(['state', 'facility_id', 'month'])
        .execute();
    },
  };
}
