import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The monthly rollup stored as its cells' profiles, not their values (issue 14, "Speed"). Every cell
 * of research_rollup_monthly repeated its record profile's eleven columns (state, county, facility,
 * form, lift reason, outcome and the dimensions of 0019) and the release's id as text: on real
 * layouts, where a release has thousands of facilities, the rollup has ~0.7 cells per record, and the
 * table and its index were 61% of the database (48 of 78 MB for 500,000 ICE "LEA" records) and about a
 * sixth of the import's time to write.
 *
 * research_rollup_cells keeps (release_key, profile, month, followed, count), keyed in that order. The
 * profile is the research_profiles row the release's records name (the same numbering), so the view
 * research_rollup_monthly reads a cell's values from it: same columns and values as the table it
 * replaces ('' for an unknown value and 0 for no facility, as the rollup kept them), so every reader
 * keeps its SQL. A facility placed later (research-facility-identity.ts) is placed in its profiles,
 * and thereby in the rollup.
 *
 * Existing cells are given the profile of their release with the same values. A cell whose values no
 * profile has (none is expected: the rollup and the profiles are written from the same dictionaries)
 * gets a new profile of those values, numbered after the release's last; its release has no record
 * naming it. Cells of a release that research_releases no longer lists are dropped (an import writes
 * both in one transaction and a deletion deletes both, so there are none).
 */
export function researchRollupCells(engine: Engine) {
  const withoutRowid = engine === 'sqlite' ? sql` without rowid` : sql``;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table research_rollup_cells (
        release_key integer not null,
        profile integer not null,
        month text not null,
        followed text not null,
        count integer not null,
        constraint research_rollup_cells_key primary key (release_key, profile, month, followed)
      )${withoutRowid}`.execute(db);
      await missingProfiles(db);
      await signatureTable(db, 'research_migrate_signatures', true);
      await sql`insert into research_migrate_signatures
        select release_key, min(id), ${signature('')}
        from research_profiles group by release_key, ${signature('', false)}`.execute(db);
      await sql`insert into research_rollup_cells (release_key, profile, month, followed, count)
        select r.key, s.profile, m.month, m.followed, sum(m.count)
        from research_rollup_monthly m
        join research_releases r on r.id = m.release_id
        join research_migrate_signatures s on s.release_key = r.key and ${sameSignature('s', 'm')}
        group by r.key, s.profile, m.month, m.followed`.execute(db);
      await sql`drop table research_migrate_signatures`.execute(db);
      await sql`drop table research_rollup_monthly`.execute(db);
      // SQLite (without statistics) would read every cell of a release and look up its profile; CROSS JOIN
      // fixes the order: the releases asked for, their profiles (where a question's place or dimension
      // filters), then each profile's cells by the key (a county's question on 2,000,000 records: ~500 -> ~10 ms).
      const from =
        engine === 'sqlite'
          ? sql`research_releases r cross join research_profiles p cross join research_rollup_cells c
            where p.release_key = r.key and c.release_key = p.release_key and c.profile = p.id`
          : sql`research_releases r join research_profiles p on p.release_key = r.key
            join research_rollup_cells c on c.release_key = p.release_key and c.profile = p.id`;
      await sql`create view research_rollup_monthly as
        select coalesce(p.state, '') as state, c.month, coalesce(p.county_fips, '') as county_fips,
          coalesce(p.facility_id, 0) as facility_id, coalesce(p.form, '') as form,
          coalesce(p.lift_reason, '') as lift_reason, p.outcome, r.id as release_id, c.count, c.followed,
          coalesce(p.criminality, '') as criminality, coalesce(p.aor, '') as aor,
          coalesce(p.citizenship, '') as citizenship, coalesce(p.conviction_category, '') as conviction_category,
          p.us_citizen
        from ${from}`.execute(db);
      if (engine === 'postgres') await sql`analyze research_rollup_cells, research_profiles`.execute(db);
    },
  };
}

const SIGNATURE_COLUMNS = [
  ['facility_id', '0'],
  ['state', "''"],
  ['county_fips', "''"],
  ['form', "''"],
  ['lift_reason', "''"],
  ['outcome', null],
  ['criminality', "''"],
  ['aor', "''"],
  ['citizenship', "''"],
  ['conviction_category', "''"],
  ['us_citizen', null],
] as const;

/**
 * A temporary table of signatures, indexed, with the columns' types declared: a table created from a
 * select of coalesce() has columns of no affinity, which SQLite does not compare to the rollup's
 * columns through the index (a join of 353,408 cells took 3 minutes).
 */
async function signatureTable(db: Kysely<unknown>, name: string, withProfile: boolean): Promise<void> {
  const profile = withProfile ? sql`profile integer not null,` : sql``;
  await sql`create temporary table ${sql.table(name)} (release_key integer not null, ${profile}
    facility_id integer not null, state text not null, county_fips text not null, form text not null,
    lift_reason text not null, outcome text not null, criminality text not null, aor text not null,
    citizenship text not null, conviction_category text not null, us_citizen integer not null)`.execute(db);
  await sql`create index ${sql.raw(`${name}_key`)} on ${sql.table(name)}
    (release_key, facility_id, state, county_fips, form, lift_reason, outcome)`.execute(db);
}

/** A profile's columns as the rollup kept them (coalesced to '' or 0), named as the columns (or not). */
function signature(prefix: string, named = true) {
  return sql.join(
    SIGNATURE_COLUMNS.map(([column, none]) => {
      const value = none === null ? sql.raw(`${prefix}${column}`) : sql.raw(`coalesce(${prefix}${column}, ${none})`);
      return named ? sql`${value} as ${sql.raw(column)}` : value;
    }),
  );
}

function sameSignature(left: string, right: string) {
  return sql.join(
    SIGNATURE_COLUMNS.map(([column]) => sql.raw(`${left}.${column} = ${right}.${column}`)),
    sql` and `,
  );
}

/** Profiles for the rollup's cells whose values no profile of their release has, numbered after its last. */
async function missingProfiles(db: Kysely<unknown>): Promise<void> {
  await signatureTable(db, 'research_migrate_known', false);
  await sql`insert into research_migrate_known
    select distinct release_key, ${signature('')} from research_profiles`.execute(db);
  await sql`create temporary table research_migrate_missing as
    select distinct r.key as release_key, ${signature('m.')}
    from research_rollup_monthly m
    join research_releases r on r.id = m.release_id
    where not exists (select 1 from research_migrate_known k where k.release_key = r.key and ${sameSignature('k', 'm')})`.execute(
    db,
  );
  await sql`insert into research_profiles (release_key, id, facility_id, state, county_fips, form, lift_reason,
      outcome, criminality, aor, citizenship, conviction_category, us_citizen)
    select x.release_key,
      coalesce((select max(p.id) from research_profiles p where p.release_key = x.release_key), -1)
        + row_number() over (partition by x.release_key order by ${signature('x.', false)}),
      nullif(x.facility_id, 0), nullif(x.state, ''), nullif(x.county_fips, ''), nullif(x.form, ''),
      nullif(x.lift_reason, ''), x.outcome, nullif(x.criminality, ''), nullif(x.aor, ''), nullif(x.citizenship, ''),
      nullif(x.conviction_category, ''), x.us_citizen
    from research_migrate_missing x`.execute(db);
  await sql`drop table research_migrate_missing`.execute(db);
  await sql`drop table research_migrate_known`.execute(db);
}
