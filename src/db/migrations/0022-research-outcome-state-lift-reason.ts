import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The outcome-by-state rollup of migration 0018 gains the lift reason (issue 14, "Speed"), so that
 * "a state by year and lift reason" no longer falls back to the monthly rollup. A lift reason has one
 * outcome (outcomes.ts), so the column splits a cell only where a state's month has several reasons of
 * one outcome: few more rows.
 *
 * The key leads with the state, not the outcome as 0018's did: the state's questions ("Pennsylvania by
 * year and lift reason", a place page's outcomes) name a state and no outcome but "not a re-issue"
 * (an inequality no index seeks), and read one run of the key. The outcome comes next, so that a
 * state's question about one outcome (the place page's "lifted by reason") reads a run within that one;
 * the lift reason after it, then the month. Questions that name an outcome and no state (the re-issues
 * every answer counts, "declined by state and year") read the index by outcome and month. A small
 * table (~17,000 rows for a generated release of 200,000 records, where it had ~15,000 without the
 * lift reason).
 *
 * The table is rebuilt with the key (state, outcome, lift_reason, month, release_id) and filled from
 * the monthly rollup, which every import writes in the same transaction.
 */
export function researchOutcomeStateLiftReason(engine: Engine) {
  const withoutRowid = engine === 'sqlite' ? sql` without rowid` : sql``;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`drop table research_rollup_outcome_state`.execute(db);
      await sql`create table research_rollup_outcome_state (
        state text not null,
        outcome text not null,
        lift_reason text not null,
        month text not null,
        release_id text not null,
        count integer not null,
        constraint research_rollup_outcome_state_key primary key (state, outcome, lift_reason, month, release_id)
      )${withoutRowid}`.execute(db);
      // Every statistics answer counts the re-issues it leaves out (outcome = 'reissued' over its
      // months), and "declined by state and year" names an outcome and no state: both seek this index
      // rather than read the whole table (PostgreSQL: 4 ms a question on the 2,000,000-record Zipf file).
      await sql`create index research_rollup_outcome_state_by_outcome
        on research_rollup_outcome_state (outcome, month)`.execute(db);
      await sql`insert into research_rollup_outcome_state (state, outcome, lift_reason, month, release_id, count)
        select state, outcome, lift_reason, month, release_id, sum(count) from research_rollup_monthly
        group by state, outcome, lift_reason, month, release_id`.execute(db);
      if (engine === 'postgres') await sql`analyze research_rollup_outcome_state`.execute(db);
    },
  };
}
