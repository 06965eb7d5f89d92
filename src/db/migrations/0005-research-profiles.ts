import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Research records lose the columns their profile fixes. A record's facility, state, county, form,
 * lift reason and outcome repeat across millions of records in a few thousand combinations (an
 * NPR release of 2,000,000 generated records has about 11,000): each release keeps them once, in
 * research_profiles, and a record names its profile by number. A row of research_detainers is now
 * six columns, not eleven: PostgreSQL's COPY of 2,000,000 of them took half the time of the wide
 * ones (0.85-0.99 s against 1.64-2.15 s on this machine). The view research_records joins the
 * two back into one row per record with every column, for whatever reads records.
 */
export function researchProfiles(engine: Engine) {
  const t = columnTypes(engine);
  const type = (column: (typeof t)['flag']) => (typeof column === 'string' ? sql.raw(column) : column);
  const recordKey =
    engine === 'sqlite'
      ? sql`, constraint research_detainers_key primary key (release_key, line)) without rowid`
      : sql`)`;
  // Null-safe equality, to match a record to its profile.
  const same = (column: string) =>
    engine === 'sqlite'
      ? sql`p.${sql.raw(column)} is d.${sql.raw(column)}`
      : sql`p.${sql.raw(column)} is not distinct from d.${sql.raw(column)}`;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table research_profiles (
        release_key integer not null,
        id integer not null,
        facility_id integer,
        state text,
        county_fips text,
        form text,
        lift_reason text,
        outcome text not null,
        constraint research_profiles_key primary key (release_key, id)
      )`.execute(db);
      await sql`insert into research_profiles
        select release_key, row_number() over (partition by release_key
          order by facility_id, state, county_fips, form, lift_reason, outcome) - 1,
          facility_id, state, county_fips, form, lift_reason, outcome
        from (select distinct release_key, facility_id, state, county_fips, form, lift_reason, outcome
          from research_detainers) as distinct_profiles`.execute(db);

      await sql`create table research_detainers_new (
        release_key integer not null,
        line integer not null,
        prepared_date text not null,
        profile integer not null,
        likely_duplicate ${type(t.flag)} not null,
        extra ${type(t.json)}
      ${recordKey}`.execute(db);
      await sql`insert into research_detainers_new
        select d.release_key, d.line, d.prepared_date, p.id, d.likely_duplicate, d.extra
        from research_detainers d join research_profiles p on p.release_key = d.release_key
          and ${same('facility_id')} and ${same('state')} and ${same('county_fips')}
          and ${same('form')} and ${same('lift_reason')} and p.outcome = d.outcome`.execute(db);
      await sql`drop table research_detainers`.execute(db);
      await sql`alter table research_detainers_new rename to research_detainers`.execute(db);
      if (engine === 'postgres') {
        await sql`create index research_detainers_release on research_detainers using brin (release_key)`.execute(db);
      }
      await sql`create view research_records as
        select d.release_key, d.line, d.prepared_date, p.facility_id, p.state, p.county_fips, p.form,
          p.lift_reason, p.outcome, d.likely_duplicate, d.extra
        from research_detainers d
        join research_profiles p on p.release_key = d.release_key and p.id = d.profile`.execute(db);
    },
  };
}
