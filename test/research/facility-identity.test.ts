/**
 * Facilities as stable identities (issue 14, point 6), through the CLI's import, `facilities
 * reference` and `facilities list`, and the statistics API, on both engines. SYNTHETIC rows in a
 * Deportation Data Project release's layout (with `Detention Facility Code`) and a TRAC-like layout
 * (codes, no facility city or state), and a synthetic reference list in the Deportation Data
 * Project's facility-locations layout (tab-delimited); no real release or list is copied here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FacilitiesQuality } from '../../src/core/research/import-report.js';
import type { ResearchFacilityListing } from '../../src/core/research/facility-reference.js';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { CODED_FACILITY_HEADER, codedFacilityCsv } from './coded-facility-csv.js';

const TRAC_HEADER = ['Detainer Prepare Date', 'Detainer Lift Reason', 'Detention Facility', 'Detention Facility Code'];
const BOOKED = 'Booked into Detention';
const times = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => row);
const csv = (header: readonly string[], rows: string[][]) => codedFacilityCsv(rows, header);

/** The first release: one coded jail in Norristown, PA (county 42091), one in Brooklyn (36047). */
const FIRST = [
  ...times(3, ['2024-01-05', BOOKED, 'I-247A', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA']),
  ['2024-01-06', BOOKED, 'I-247A', 'SYNTHETIC MDC', 'SYNMDCNY', 'BROOKLYN', 'NEW YORK'],
];
/** TRAC-like: codes, no city or state; the first jail spelled another way. */
const TRAC = [
  ...times(4, ['2019-02-01', BOOKED, 'SYN CO JAIL', 'SYNJAILPA']),
  ...times(2, ['2019-02-02', BOOKED, 'SYNTHETIC LATER JAIL', 'SYNLATER']),
  ...times(2, ['2019-02-03', BOOKED, 'SYNTHETIC REFERENCE DETENTION', 'SYNREFTX']),
  ['2019-02-04', BOOKED, 'SYNTHETIC UNLISTED JAIL', 'SYNNOWHERE'],
];
/** A later release: the first jail spelled a third way; the later jail placed in Doylestown, PA (42017). */
const LATER = [
  ...times(2, ['2025-03-05', BOOKED, 'I-247A', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA']),
  ['2025-03-06', BOOKED, 'I-247A', 'SYNTHETIC LATER JAIL', 'SYNLATER', 'DOYLESTOWN', 'PA'],
];
/** The reference, in DDP's facility-locations columns: Conroe, TX is in Montgomery County (48339). */
const REFERENCE = [
  'detention_facility_code\tdetention_facility_name\tlatitude\tlongitude\taddress\tcity\tstate\tuncertainty',
  'SYNREFTX\tSYNTHETIC REFERENCE DETENTION\t30.3\t-95.5\t1 SYNTHETIC RD\tCONROE\tTX\t0',
  'SYNREFPR\tSYNTHETIC PR DETENTION\t18.4\t-66.1\t2 SYNTHETIC RD\tGUAYNABO\tPR\t0',
  'SYNJAILPA\tSYNTHETIC COUNTY JAIL\t40.1\t-75.3\t3 SYNTHETIC RD\tNORRISTOWN\tPA\t0',
].join('\n');

describeEachEngine('facilities as stable identities', ({ engine }) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;
  let reopen: () => DatabaseHandle;
  let handle: DatabaseHandle;
  let t: TestApp;
  const reports: Record<string, { facilities: FacilitiesQuality }> = {};

  const importFile = async (file: string, release: string) => {
    const run = await cli(['import', 'ddp', join(dir, file), '--release', release, '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    reports[release] = JSON.parse(run.stdout) as { facilities: FacilitiesQuality };
  };
  const list = async (...args: string[]) => {
    const run = await cli(['facilities', 'list', ...args, '--json'], env);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as ResearchFacilityListing[];
  };
  const stats = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/stats/detainers?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      rows: Record<string, unknown>[];
      facilities: { id: number; code: string | null; name: string; names: { name: string; firstRelease: string }[] }[];
    };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-facility-identity-'));
    writeFileSync(join(dir, 'first.csv'), csv(CODED_FACILITY_HEADER, FIRST));
    writeFileSync(join(dir, 'trac.csv'), csv(TRAC_HEADER, TRAC));
    writeFileSync(join(dir, 'later.csv'), csv(CODED_FACILITY_HEADER, LATER));
    writeFileSync(join(dir, 'reference.txt'), `${REFERENCE}\n`);
    writeFileSync(join(dir, 'bad-reference.txt'), 'facility\tcity\tstate\nX\tCONROE\tTX\n');
    if (engine === 'sqlite') {
      const path = join(dir, 'desk.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      cleanup = async () => {};
      reopen = () => openDatabase({ engine: 'sqlite', path });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      cleanup = () => database.dispose();
      reopen = () => openDatabase({ engine: 'postgres', url: database.url });
    }
    await importFile('first.csv', 'first');
    await importFile('trac.csv', 'trac');
    handle = reopen();
    t = await buildTestApp(handle, { demo: false });
  });
  afterAll(async () => {
    await t?.app.close();
    await handle?.close();
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a coded facility by its code in a release without a place, and places it from the earlier release', async () => {
    const facilities = await list();
    const jail = facilities.find((f) => f.code === 'SYNJAILPA')!;
    expect(jail).toMatchObject({ name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA', countyFips: '42091' });
    expect(jail).toMatchObject({ rows: 7, releases: 2 });
    expect(jail.names.map((n) => [n.name, n.city, n.state, n.firstRelease, n.lastRelease])).toEqual([
      ['SYNTHETIC COUNTY JAIL', 'NORRISTOWN', 'PA', 'first', 'first'],
      ['SYN CO JAIL', null, null, 'trac', 'trac'],
    ]);
    expect(facilities.map((f) => f.code).sort()).toEqual([
      'SYNJAILPA',
      'SYNLATER',
      'SYNMDCNY',
      'SYNNOWHERE',
      'SYNREFTX',
    ]);
    expect(facilities.find((f) => f.code === 'SYNMDCNY')?.countyFips).toBe('36047');

    // The TRAC-like release's report counts the placed jail as mapped and lists the rest with their codes.
    expect(reports['trac']!.facilities).toEqual({
      total: 4,
      mappedToCounty: 1,
      rowsWithoutCounty: 5,
      unmapped: [
        { code: 'SYNLATER', name: 'SYNTHETIC LATER JAIL', city: null, state: null, rows: 2 },
        { code: 'SYNREFTX', name: 'SYNTHETIC REFERENCE DETENTION', city: null, state: null, rows: 2 },
        { code: 'SYNNOWHERE', name: 'SYNTHETIC UNLISTED JAIL', city: null, state: null, rows: 1 },
      ],
      unmappedCapped: false,
    });
    const byCounty = await stats('groupBy=state,county&release=trac');
    expect(byCounty.rows).toEqual([
      { state: 'PA', county: '42091', count: 4 },
      { state: null, county: null, count: 5 },
    ]);
  });

  it('keeps one facility with every spelling, and a later release places an earlier one', async () => {
    await importFile('later.csv', 'later');
    const facilities = await list();
    expect(facilities).toHaveLength(5);
    const jail = facilities.find((f) => f.code === 'SYNJAILPA')!;
    expect(jail.rows).toBe(9);
    expect(jail.names.map((n) => n.name)).toEqual(['SYNTHETIC COUNTY JAIL', 'SYN CO JAIL', 'SYNTHETIC CNTY JAIL']);
    expect((await cli(['facilities', 'list'], env)).stdout).toContain('SYN CO JAIL | SYNTHETIC CNTY JAIL');
    const later = facilities.find((f) => f.code === 'SYNLATER')!;
    expect(later).toMatchObject({ city: 'DOYLESTOWN', state: 'PA', countyFips: '42017', rows: 3, releases: 2 });

    // The API names the facility with its code and spellings.
    const answer = await stats('groupBy=facility&release=later');
    const named = answer.facilities.find((f) => f.code === 'SYNJAILPA')!;
    expect(named.names.map((n) => [n.name, n.firstRelease])).toEqual([
      ['SYNTHETIC COUNTY JAIL', 'first'],
      ['SYN CO JAIL', 'trac'],
      ['SYNTHETIC CNTY JAIL', 'later'],
    ]);
    expect(answer.rows).toContainEqual({ facility: named.id, count: 2 });

    // The earlier TRAC-like release's records now count in the later jail's county too (rollup and records).
    const byCounty = await stats('groupBy=state,county&release=trac');
    expect(byCounty.rows).toEqual([
      { state: 'PA', county: '42017', count: 2 },
      { state: 'PA', county: '42091', count: 4 },
      { state: null, county: null, count: 3 },
    ]);
    // By state and outcome (the outcome-by-state rollup, added up again when the jail learnt its state).
    expect((await stats('groupBy=state,outcome&release=trac')).rows.map((r) => [r.state, r.count])).toEqual([
      ['PA', 6],
      [null, 3],
    ]);
    // A county's records, counted within its state (the rollup's index leads with the state).
    expect((await stats('county=42091&release=trac')).rows).toEqual([{ count: 4 }]);
    expect((await stats('county=42017&groupBy=month&release=trac')).rows.map((r) => r.count)).toEqual([2]);
    const days = await stats('groupBy=county&release=trac&from=2019-02-02&to=2019-02-02');
    expect(days.rows).toEqual([{ county: '42017', count: 2 }]);
  });

  it('lists what stays unmapped across releases, and places it from the facility reference', async () => {
    expect((await list('--unmapped')).map((f) => [f.code, f.rows])).toEqual([
      ['SYNREFTX', 2],
      ['SYNNOWHERE', 1],
    ]);
    const text = await cli(['facilities', 'list', '--unmapped'], env);
    expect(text.stdout).toContain('SYNTHETIC REFERENCE DETENTION');
    expect(text.stdout).toContain('2 facilities without a county, 3 records');

    // A list without a code column changes nothing.
    const bad = await cli(['facilities', 'reference', join(dir, 'bad-reference.txt')], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-reference.txt: the header has no code column');

    const loaded = await cli(['facilities', 'reference', join(dir, 'reference.txt'), '--json'], env);
    expect(loaded.code).toBe(0);
    expect(JSON.parse(loaded.stdout)).toEqual({
      file: 'reference.txt',
      entries: 3,
      withoutCode: 0,
      withCounty: 3,
      withoutState: 0,
      facilitiesPlaced: 1,
    });
    expect((await list('--unmapped')).map((f) => f.code)).toEqual(['SYNNOWHERE']);
    const placed = (await list()).find((f) => f.code === 'SYNREFTX')!;
    expect(placed).toMatchObject({ city: 'CONROE', state: 'TX', countyFips: '48339' });
    const byCounty = await stats('groupBy=state,county&release=trac');
    expect(byCounty.rows).toEqual([
      { state: 'PA', county: '42017', count: 2 },
      { state: 'PA', county: '42091', count: 4 },
      { state: 'TX', county: '48339', count: 2 },
      { state: null, county: null, count: 1 },
    ]);
    expect((await stats('groupBy=state&release=trac')).rows).toEqual([
      { state: 'PA', count: 6 },
      { state: 'TX', count: 2 },
      { state: null, count: 1 },
    ]);
  });

  it("places a later release's new coded facility from the reference at import", async () => {
    writeFileSync(
      join(dir, 'pr.csv'),
      csv(TRAC_HEADER, [['2019-03-01', BOOKED, 'SYNTHETIC PR DETENTION', 'SYNREFPR']]),
    );
    await importFile('pr.csv', 'pr');
    expect(reports['pr']!.facilities).toMatchObject({ total: 1, mappedToCounty: 1, unmapped: [] });
    expect((await stats('groupBy=state,county&release=pr')).rows).toEqual([{ state: 'PR', county: '72061', count: 1 }]);
  });
});
