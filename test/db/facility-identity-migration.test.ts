import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertResearchRecords } from '../support/research-records.js';

describeEachEngine('migration 0020 (research facilities as stable identities)', ({ database }) => {
  it('keeps the facilities and their ids, gives each its spelling with the releases naming it, and keys codes', async () => {
    await migrateUpTo(database(), '0016-research-release-coverage');
    const { db } = database();
    const release = (id: string, key: number) =>
      sql`insert into research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read, rows_loaded,
        rows_rejected, report) values (${id}, ${key}, 'npr', 'file.csv', ${'0'.repeat(64)}, ${'2026-01-02T03:04:05.000Z'},
        1, 1, 0, ${'{}'})`.execute(db);
    await release('older', 1);
    await release('newer', 2);
    for (const [id, city] of [
      [5, 'NORRISTOWN'],
      [9, null],
    ] as const) {
      await sql`insert into research_facilities (id, name, city, state, county_fips)
        values (${id}, 'SYNTHETIC JAIL', ${city}, 'PA', ${city ? '42091' : null})`.execute(db);
    }
    const record = (line: number) => ({
      line,
      prepared_date: '2014-01-02',
      facility_id: 5,
      state: 'PA',
      county_fips: '42091',
      form: null,
      lift_reason: null,
      outcome: 'pending',
      likely_duplicate: 0,
      extra: null,
    });
    await insertResearchRecords(db, [record(2)], 1);
    await insertResearchRecords(db, [record(2)], 2);

    expect(await migrateToLatest(database())).toContain('0020-research-facility-identity');
    const facilities = await db
      .selectFrom('research_facilities')
      .select(['id', 'code', 'name', 'city', 'state', 'county_fips'])
      .orderBy('id')
      .execute();
    expect(facilities.map((f) => ({ ...f, id: Number(f.id) }))).toEqual([
      { id: 5, code: null, name: 'SYNTHETIC JAIL', city: 'NORRISTOWN', state: 'PA', county_fips: '42091' },
      { id: 9, code: null, name: 'SYNTHETIC JAIL', city: null, state: 'PA', county_fips: null },
    ]);
    const names = await db.selectFrom('research_facility_names').selectAll().orderBy('facility_id').execute();
    expect(names.map((n) => ({ ...n, facility_id: Number(n.facility_id) }))).toEqual([
      {
        facility_id: 5,
        name: 'SYNTHETIC JAIL',
        city: 'NORRISTOWN',
        state: 'PA',
        first_release: 'older',
        last_release: 'newer',
      },
      { facility_id: 9, name: 'SYNTHETIC JAIL', city: null, state: 'PA', first_release: null, last_release: null },
    ]);

    // A code is one facility's; (name, city, state) is no longer unique.
    const insert = (code: string | null) =>
      db
        .insertInto('research_facilities')
        .values({ name: 'SYNTHETIC JAIL', city: 'NORRISTOWN', state: 'PA', county_fips: null, code })
        .returning('id')
        .executeTakeFirstOrThrow();
    const a = Number((await insert('SYNA')).id);
    expect([5, 9]).not.toContain(a);
    await insert('SYNB');
    await expect(insert('SYNA')).rejects.toThrow();
  });
});
