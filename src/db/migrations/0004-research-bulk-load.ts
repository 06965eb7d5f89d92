import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Research tables shaped for bulk loading (a release is loaded in file order, its rollup at the end):
 * - research_detainers names its release by the release's new small `key`, not its name (below), and
 *   loses its index on prepared_date: in file order the dates are random, and
 *   that index made every insert a random B-tree write, more than halving the import rate. Replays and
 *   the few statistics that need days (partial months) scan. On SQLite the table becomes WITHOUT
 *   ROWID (the key is the table: one B-tree, not two); on PostgreSQL it has no key index (below).
 *   The foreign keys go too: the importer is the table's only writer and resolves every release and
 *   facility in the import's own transaction; checking them row by row cost more than the rows.
 * - research_rollup_monthly loses its eight-column primary key (each cell's key was most of the row,
 *   written at random; the importer writes one row per cell by construction), its foreign key (checked
 *   row by row, it was most of the time PostgreSQL took to store a rollup) and its two indexes for
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
      ? sql`, constraint research_detainers_key primary key (release_key, line)) without rowid`
      : sql`)`;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Each release gets a small number that its records carry instead of its name: a name of up to
      // 100 characters repeated on millions of rows was a fifth of each row, and a row's bytes are
      // most of what a bulk load costs. Keys are given in name order to releases already there.
      await sql`alter table research_releases add column key integer not null default 0`.execute(db);
      await sql`update research_releases
        set key = (select count(*) from research_releases r where r.id <= research_releases.id)`.execute(db);
      await sql`create unique index research_releases_key on research_releases (key)`.execute(db);

      await sql`create table research_detainers_new (
        release_key integer not null,
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
      await sql`insert into research_detainers_new select r.key, d.line, d.prepared_date, d.facility_id, d.state,
        d.county_fips, d.form, d.lift_reason, d.outcome, d.likely_duplicate, d.extra
        from research_detainers d join research_releases r on r.id = d.release_id`.execute(db);
      await sql`drop table research_detainers`.execute(db);
      await sql`alter table research_detainers_new rename to research_detainers`.execute(db);
      if (engine === 'postgres') {
        await sql`create index research_detainers_release on research_detainers using brin (release_key)`.execute(db);
      }

      await sql`create table research_rollup_new (
        state text not null,
        month text not null,
        county_fips text not null,
        facility_id integer not null,
        form text not null,
        lift_reason text not null,
        outcome text not null,
        release_id text not null,
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
