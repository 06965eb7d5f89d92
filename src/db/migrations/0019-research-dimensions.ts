import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { US_CITIZEN_LIFT_REASONS } from '../../core/research/dimensions.js';

/**
 * The dimensions researchers ask for (issue 14, point 5; src/core/research/dimensions.ts): each record
 * profile says its area of responsibility and citizenship country (as written, normalised for
 * grouping), its criminality category (criminality.ts, from every layout's column, no longer
 * classified from `extra` after the load), its most serious conviction's NCIC offense group, and
 * whether its lift reason says the person is (or claims to be) a U.S. citizen (`us_citizen`, 0/1).
 * The monthly rollup counts by each ('' for none, as it keys every unknown; `us_citizen` 0).
 *
 * Releases imported before: their profiles and rollup cells get the U.S.-citizen flag from their lift
 * reason here; the other dimensions stay unknown (null / '') until the release is imported again, and
 * their records keep the criminality the import of the time gave them (research_detainers.criminality,
 * which the view still reads when the profile has none). Adding a column with a constant default
 * rewrites no table on either engine.
 */
export function researchDimensions(engine: Engine) {
  const reasons = sql.join(US_CITIZEN_LIFT_REASONS.map((r) => sql`${r.toLowerCase()}`));
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const column of ['aor', 'citizenship', 'criminality', 'conviction_category']) {
        await sql`alter table research_profiles add column ${sql.raw(column)} text`.execute(db);
      }
      await sql`alter table research_profiles add column us_citizen integer not null default 0`.execute(db);
      for (const column of ['aor', 'citizenship', 'conviction_category']) {
        await sql`alter table research_rollup_monthly add column ${sql.raw(column)} text not null default ''`.execute(
          db,
        );
      }
      await sql`alter table research_rollup_monthly add column us_citizen integer not null default 0`.execute(db);
      await sql`update research_profiles set us_citizen = 1 where lower(trim(lift_reason)) in (${reasons})`.execute(db);
      await sql`update research_rollup_monthly set us_citizen = 1
        where lower(trim(lift_reason)) in (${reasons})`.execute(db);
      await sql`drop view research_records`.execute(db);
      await sql`create view research_records as
        select d.release_key, d.line, d.prepared_date, p.facility_id, p.state, p.county_fips, p.form,
          p.lift_reason, p.outcome, d.likely_duplicate, d.extra,
          case when p.outcome = 'declined-by-agency' then coalesce(d.followed, 'untraceable') end as followed,
          coalesce(p.criminality, d.criminality) as criminality,
          p.aor, p.citizenship, p.conviction_category, p.us_citizen
        from research_detainers d
        join research_profiles p on p.release_key = d.release_key and p.id = d.profile`.execute(db);
      if (engine === 'postgres') await sql`analyze research_rollup_monthly`.execute(db);
    },
  };
}
