import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { EVERY_MIGRATION } from '../support/migrations.js';
import { insertResearchRecords } from '../support/research-records.js';

describeEachEngine("migration 0016 (each research release's time coverage)", ({ database }) => {
  it('fills the first and last prepare date of the releases imported before from their records', async () => {
    await migrateUpTo(database(), '0015-research-what-followed');
    const { db } = database();
    const release = (id: string, key: number) =>
      sql`insert into research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read, rows_loaded,
        rows_rejected, report) values (${id}, ${key}, 'npr', 'file.csv', ${'0'.repeat(64)}, ${'2026-01-02T03:04:05.000Z'},
        3, 3, 0, ${'{}'})`.execute(db);
    await release('older', 1);
    await release('empty', 2);
    const record = (line: number, prepared_date: string) => ({
      line,
      prepared_date,
      facility_id: null,
      state: 'PA',
      county_fips: null,
      form: null,
      lift_reason: null,
      outcome: 'pending',
      likely_duplicate: 0,
      extra: null,
    });
    await insertResearchRecords(db, [record(2, '2013-05-06'), record(3, '2009-12-31'), record(4, '2015-07-18')], 1);

    // 0016 and every later migration.
    expect(await migrateToLatest(database())).toEqual(
      EVERY_MIGRATION.slice(EVERY_MIGRATION.indexOf('0016-research-release-coverage')),
    );
    const rows = await db
      .selectFrom('research_releases')
      .select(['id', 'first_prepared_date', 'last_prepared_date'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'empty', first_prepared_date: null, last_prepared_date: null },
      { id: 'older', first_prepared_date: '2009-12-31', last_prepared_date: '2015-07-18' },
    ]);
  });
});
