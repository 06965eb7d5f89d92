/** Migration 0015: what followed a declined detainer; releases imported before it have lost their person keys. */
import { beforeAll, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertResearchRecords } from '../support/research-records.js';

describeEachEngine('migration 0015 (what followed a declined detainer)', ({ database }) => {
  beforeAll(async () => {
    await migrateUpTo(database(), '0014-inbox-closed-last');
    const { db } = database();
    await db
      .insertInto('research_releases')
      .values({
        id: 'before-0015',
        key: 1,
        dataset: 'ddp',
        source_file: 'synthetic.csv',
        sha256: '0'.repeat(64),
        imported_at: '2026-01-01T00:00:00.000Z',
        rows_read: 2,
        rows_loaded: 2,
        rows_rejected: 0,
        report: '{}',
      })
      .execute();
    const place = {
      facility_id: null,
      state: 'PA',
      county_fips: '42017',
      form: null,
      likely_duplicate: 0,
      extra: null,
    };
    // Written as the tables were before 0015 (no followed column).
    await insertResearchRecords(
      db,
      [
        {
          ...place,
          line: 2,
          prepared_date: '2014-02-03',
          lift_reason: 'Detainer Declined by LEA',
          outcome: 'declined-by-agency',
        },
        { ...place, line: 3, prepared_date: '2014-02-04', lift_reason: 'Lifted', outcome: 'lifted-by-ice' },
      ].map(({ ...r }) => r),
      1,
      { withoutFollowed: true },
    );
    const cell = {
      release_id: 'before-0015',
      month: '2014-02',
      state: 'PA',
      county_fips: '42017',
      facility_id: 0,
      form: '',
      count: 1,
    };
    await db
      .insertInto('research_rollup_monthly')
      .values([
        { ...cell, lift_reason: 'Detainer Declined by LEA', outcome: 'declined-by-agency' },
        { ...cell, lift_reason: 'Lifted', outcome: 'lifted-by-ice' },
      ] as never)
      .execute();
    await migrateToLatest(database());
  });

  it('counts the declines of a release imported before it as untraceable, other records as not traced', async () => {
    const { db } = database();
    const rollup = await db
      .selectFrom('research_rollup_monthly')
      .select(['outcome', 'followed'])
      .orderBy('outcome')
      .execute();
    expect(rollup).toEqual([
      { outcome: 'declined-by-agency', followed: 'untraceable' },
      { outcome: 'lifted-by-ice', followed: '' },
    ]);
    const records = await db.selectFrom('research_records').select(['line', 'followed']).orderBy('line').execute();
    expect(records).toEqual([
      { line: 2, followed: 'untraceable' },
      { line: 3, followed: null },
    ]);
  });
});
