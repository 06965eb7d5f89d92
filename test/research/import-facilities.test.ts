/**
 * Facilities are shared by releases: an import finds the ones stored before (nulls matched as
 * nulls), stores the new ones in a few statements, and gives a county to one stored without.
 * SYNTHETIC NPR rows, written to a temp folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease, type ResearchImportDeps } from '../../src/core/research/import-release.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';

const HEADER = 'date,lift_reason,det_facility,city,state,detainer_type';
const row = (facility: string, city: string, state: string) =>
  `2013-01-05 00:00:00,Lifted,"${facility}",${city},${state},`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-facilities-'));
  // 700 facilities: more than one statement's worth; one named twice with other places, one without any.
  const first = Array.from({ length: 700 }, (_, i) => row(`SYNTHETIC JAIL ${i}`, 'NORRISTOWN', 'PENNSYLVANIA'));
  first.push(
    row('SYNTHETIC JAIL 0', 'DOYLESTOWN', 'PA'),
    row('SYNTHETIC JAIL 0', '', ''),
    row('NO PLACE JAIL', '', ''),
  );
  writeFileSync(join(dir, 'first.csv'), `${HEADER}\n${first.join('\n')}\n`);
  const second = [
    row('SYNTHETIC JAIL 0', '', ''),
    row('SYNTHETIC JAIL 5', 'NORRISTOWN', 'PA'),
    row('NEW JAIL', 'X', 'PA'),
  ];
  writeFileSync(join(dir, 'second.csv'), `${HEADER}\n${second.join('\n')}\n`);
  // An uncoded facility, then a release with its code (and a second spelling), then the second spelling uncoded.
  writeFileSync(join(dir, 'old.csv'), `${HEADER}\n${row('SYNTHETIC OLD JAIL', 'NORRISTOWN', 'PA')}\n`);
  const coded = (name: string) => `"2024-01-05","Lifted","${name}","SYNOLD","NORRISTOWN","PA"`;
  writeFileSync(
    join(dir, 'coded.csv'),
    `Detainer_Prepare_Date,Detainer_Lift_Reason,Detention Facility,Detention Facility Code,Facility City,Facility State\n` +
      `${coded('SYNTHETIC OLD JAIL')}\n${coded('SYNTHETIC OLD JAIL ANNEX')}\n`,
  );
  writeFileSync(join(dir, 'annex.csv'), `${HEADER}\n${row('SYNTHETIC OLD JAIL ANNEX', 'NORRISTOWN', 'PA')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine('facilities across imports', ({ database }) => {
  let deps: ResearchImportDeps;
  const clock = { now: () => new Date('2026-01-02T03:04:05Z') };
  const facilities = async () =>
    (
      await database()
        .db.selectFrom('research_facilities')
        .select(['id', 'name', 'city', 'state', 'county_fips'])
        .orderBy('id')
        .execute()
    ).map((f) => ({ ...f, id: Number(f.id) }));
  const idsOf = async (release: string) =>
    (
      await database()
        .db.selectFrom('research_records as d')
        .innerJoin('research_releases as r', 'r.key', 'd.release_key')
        .select('d.facility_id')
        .where('r.id', '=', release)
        .orderBy('d.line')
        .execute()
    ).map((d) => Number(d.facility_id));

  beforeAll(async () => {
    await migrateToLatest(database());
    deps = researchImportDeps(database(), clock);
  });

  it('stores each facility once, nulls as nulls, and finds them again in a later release', async () => {
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'first.csv'), release: 'first' });
    const stored = await facilities();
    expect(stored).toHaveLength(703);
    const id = (name: string, city: string | null, state: string | null) =>
      stored.find((f) => f.name === name && f.city === city && f.state === state)?.id;
    expect(await idsOf('first')).toEqual([
      ...Array.from({ length: 700 }, (_, i) => id(`SYNTHETIC JAIL ${i}`, 'NORRISTOWN', 'PA')),
      id('SYNTHETIC JAIL 0', 'DOYLESTOWN', 'PA'),
      id('SYNTHETIC JAIL 0', null, null),
      id('NO PLACE JAIL', null, null),
    ]);

    // A county lost since (an older gazetteer, say) comes back with the next import that finds it.
    const jail5 = id('SYNTHETIC JAIL 5', 'NORRISTOWN', 'PA')!;
    expect(stored.find((f) => f.id === jail5)?.county_fips).toBe('42091');
    await database().db.updateTable('research_facilities').set({ county_fips: null }).where('id', '=', jail5).execute();

    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'second.csv'), release: 'second' });
    const after = await facilities();
    expect(after).toHaveLength(704);
    expect(after.find((f) => f.id === jail5)?.county_fips).toBe('42091');
    const newJail = after.find((f) => f.name === 'NEW JAIL')!.id;
    expect(await idsOf('second')).toEqual([id('SYNTHETIC JAIL 0', null, null), jail5, newJail]);
  });

  it('gives an uncoded facility the code a later release spells it with, and finds it by any spelling after', async () => {
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'old.csv'), release: 'old' });
    const [old] = await idsOf('old');
    await importResearchRelease(deps, { dataset: 'ddp', path: join(dir, 'coded.csv'), release: 'coded' });
    expect(await idsOf('coded')).toEqual([old, old]);
    await importResearchRelease(deps, { dataset: 'npr', path: join(dir, 'annex.csv'), release: 'annex' });
    expect(await idsOf('annex')).toEqual([old]);
    const stored = (await facilities()).filter((f) => f.name.startsWith('SYNTHETIC OLD JAIL'));
    expect(stored).toEqual([
      { id: old, name: 'SYNTHETIC OLD JAIL', city: 'NORRISTOWN', state: 'PA', county_fips: '42091' },
    ]);
    const code = await database()
      .db.selectFrom('research_facilities')
      .select('code')
      .where('id', '=', old!)
      .executeTakeFirstOrThrow();
    expect(code.code).toBe('SYNOLD');
    const names = await database()
      .db.selectFrom('research_facility_names')
      .select(['name', 'first_release', 'last_release'])
      .where('facility_id', '=', old!)
      .orderBy('name')
      .execute();
    expect(names).toEqual([
      { name: 'SYNTHETIC OLD JAIL', first_release: 'old', last_release: 'coded' },
      { name: 'SYNTHETIC OLD JAIL ANNEX', first_release: 'coded', last_release: 'annex' },
    ]);
  });
});
