import { sql, type Kysely } from 'kysely';

/**
 * Issue 14 (points 2 and 7). Releases that overlap do not double count: statistics choose one release per
 * month, the newest by its "as of" date (src/core/research/release-precedence.ts). The import writes
 * `as_of` (`import ... --as-of YYYY-MM-DD`, else the release's last prepare date: a release extracted later
 * reaches later); releases imported before are filled here with their last prepare date.
 *
 * The outcome table now knows every lift reason of every era, whatever its capitals and spaces, and has a
 * re-issue outcome (`reissued`: Duplicate, Superseding - New Form Issued). The stored outcomes of releases
 * imported before are brought to the table here, in the profiles and the monthly rollup (both keyed by the
 * raw lift reason), from a frozen copy of the changed rows (a migration does not follow later edits of the
 * table). The categories of what followed a decline (`later-other` where the later record is now a
 * re-issue) need the person keys, which are gone: those releases say so until imported again.
 * Portable SQL; forward only.
 */
const CHANGED: readonly (readonly [string, string])[] = [
  ['bookedintodetention', 'transferred-to-ice'],
  ['detainerdeclinedbylea', 'declined-by-agency'],
  ['lifted', 'lifted-by-ice'],
  ['lifted-lackoffunds', 'lifted-by-ice'],
  ['lifted-lackofspace', 'lifted-by-ice'],
  ['icetemporaryresourceconstraint', 'lifted-by-ice'],
  ['prosecutorialdiscretion', 'lifted-by-ice'],
  ['caseclosed', 'lifted-by-ice'],
  ['aliennotsubjecttodeportation', 'lifted-by-ice'],
  ['notamenabletoremoval', 'lifted-by-ice'],
  ['noncitizennotamenabletoremoval', 'lifted-by-ice'],
  ['judicialreview', 'lifted-by-ice'],
  ['unitedstatescitizeninterviewed', 'lifted-by-ice'],
  ['uscorpresumptiveclaimtouscitizenship', 'lifted-by-ice'],
  ['earlyrelease', 'released'],
  ['nolongerinstate,local,orfederalcustody', 'released'],
  ['nolongerinleacustody', 'released'],
  ['insufficientnoticetoice', 'released'],
  ['duplicate', 'reissued'],
  ['superseding-newformissued', 'reissued'],
  ['transferred', 'other'],
  ['died', 'other'],
];

export function researchReleasePrecedence() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`alter table research_releases add column as_of text`.execute(db);
      await sql`update research_releases set as_of = last_prepared_date`.execute(db);
      // The reason's key as outcomes.ts computes it (lower case, spaces removed; tabs and line breaks too).
      const key = sql`lower(replace(replace(replace(replace(lift_reason, ' ', ''), ${'\t'}, ''), ${'\r'}, ''), ${'\n'}, ''))`;
      for (const [reason, outcome] of CHANGED) {
        for (const table of ['research_profiles', 'research_rollup_monthly']) {
          await sql`update ${sql.table(table)} set outcome = ${outcome}
            where outcome <> ${outcome} and outcome <> 'pending' and ${key} = ${reason}`.execute(db);
        }
      }
    },
  };
}
