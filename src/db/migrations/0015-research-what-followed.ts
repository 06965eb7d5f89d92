import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The person's criminality where a release records it (src/core/research/criminality.ts): each record
 * may carry its category (`research_detainers.criminality`), and the rollup counts by it
 * (`criminality`, '' when none is recorded).
 *
 * What the records say followed a declined detainer (src/core/research/what-followed.ts): each record
 * may carry its category (`research_detainers.followed`, set by the import for declined records with
 * a person key; null otherwise), and the monthly rollup counts by it (`followed`, '' for records that
 * are not declines, as the rollup keys every unknown). The view research_records says the category of
 * every declined record: a declined record without one is `untraceable` (its release names no person).
 * Releases imported before this migration have lost their person keys: their declines become
 * `untraceable` (import a Deportation Data Project release again to trace it). Adding a column with a
 * constant default rewrites no table on either engine.
 */
export function researchWhatFollowed(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`alter table research_detainers add column followed text`.execute(db);
      await sql`alter table research_detainers add column criminality text`.execute(db);
      await sql`alter table research_rollup_monthly add column followed text not null default ''`.execute(db);
      await sql`alter table research_rollup_monthly add column criminality text not null default ''`.execute(db);
      await sql`update research_rollup_monthly set followed = 'untraceable'
        where outcome = 'declined-by-agency'`.execute(db);
      await sql`drop view research_records`.execute(db);
      await sql`create view research_records as
        select d.release_key, d.line, d.prepared_date, p.facility_id, p.state, p.county_fips, p.form,
          p.lift_reason, p.outcome, d.likely_duplicate, d.extra,
          case when p.outcome = 'declined-by-agency' then coalesce(d.followed, 'untraceable') end as followed,
          d.criminality
        from research_detainers d
        join research_profiles p on p.release_key = d.release_key and p.id = d.profile`.execute(db);
      if (engine === 'postgres') await sql`analyze research_rollup_monthly`.execute(db);
    },
  };
}
