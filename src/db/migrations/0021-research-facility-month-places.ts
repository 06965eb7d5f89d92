import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { REISSUED } from '../../core/research/outcomes.js';

/**
 * The facility rollup of migration 0018 gains what the portal's busiest questions also ask of it
 * (issue 14, "Speed"), so that they no longer fall back to the monthly rollup's ~470,000 cells per
 * 2,000,000 records:
 * - `reissues`: how many of the cell's records are re-issues. Statistics leave re-issues out by
 *   default (outcome <> 'reissued'), which this table could not answer without an outcome column;
 *   `count - reissues` is the records without them, at no extra rows (an outcome column would have
 *   multiplied them).
 * - `state` and `county_fips`: a facility has one place, so they add no rows either (records without
 *   a facility, id 0, are counted by their own state, as in the monthly rollup): "records by county
 *   in a year" reads a year of facility cells.
 * The table is rebuilt with the key (month, facility_id, state, county_fips, release_id) and filled
 * from the monthly rollup, which every import writes in the same transaction.
 */
export function researchFacilityMonthPlaces(engine: Engine) {
  const withoutRowid = engine === 'sqlite' ? sql` without rowid` : sql``;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`drop table research_rollup_facility_month`.execute(db);
      await sql`create table research_rollup_facility_month (
        month text not null,
        facility_id integer not null,
        state text not null,
        county_fips text not null,
        release_id text not null,
        count integer not null,
        reissues integer not null,
        constraint research_rollup_facility_month_key primary key (month, facility_id, state, county_fips, release_id)
      )${withoutRowid}`.execute(db);
      await sql`insert into research_rollup_facility_month
          (month, facility_id, state, county_fips, release_id, count, reissues)
        select month, facility_id, state, county_fips, release_id, sum(count),
          sum(case when outcome = ${REISSUED} then count else 0 end)
        from research_rollup_monthly
        group by month, facility_id, state, county_fips, release_id`.execute(db);
      if (engine === 'postgres') await sql`analyze research_rollup_facility_month`.execute(db);
    },
  };
}
