import { sql, type Kysely } from 'kysely';
import { NPR_CALIBRATION } from '../../src/core/research/generator-calibration.data.js';
import { generateRecords, type GeneratedRecord } from '../../src/core/research/generator.js';
import { outcomeOf } from '../../src/core/research/outcomes.js';
import type { Database } from '../../src/db/schema.js';
import { insertResearchRecords } from '../support/research-records.js';

export interface FixtureRecord extends GeneratedRecord {
  readonly outcome: string;
  readonly facilityId: number;
}

/**
 * Writes a research release of generated records straight into the research tables (records,
 * facilities, its time coverage, and a monthly rollup computed here), without the importer. Returns the
 * records; with `dates`, only the generated records prepared within them (inclusive) are kept; with
 * `reissueEvery`, every so many kept records is a re-issue (lift reason `Duplicate`, then `Superseding - New Form
 * Issued`, alternately); `asOf` is the release's as-of date (default: its last prepare date, as an import).
 */
export async function writeGeneratedRelease(
  db: Kysely<Database>,
  release: {
    id: string;
    dataset: string;
    records: number;
    seed: string;
    dates?: { from: string; to: string };
    reissueEvery?: number;
    asOf?: string;
  },
): Promise<FixtureRecord[]> {
  const last = await db
    .selectFrom('research_releases')
    .select((eb) => eb.fn.max('key').as('key'))
    .executeTakeFirst();
  const key = Number(last?.key ?? 0) + 1;
  await db
    .insertInto('research_releases')
    .values({
      id: release.id,
      key,
      dataset: release.dataset,
      source_file: `generated:${release.seed}`,
      sha256: '0'.repeat(64),
      imported_at: '2026-01-02T03:04:05.000Z',
      rows_read: release.records,
      rows_loaded: release.records,
      rows_rejected: 0,
      report: JSON.stringify({}),
    })
    .execute();
  const facilityIds = new Map<string, number>();
  const existing = await db.selectFrom('research_facilities').select(['id', 'name']).execute();
  for (const f of existing) facilityIds.set(f.name, Number(f.id));
  const records: FixtureRecord[] = [];
  for (const r of generateRecords(NPR_CALIBRATION, release)) {
    if (release.dates && (r.date < release.dates.from || r.date > release.dates.to)) continue;
    let facilityId = facilityIds.get(r.facility);
    if (facilityId === undefined) {
      const row = await db
        .insertInto('research_facilities')
        .values({ name: r.facility, city: r.city, state: r.stateCode, county_fips: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      facilityId = Number(row.id);
      facilityIds.set(r.facility, facilityId);
    }
    const n = records.length + 1;
    const every = release.reissueEvery;
    const liftReason =
      every !== undefined && n % every === 0
        ? (n / every) % 2 === 1
          ? 'Duplicate'
          : 'Superseding - New Form Issued'
        : r.liftReason;
    records.push({ ...r, liftReason, outcome: outcomeOf(liftReason), facilityId });
  }
  const dates = records.map((r) => r.date).sort();
  await db
    .updateTable('research_releases')
    .set({
      rows_loaded: records.length,
      first_prepared_date: dates[0] ?? null,
      last_prepared_date: dates[dates.length - 1] ?? null,
      as_of: release.asOf ?? dates[dates.length - 1] ?? null,
    })
    .where('id', '=', release.id)
    .execute();
  await insertResearchRecords(
    db,
    records.map((r, i) => ({
      line: i + 2,
      prepared_date: r.date,
      facility_id: r.facilityId,
      state: r.stateCode,
      county_fips: null,
      form: r.form || null,
      lift_reason: r.liftReason || null,
      outcome: r.outcome,
      likely_duplicate: 0,
      extra: null,
    })),
    key,
  );
  // The monthly rollup's cells (migration 0023), as an import counts them: by record profile, month and what
  // followed. A generated release names no person: its declines cannot be traced (what-followed.ts).
  await sql`insert into research_rollup_cells (release_key, profile, month, followed, count)
    select d.release_key, d.profile, substr(d.prepared_date, 1, 7),
      case when p.outcome = 'declined-by-agency' then 'untraceable' else '' end, count(*)
    from research_detainers d join research_profiles p on p.release_key = d.release_key and p.id = d.profile
    where d.release_key = ${key}
    group by d.release_key, d.profile, substr(d.prepared_date, 1, 7), p.outcome`.execute(db);
  // The narrower rollups (migrations 0018, 0021, 0022), added up from the monthly one as an import keeps them.
  await sql`insert into research_rollup_facility_month
      (month, facility_id, state, county_fips, release_id, count, reissues)
    select month, facility_id, state, county_fips, release_id, sum(count),
      sum(case when outcome = 'reissued' then count else 0 end)
    from research_rollup_monthly where release_id = ${release.id}
    group by month, facility_id, state, county_fips, release_id`.execute(db);
  await sql`insert into research_rollup_outcome_state (state, outcome, lift_reason, month, release_id, count)
    select state, outcome, lift_reason, month, release_id, sum(count) from research_rollup_monthly
    where release_id = ${release.id}
    group by state, outcome, lift_reason, month, release_id`.execute(db);
  return records;
}

/** Counts records by a key, for expected values. */
export function tally<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
