import type { Kysely } from 'kysely';
import type { Database, ResearchRecordsView } from '../../src/db/schema.js';

/**
 * Stores records given with every column (as the view research_records reads them) the way the
 * importer does: each distinct facility, place, form, reason and outcome once in research_profiles,
 * records naming theirs by number (migration 0005). For fixtures that do not go through the importer.
 */
export async function insertResearchRecords(
  db: Kysely<Database>,
  records: readonly (Omit<
    ResearchRecordsView,
    // The dimensions of migration 0019 are left to their defaults (these fixtures predate them).
    | 'release_key'
    | 'likely_duplicate'
    | 'followed'
    | 'criminality'
    | 'aor'
    | 'citizenship'
    | 'conviction_category'
    | 'us_citizen'
  > & {
    likely_duplicate: number;
    /** What followed a declined record (migration 0015); none when absent. */
    followed?: string | null;
  })[],
  releaseKey: number,
  /** For a database migrated only up to before 0015, whose records have no `followed` column. */
  options: { withoutFollowed?: boolean } = {},
): Promise<void> {
  const profiles = new Map<string, number>();
  const profileRows: object[] = [];
  const detainerRows = records.map((r) => {
    const values = [r.facility_id, r.state, r.county_fips, r.form, r.lift_reason, r.outcome] as const;
    const key = JSON.stringify(values);
    let id = profiles.get(key);
    if (id === undefined) {
      id = profiles.size;
      profiles.set(key, id);
      const [facility_id, state, county_fips, form, lift_reason, outcome] = values;
      profileRows.push({ release_key: releaseKey, id, facility_id, state, county_fips, form, lift_reason, outcome });
    }
    const { line, prepared_date, likely_duplicate, extra } = r;
    const row = { release_key: releaseKey, line, prepared_date, profile: id, likely_duplicate, extra };
    return options.withoutFollowed ? row : { ...row, followed: r.followed ?? null };
  });
  for (let i = 0; i < profileRows.length; i += 100) {
    await db
      .insertInto('research_profiles')
      .values(profileRows.slice(i, i + 100) as never)
      .execute();
  }
  for (let i = 0; i < detainerRows.length; i += 100) {
    await db
      .insertInto('research_detainers')
      .values(detainerRows.slice(i, i + 100) as never)
      .execute();
  }
}
