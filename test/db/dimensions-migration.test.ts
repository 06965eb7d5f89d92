import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertResearchRecords } from '../support/research-records.js';

describeEachEngine("migration 0019 (the researchers' dimensions)", ({ database }) => {
  it('gives releases imported before the U.S.-citizen flag from their lift reasons, and keeps their criminality', async () => {
    await migrateUpTo(database(), '0016-research-release-coverage');
    const { db } = database();
    await sql`insert into research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read, rows_loaded,
      rows_rejected, report) values ('older', 1, 'npr', 'file.csv', ${'0'.repeat(64)}, ${'2026-01-02T03:04:05.000Z'},
      3, 3, 0, ${'{}'})`.execute(db);
    const record = (line: number, lift_reason: string) => ({
      line,
      prepared_date: '2014-02-03',
      facility_id: null,
      state: 'PA',
      county_fips: null,
      form: null,
      lift_reason,
      outcome: 'lifted-by-ice',
      likely_duplicate: 0,
      extra: null,
    });
    await insertResearchRecords(
      db,
      [
        record(2, 'United States Citizen Interviewed'),
        record(3, ' usc or presumptive claim to us citizenship'),
        record(4, 'Lifted'),
      ],
      1,
    );
    await sql`update research_detainers set criminality = 'convicted' where line = 4`.execute(db);
    for (const [reason, count] of [
      ['United States Citizen Interviewed', 1],
      [' usc or presumptive claim to us citizenship', 1],
      ['Lifted', 1],
    ] as const) {
      await sql`insert into research_rollup_monthly (release_id, month, state, county_fips, facility_id, form,
        lift_reason, outcome, count) values ('older', '2014-02', 'PA', '', 0, '', ${reason}, 'lifted-by-ice', ${count})`.execute(
        db,
      );
    }

    await migrateToLatest(database());
    const records = await db
      .selectFrom('research_records')
      .select(['line', 'us_citizen', 'criminality', 'citizenship', 'aor', 'conviction_category'])
      .orderBy('line')
      .execute();
    expect(records.map((r) => ({ ...r, us_citizen: Number(r.us_citizen) }))).toEqual([
      { line: 2, us_citizen: 1, criminality: null, citizenship: null, aor: null, conviction_category: null },
      { line: 3, us_citizen: 1, criminality: null, citizenship: null, aor: null, conviction_category: null },
      { line: 4, us_citizen: 0, criminality: 'convicted', citizenship: null, aor: null, conviction_category: null },
    ]);
    const rollup = await db
      .selectFrom('research_rollup_monthly')
      .select(['lift_reason', 'us_citizen', 'citizenship', 'aor', 'conviction_category'])
      .orderBy('lift_reason')
      .execute();
    expect(rollup.map((r) => ({ ...r, us_citizen: Number(r.us_citizen) }))).toEqual([
      {
        lift_reason: ' usc or presumptive claim to us citizenship',
        us_citizen: 1,
        citizenship: '',
        aor: '',
        conviction_category: '',
      },
      { lift_reason: 'Lifted', us_citizen: 0, citizenship: '', aor: '', conviction_category: '' },
      {
        lift_reason: 'United States Citizen Interviewed',
        us_citizen: 1,
        citizenship: '',
        aor: '',
        conviction_category: '',
      },
    ]);
  });
});
