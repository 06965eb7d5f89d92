import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Facilities as stable identities (issue 14, point 6). A research facility gains ICE's facility code
 * (`research_facilities.code`, unique where not null): where a release gives a code, the code is the
 * facility, whatever its name's spelling in that release; without one, (name, city, state) as before.
 * So (name, city, state) is no longer unique on the facility row (two coded facilities may be spelled
 * alike; a coded facility's place may be learnt later): the old unique constraint goes (SQLite: the
 * table is rebuilt with the same ids; nothing references it by foreign key since migration 0004).
 *
 * `research_facility_names`: every spelling a release gave a facility (name, city and state as
 * written), with the first and last release (by import) that gave it; facilities stored before get
 * their one spelling, with the releases whose profiles name them.
 *
 * `research_facility_reference`: a facility reference list loaded by `facilities reference FILE`
 * (code, name, city, state, county FIPS), where a coded facility that no release places gets its
 * geography. Forward only; existing facilities keep their ids.
 */
export function researchFacilityIdentity(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine === 'postgres') {
        await sql`alter table research_facilities drop constraint research_facilities_identity`.execute(db);
        await sql`alter table research_facilities add column code text`.execute(db);
      } else {
        await sql`create table research_facilities_new (
          id integer primary key,
          name text not null,
          city text,
          state text,
          county_fips text,
          code text
        )`.execute(db);
        await sql`insert into research_facilities_new (id, name, city, state, county_fips)
          select id, name, city, state, county_fips from research_facilities`.execute(db);
        await sql`drop table research_facilities`.execute(db);
        await sql`alter table research_facilities_new rename to research_facilities`.execute(db);
      }
      await sql`create unique index research_facilities_code on research_facilities (code) where code is not null`.execute(
        db,
      );
      await sql`create index research_facilities_name on research_facilities (name)`.execute(db);

      await sql`create table research_facility_names (
        facility_id integer not null,
        name text not null,
        city text,
        state text,
        first_release text,
        last_release text
      )`.execute(db);
      await sql`create unique index research_facility_names_spelling
        on research_facility_names (facility_id, name, coalesce(city, ''), coalesce(state, ''))`.execute(db);
      await sql`create index research_facility_names_by_name on research_facility_names (name)`.execute(db);
      const releaseOf = (order: 'asc' | 'desc') =>
        sql`(select r.id from research_profiles p join research_releases r on r.key = p.release_key
          where p.facility_id = f.id order by r.key ${sql.raw(order)} limit 1)`;
      await sql`insert into research_facility_names (facility_id, name, city, state, first_release, last_release)
        select f.id, f.name, f.city, f.state, ${releaseOf('asc')}, ${releaseOf('desc')}
        from research_facilities f`.execute(db);

      await sql`create table research_facility_reference (
        code text primary key,
        name text,
        city text,
        state text,
        county_fips text
      )`.execute(db);
    },
  };
}
