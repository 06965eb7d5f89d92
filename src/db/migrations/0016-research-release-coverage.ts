import { sql, type Kysely } from 'kysely';

/**
 * Each research release records the time it covers: the first and last prepare date of its records
 * (issue 12, the data explorer; issue 14's point 7), so statistics can tell releases that overlap in time
 * (and would count the same detainers twice) without reading the records. An import writes them from
 * the dates it reads; releases imported before are filled here from their records (one pass per
 * release; null when a release has no records). Portable SQL; forward only.
 */
export function researchReleaseCoverage() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`alter table research_releases add column first_prepared_date text`.execute(db);
      await sql`alter table research_releases add column last_prepared_date text`.execute(db);
      await sql`update research_releases set
        first_prepared_date = (select min(d.prepared_date) from research_detainers d where d.release_key = research_releases.key),
        last_prepared_date = (select max(d.prepared_date) from research_detainers d where d.release_key = research_releases.key)`.execute(
        db,
      );
    },
  };
}
