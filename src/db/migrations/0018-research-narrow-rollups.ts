import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Two narrower rollups beside research_rollup_monthly, for the questions the portal asks most
 * (issue 14, "Speed"): the monthly rollup keys every cell by state, county, facility, form, lift
 * reason, outcome and what followed, so "a year's top facilities" or "declines by state and year"
 * read hundreds of thousands of its rows (a release of 2,000,000 records with 3,000 facilities has
 * ~470,000). These keep only what those questions group and filter by, each keyed in the order
 * they are asked (a range of months, then the value), so that a question reads a run of one index:
 * - research_rollup_facility_month: records per month, facility and release;
 * - research_rollup_outcome_state: records per outcome, state, month and release.
 * An import writes both from its own monthly rollup cells in the same transaction (research-store.ts
 * writeRollup), so they stay exactly equal to it; deleting a release deletes its rows in all three.
 * Releases imported before this migration are filled here from the monthly rollup.
 */
export function researchNarrowRollups(engine: Engine) {
  const withoutRowid = engine === 'sqlite' ? sql` without rowid` : sql``;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table research_rollup_facility_month (
        month text not null,
        facility_id integer not null,
        release_id text not null,
        count integer not null,
        constraint research_rollup_facility_month_key primary key (month, facility_id, release_id)
      )${withoutRowid}`.execute(db);
      await sql`create table research_rollup_outcome_state (
        outcome text not null,
        state text not null,
        month text not null,
        release_id text not null,
        count integer not null,
        constraint research_rollup_outcome_state_key primary key (outcome, state, month, release_id)
      )${withoutRowid}`.execute(db);
      await sql`insert into research_rollup_facility_month (month, facility_id, release_id, count)
        select month, facility_id, release_id, sum(count) from research_rollup_monthly
        group by month, facility_id, release_id`.execute(db);
      await sql`insert into research_rollup_outcome_state (outcome, state, month, release_id, count)
        select outcome, state, month, release_id, sum(count) from research_rollup_monthly
        group by outcome, state, month, release_id`.execute(db);
    },
  };
}
