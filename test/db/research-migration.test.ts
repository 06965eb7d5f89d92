/** Migration 0004 reshapes the research tables for bulk loading and keeps every row already imported. */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertBareReleases } from '../support/bare-releases.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

describeEachEngine('migration 0004 (research tables for bulk loading)', ({ database }) => {
  beforeAll(async () => {
    await migrateUpTo(database(), '0003-research');
    const { db } = database();
    await db
      .insertInto('research_releases')
      .values({
        id: 'before-0004',
        dataset: 'npr',
        source_file: 'synthetic.csv',
        sha256: '0'.repeat(64),
        imported_at: '2026-01-01T00:00:00.000Z',
        rows_read: 2,
        rows_loaded: 2,
        rows_rejected: 0,
        report: '{}',
      } as never)
      .execute();
    const facility = await db
      .insertInto('research_facilities')
      .values({ name: 'SYNTHETIC JAIL', city: 'NORRISTOWN', state: 'PA', county_fips: '42091' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const record = { release_id: 'before-0004', facility_id: Number(facility.id), state: 'PA', county_fips: '42091' };
    await db
      .insertInto('research_detainers')
      .values([
        {
          ...record,
          line: 2,
          prepared_date: '2013-04-02',
          form: null,
          lift_reason: 'Lifted',
          outcome: 'lifted-by-ice',
          likely_duplicate: 0,
          extra: null,
        },
        {
          ...record,
          line: 3,
          prepared_date: '2014-06-30',
          form: 'I-247',
          lift_reason: null,
          outcome: 'pending',
          likely_duplicate: 1,
          extra: '{"k":"v"}',
        },
        {
          ...record,
          line: 4,
          prepared_date: '2014-07-01',
          form: null,
          lift_reason: 'Lifted',
          outcome: 'lifted-by-ice',
          likely_duplicate: 0,
          extra: null,
        },
      ] as never)
      .execute();
    await db
      .insertInto('research_rollup_monthly')
      .values([
        {
          release_id: 'before-0004',
          month: '2013-04',
          state: 'PA',
          county_fips: '42091',
          facility_id: Number(facility.id),
          form: '',
          lift_reason: 'Lifted',
          outcome: 'lifted-by-ice',
          count: 1,
        },
        {
          release_id: 'before-0004',
          month: '2014-06',
          state: 'PA',
          county_fips: '42091',
          facility_id: Number(facility.id),
          form: 'I-247',
          lift_reason: '',
          outcome: 'pending',
          count: 1,
        },
      ])
      .execute();
    // Every migration from 0004 on (later ones of other tables included).
    expect(await migrateToLatest(database())).toEqual(
      EVERY_MIGRATION.slice(EVERY_MIGRATION.indexOf('0004-research-bulk-load')),
    );
  });

  it('keeps the records and the rollup imported before it', async () => {
    const { db } = database();
    const records = await db.selectFrom('research_records').selectAll().orderBy('line').execute();
    expect(records.map((r) => [r.line, r.prepared_date, r.form, r.outcome, Boolean(r.likely_duplicate)])).toEqual([
      [2, '2013-04-02', null, 'lifted-by-ice', false],
      [3, '2014-06-30', 'I-247', 'pending', true],
      [4, '2014-07-01', null, 'lifted-by-ice', false],
    ]);
    expect(records[1]!.extra).toEqual(database().engine === 'postgres' ? { k: 'v' } : '{"k":"v"}');
    const release = await db.selectFrom('research_releases').select(['id', 'key']).execute();
    expect(release.map((r) => [r.id, Number(r.key)])).toEqual([['before-0004', 1]]);
    expect(records.map((r) => Number(r.release_key))).toEqual([1, 1, 1]);
    const rollup = await db.selectFrom('research_rollup_monthly').select(['month', 'count']).orderBy('month').execute();
    expect(rollup.map((r) => [r.month, Number(r.count)])).toEqual([
      ['2013-04', 1],
      ['2014-06', 1],
    ]);
    // 0018 (and 0021) fill the narrower rollups of releases imported before them from the monthly rollup.
    const byFacility = await db
      .selectFrom('research_rollup_facility_month')
      .select(['month', 'facility_id', 'state', 'release_id', 'count', 'reissues'])
      .orderBy('month')
      .execute();
    const facility = Number((await db.selectFrom('research_facilities').select('id').executeTakeFirstOrThrow()).id);
    expect(
      byFacility.map((r) => [
        r.month,
        Number(r.facility_id),
        r.state,
        r.release_id,
        Number(r.count),
        Number(r.reissues),
      ]),
    ).toEqual([
      ['2013-04', facility, 'PA', 'before-0004', 1, 0],
      ['2014-06', facility, 'PA', 'before-0004', 1, 0],
    ]);
    const byPlace = await db
      .selectFrom('research_rollup_outcome_state')
      .select(['outcome', 'state', 'lift_reason', 'month', 'release_id', 'count'])
      .orderBy('outcome')
      .execute();
    expect(byPlace.map((r) => [r.outcome, r.state, r.lift_reason, r.month, r.release_id, Number(r.count)])).toEqual([
      ['lifted-by-ice', 'PA', 'Lifted', '2013-04', 'before-0004', 1],
      ['pending', 'PA', '', '2014-06', 'before-0004', 1],
    ]);
  });

  it('keeps each distinct profile of a release once (0005), records naming theirs', async () => {
    const { db } = database();
    const profiles = await db.selectFrom('research_profiles').selectAll().execute();
    expect(profiles.map((p) => [p.form, p.lift_reason, p.outcome, p.county_fips]).sort()).toEqual(
      [
        ['I-247', null, 'pending', '42091'],
        [null, 'Lifted', 'lifted-by-ice', '42091'],
      ].sort(),
    );
    expect(profiles.map((p) => Number(p.id)).sort()).toEqual([0, 1]);
    const records = await db.selectFrom('research_detainers').select(['line', 'profile']).orderBy('line').execute();
    const [two, three, four] = records.map((r) => Number(r.profile));
    expect(two).toBe(four);
    expect(three).not.toBe(two);
  });

  it('drops the prepared-date index and keeps an index a release can be found by', async () => {
    const names =
      database().engine === 'sqlite'
        ? (
            await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index' and tbl_name like 'research_%'`.execute(
              database().db,
            )
          ).rows
        : (
            await sql<{
              name: string;
            }>`select indexname as name from pg_indexes where tablename like 'research_%'`.execute(database().db)
          ).rows;
    const indexes = names.map((n) => n.name);
    expect(indexes).not.toContain('research_detainers_date');
    // The rollup's index by place went with its table (0023: the cells, keyed by release and profile).
    expect(indexes).not.toContain('research_rollup_by_place');
    if (database().engine === 'postgres') expect(indexes).toContain('research_detainers_release');
  });

  it('keeps the monthly rollup as cells keyed by release, profile, month and what followed (0023), read through a view', async () => {
    const { db, engine } = database();
    const kind =
      engine === 'postgres'
        ? sql<{
            kind: string;
          }>`select table_type as kind from information_schema.tables where table_name = 'research_rollup_monthly'`
        : sql<{ kind: string }>`select type as kind from sqlite_master where name = 'research_rollup_monthly'`;
    expect((await kind.execute(db)).rows.map((r) => r.kind)).toEqual([engine === 'postgres' ? 'VIEW' : 'view']);
    const key =
      engine === 'postgres'
        ? sql<{ def: string }>`select indexdef as def from pg_indexes where indexname = 'research_rollup_cells_key'`
        : sql<{ def: string }>`select sql as def from sqlite_master where name = 'research_rollup_cells'`;
    expect((await key.execute(db)).rows.map((r) => r.def.replace(/"/g, ''))).toEqual([
      expect.stringMatching(/\(release_key, profile, month, followed\)/),
    ]);
  });
});

describeEachEngine('migration 0022 (the outcome-by-state rollup by lift reason)', ({ database }) => {
  it('rebuilds the rollup from the monthly rollup, a row per state, outcome, lift reason, month and release', async () => {
    await migrateUpTo(database(), '0021-research-facility-month-places');
    const { db } = database();
    await insertBareReleases(db, [
      ['older', 1],
      ['newer', 2],
    ]);
    const cell = (
      release: string,
      month: string,
      state: string,
      facility: number,
      reason: string,
      outcome: string,
    ) => ({
      release_id: release,
      month,
      state,
      county_fips: '',
      facility_id: facility,
      form: '',
      lift_reason: reason,
      outcome,
      count: 1 + facility,
    });
    const cells = [
      // Two facilities' cells of one reason add up; two reasons of one outcome stay apart.
      cell('older', '2014-01', 'PA', 1, 'Lifted', 'lifted-by-ice'),
      cell('older', '2014-01', 'PA', 2, 'Lifted', 'lifted-by-ice'),
      cell('older', '2014-01', 'PA', 1, 'Case Closed', 'lifted-by-ice'),
      cell('older', '2014-01', 'PA', 0, '', 'pending'),
      cell('older', '2014-02', 'TX', 3, 'Detainer Declined by LEA', 'declined-by-agency'),
      cell('newer', '2014-01', 'PA', 1, 'Lifted', 'lifted-by-ice'),
      cell('newer', '2014-01', '', 0, 'Duplicate', 'reissued'),
    ];
    await db.insertInto('research_rollup_monthly').values(cells).execute();
    // The rows 0018 left (by outcome, state and month), to be replaced.
    await sql`insert into research_rollup_outcome_state (outcome, state, month, release_id, count)
      select outcome, state, month, release_id, sum(count) from research_rollup_monthly
      group by outcome, state, month, release_id`.execute(db);

    expect(await migrateToLatest(database())).toEqual(
      EVERY_MIGRATION.slice(EVERY_MIGRATION.indexOf('0022-research-outcome-state-lift-reason')),
    );
    const rows = await db.selectFrom('research_rollup_outcome_state').selectAll().execute();
    expect(rows.map((r) => [r.state, r.outcome, r.lift_reason, r.month, r.release_id, Number(r.count)]).sort()).toEqual(
      [
        ['PA', 'lifted-by-ice', 'Lifted', '2014-01', 'older', 2 + 3],
        ['PA', 'lifted-by-ice', 'Case Closed', '2014-01', 'older', 2],
        ['PA', 'pending', '', '2014-01', 'older', 1],
        ['TX', 'declined-by-agency', 'Detainer Declined by LEA', '2014-02', 'older', 4],
        ['PA', 'lifted-by-ice', 'Lifted', '2014-01', 'newer', 2],
        ['', 'reissued', 'Duplicate', '2014-01', 'newer', 1],
      ].sort(),
    );
    // Keyed by state first: one state's rows are a run of the key.
    const key =
      database().engine === 'postgres'
        ? sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint
            where conname = 'research_rollup_outcome_state_key'`
        : sql<{ def: string }>`select sql as def from sqlite_master where name = 'research_rollup_outcome_state'`;
    const [definition] = (await key.execute(db)).rows;
    expect(definition!.def.replace(/\s+/g, ' ').toLowerCase()).toContain(
      'primary key (state, outcome, lift_reason, month, release_id)',
    );
    // And by outcome and month, for the re-issues every answer counts and questions naming no state.
    const index =
      database().engine === 'postgres'
        ? sql<{ def: string }>`select indexdef as def from pg_indexes
            where indexname = 'research_rollup_outcome_state_by_outcome'`
        : sql<{ def: string }>`select sql as def from sqlite_master
            where name = 'research_rollup_outcome_state_by_outcome'`;
    const [byOutcome] = (await index.execute(db)).rows;
    expect(byOutcome!.def.replace(/"/g, '').toLowerCase()).toMatch(
      /on (public\.)?research_rollup_outcome_state .*\(outcome, month\)/,
    );
  });
});
