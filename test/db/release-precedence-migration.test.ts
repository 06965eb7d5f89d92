import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertResearchRecords } from '../support/research-records.js';

describeEachEngine("migration 0017 (releases' as-of dates, the outcome table of every era)", ({ database }) => {
  it('fills as_of with the last prepare date and brings the stored outcomes to the table', async () => {
    await migrateUpTo(database(), '0016-research-release-coverage');
    const { db } = database();
    const release = (id: string, key: number, first: string | null, last: string | null) =>
      sql`insert into research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read, rows_loaded,
        rows_rejected, report, first_prepared_date, last_prepared_date) values (${id}, ${key}, 'ddp', 'file.csv',
        ${'0'.repeat(64)}, ${'2026-01-02T03:04:05.000Z'}, 3, 3, 0, ${'{}'}, ${first}, ${last})`.execute(db);
    await release('older', 1, '2024-01-05', '2024-03-20');
    await release('empty', 2, null, null);
    const record = (line: number, lift_reason: string | null, outcome: string) => ({
      line,
      prepared_date: '2024-02-01',
      facility_id: null,
      state: 'TX',
      county_fips: null,
      form: null,
      lift_reason,
      outcome,
      likely_duplicate: 0,
      extra: null,
    });
    await insertResearchRecords(
      db,
      [
        record(2, 'Duplicate', 'other'),
        record(3, 'SUPERSEDING - NEW FORM ISSUED', 'other'),
        record(4, 'No Longer in State, Local, or Federal Custody', 'other'),
        record(5, 'Booked into Detention', 'transferred-to-ice'),
        record(6, 'Something Else', 'other'),
        record(7, null, 'pending'),
      ],
      1,
    );
    const cell = (lift_reason: string, outcome: string, count: number) => ({
      release_id: 'older',
      month: '2024-02',
      state: 'TX',
      county_fips: '',
      facility_id: 0,
      form: '',
      lift_reason,
      outcome,
      count,
    });
    await db
      .insertInto('research_rollup_monthly')
      .values([
        cell('Duplicate', 'other', 1),
        cell('SUPERSEDING - NEW FORM ISSUED', 'other', 1),
        cell('No Longer in State, Local, or Federal Custody', 'other', 1),
        cell('Booked into Detention', 'transferred-to-ice', 1),
        cell('Something Else', 'other', 1),
        cell('', 'pending', 1),
      ])
      .execute();

    expect((await migrateToLatest(database()))[0]).toBe('0017-research-release-precedence');
    const releases = await db.selectFrom('research_releases').select(['id', 'as_of']).orderBy('id').execute();
    expect(releases).toEqual([
      { id: 'empty', as_of: null },
      { id: 'older', as_of: '2024-03-20' },
    ]);
    const profiles = await db
      .selectFrom('research_profiles')
      .select(['lift_reason', 'outcome'])
      .orderBy('lift_reason')
      .execute();
    const expected = [
      { lift_reason: 'Booked into Detention', outcome: 'transferred-to-ice' },
      { lift_reason: 'Duplicate', outcome: 'reissued' },
      { lift_reason: 'No Longer in State, Local, or Federal Custody', outcome: 'released' },
      { lift_reason: 'SUPERSEDING - NEW FORM ISSUED', outcome: 'reissued' },
      { lift_reason: 'Something Else', outcome: 'other' },
    ];
    expect(profiles.filter((p) => p.lift_reason !== null)).toEqual(expected);
    expect(profiles.find((p) => p.lift_reason === null)?.outcome).toBe('pending');
    const cells = await db
      .selectFrom('research_rollup_monthly')
      .select(['lift_reason', 'outcome'])
      .where('lift_reason', '<>', '')
      .orderBy('lift_reason')
      .execute();
    expect(cells).toEqual(expected);
  });
});
