/**
 * Facilities as stable identities, the pure parts: the reader keeps each (code, spelling) of a
 * release apart, the report counts a stored facility once whatever its spellings, and a facility
 * reference list is read by its header. SYNTHETIC names and codes.
 */
import { describe, expect, it } from 'vitest';
import { otherSpellings, readFacilityReference } from './facility-reference.js';
import { facilitiesQuality } from './import-report.js';
import { ReleaseReader, type ReleaseEnd, type ReleaseMessage } from './release-reader.js';
import type { ResearchGazetteer, SourceRow } from './research-record.js';

const gazetteer: ResearchGazetteer = {
  stateCode: (s) => ({ PA: 'PA', PENNSYLVANIA: 'PA', TX: 'TX', PR: 'PR' })[s.trim().toUpperCase()] ?? null,
  countyFips: (city, state) => (city === 'NORRISTOWN' && state === 'PA' ? '42091' : null),
};

describe('the release reader: facilities by code and spelling', () => {
  it('gives each (code, name, city, state) of a release one entry, with its code', () => {
    const header = [
      'Detainer_Prepare_Date',
      'Detention Facility',
      'Detention Facility Code',
      'Facility City',
      'Facility State',
    ];
    const rows: SourceRow[] = [
      { line: 1, cells: header },
      { line: 2, cells: ['2024-01-05', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'] },
      { line: 3, cells: ['2024-01-06', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'] },
      { line: 4, cells: ['2024-01-07', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'] },
      { line: 5, cells: ['2024-01-08', 'SYNTHETIC COUNTY JAIL', '', 'NORRISTOWN', 'PA'] },
      { line: 6, cells: ['2024-01-09', 'SYNTHETIC UNLISTED', 'SYNX', '', ''] },
    ];
    const reader = new ReleaseReader('ddp', gazetteer);
    const messages: ReleaseMessage[] = [...reader.read(rows), ...reader.finish()];
    const facilities = messages.flatMap((m) => m.added.facilities);
    expect(facilities).toEqual([
      { code: 'SYNJAILPA', name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA' },
      { code: 'SYNJAILPA', name: 'SYNTHETIC CNTY JAIL', city: 'NORRISTOWN', state: 'PA' },
      { code: null, name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA' },
      { code: 'SYNX', name: 'SYNTHETIC UNLISTED', city: null, state: null },
    ]);
    const end = messages.at(-1) as ReleaseEnd;
    expect(end.facilityRows).toEqual([2, 1, 1, 1]);
  });
});

describe('the report: facilities as stored', () => {
  const placed = (id: number, code: string | null, name: string, countyFips: string | null, rows: number) => ({
    id,
    code,
    name,
    city: countyFips ? 'NORRISTOWN' : null,
    state: countyFips ? 'PA' : null,
    countyFips,
    rows,
  });

  it('counts the spellings of one stored facility once, its rows added up, and lists those without a county', () => {
    expect(
      facilitiesQuality([
        placed(1, 'SYNJAILPA', 'SYNTHETIC COUNTY JAIL', '42091', 2),
        placed(1, 'SYNJAILPA', 'SYNTHETIC CNTY JAIL', '42091', 1),
        placed(1, null, 'SYNTHETIC COUNTY JAIL', '42091', 1),
        placed(2, 'SYNB', 'SYNTHETIC B', null, 1),
        placed(3, 'SYNA', 'SYNTHETIC A', null, 2),
        placed(3, 'SYNA', 'SYNTHETIC A JAIL', null, 3),
        placed(4, null, 'SYNTHETIC C', null, 1),
      ]),
    ).toEqual({
      total: 4,
      mappedToCounty: 1,
      rowsWithoutCounty: 7,
      unmapped: [
        { code: 'SYNA', name: 'SYNTHETIC A', city: null, state: null, rows: 5 },
        { code: 'SYNB', name: 'SYNTHETIC B', city: null, state: null, rows: 1 },
        { code: null, name: 'SYNTHETIC C', city: null, state: null, rows: 1 },
      ],
      unmappedCapped: false,
    });
  });
});

describe('a facility reference list', () => {
  const read = (...lines: string[][]) => readFacilityReference({ fileName: 'list.txt', rows: lines }, gazetteer);
  const DDP = [
    'detention_facility_code',
    'detention_facility_name',
    'latitude',
    'longitude',
    'address',
    'city',
    'state',
  ];

  it("reads the Deportation Data Project's columns by header, the county from the city where none is given", () => {
    const result = read(
      DDP,
      ['SYNJAILPA', 'SYNTHETIC COUNTY JAIL', '40.1', '-75.3', '1 SYNTHETIC RD', 'NORRISTOWN', 'Pennsylvania'],
      ['', '', '', '', '', '', ''],
      ['', 'SYNTHETIC PLACEHOLDER', '', '', '', 'NOWHERE', 'TX'],
      ['SYNTX', 'SYNTHETIC TX', '', '', '', 'NOWHERE', 'TX'],
      ['SYNNA', 'SYNTHETIC NA', '', '', '', 'NA', 'NA'],
    );
    expect(result).toEqual({
      ok: true,
      value: {
        entries: [
          { code: 'SYNJAILPA', name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA', countyFips: '42091' },
          { code: 'SYNTX', name: 'SYNTHETIC TX', city: 'NOWHERE', state: 'TX', countyFips: null },
          { code: 'SYNNA', name: 'SYNTHETIC NA', city: null, state: null, countyFips: null },
        ],
        withoutCode: 1,
      },
    });
  });

  it('takes a county FIPS column as given (not a county name column), a leading zero restored', () => {
    const result = read(
      ['Code', 'Name', 'City', 'County', 'County FIPS', 'State'],
      ['SYNPR', 'SYNTHETIC PR', 'GUAYNABO', 'Guaynabo', '72061', 'PR'],
      ['SYNAL', 'SYNTHETIC AL', 'PRATTVILLE', 'Autauga County', '1001', 'PA'],
    );
    expect(result.ok && result.value.entries).toMatchObject([
      { state: 'PR', countyFips: '72061' },
      { state: 'PA', countyFips: '01001' },
    ]);
  });

  it('refuses a list naming the line and column of the first problem', () => {
    const message = (result: ReturnType<typeof read>) => (result.ok ? null : result.error.message);
    expect(message(read(['facility', 'city', 'state']))).toBe(
      'file: list.txt: the header has no code column (columns by header: code, name, city, state[, county_fips])',
    );
    expect(message(read(DDP, ['A', 'X', '', '', '', 'C', 'PA'], ['A', 'Y', '', '', '', 'C', 'PA']))).toBe(
      'file: list.txt: line 3: code A is listed again (first on line 2)',
    );
    expect(message(read(DDP, ['A', 'X', '', '', '', 'C', 'ATLANTIS']))).toBe(
      'file: list.txt: line 2: state "ATLANTIS" is not a U.S. state or territory',
    );
    expect(message(read([...DDP, 'county_fips'], ['A', 'X', '', '', '', 'C', 'PA', '420']))).toBe(
      'file: list.txt: line 2: county FIPS "420" is not 5 digits',
    );
    expect(message(read())).toBe('file: list.txt: empty file: the first line must be the header');
  });
});

describe('the spellings shown beside a facility', () => {
  const spelling = (name: string, city: string | null, state: string | null, release: string) => ({
    name,
    city,
    state,
    firstRelease: release,
    lastRelease: release,
  });
  const facility = { name: 'SYNTHETIC CNTY JAIL', city: 'NORRISTOWN', state: 'PA' };

  it('lists each other name once, and the name itself only where a release placed it elsewhere', () => {
    const names = [
      spelling('SYNTHETIC COUNTY JAIL', 'NORRISTOWN', 'PA', 'first'),
      spelling('SYNTHETIC CNTY JAIL', 'NORRISTOWN', 'PA', 'later'),
      spelling('SYNTHETIC COUNTY JAIL', null, null, 'trac'),
      spelling('SYNTHETIC CNTY JAIL', null, null, 'trac'),
      spelling('SYNTHETIC CNTY JAIL', 'CONROE', 'TX', 'odd'),
      spelling('SYNTHETIC CNTY JAIL', 'CONROE', 'TX', 'odd2'),
      spelling('SYN CO JAIL', null, null, 'trac'),
    ];
    expect(otherSpellings({ ...facility, names }).map((n) => [n.name, n.state, n.firstRelease])).toEqual([
      ['SYNTHETIC COUNTY JAIL', 'PA', 'first'],
      ['SYNTHETIC CNTY JAIL', 'TX', 'odd'],
      ['SYN CO JAIL', null, 'trac'],
    ]);
    expect(otherSpellings({ ...facility, names: [names[1]!, names[3]!] })).toEqual([]);
  });
});
