import { describe, expect, it } from 'vitest';
import type { DetainerStatsDto, RuleListDto } from '../types';
import {
  chooseRelease,
  fiscalPosition,
  fiscalYearsCovered,
  lawMarks,
  pivotByYear,
  toCsv,
  toJson,
  topFacilities,
  facilityWords,
  otherSpellings,
} from './statsData';

const rows = [
  { fiscalYear: 2014, outcome: 'released', count: 3 },
  { fiscalYear: 2014, outcome: 'transferred-to-ice', count: 10 },
  { fiscalYear: 2013, outcome: null, count: 2 },
  { fiscalYear: 2013, outcome: 'transferred-to-ice', count: 5 },
];

describe('the place charts as tables', () => {
  it('pivots fiscal years by a series in the order given, unknown last, with each year a total', () => {
    const table = pivotByYear(rows, 'outcome', ['transferred-to-ice', 'released']);
    expect(table.columns.map((c) => c.key)).toEqual([
      'fiscalYear',
      'transferred-to-ice',
      'released',
      'unknown',
      'total',
    ]);
    expect(table.rows).toEqual([
      { fiscalYear: 2013, 'transferred-to-ice': 5, released: 0, unknown: 2, total: 7 },
      { fiscalYear: 2014, 'transferred-to-ice': 10, released: 3, unknown: 0, total: 13 },
    ]);
  });

  it('writes CSV and JSON of exactly the table (labels given, values quoted when needed)', () => {
    const table = pivotByYear(rows, 'outcome', ['transferred-to-ice', 'released']);
    const csv = toCsv(table, (c) => (c.key === 'released' ? 'Released, "early"' : c.key));
    expect(csv).toBe(
      'fiscalYear,transferred-to-ice,"Released, ""early""",unknown,total\r\n2013,5,0,2,7\r\n2014,10,3,0,13\r\n',
    );
    expect(JSON.parse(toJson(table))).toEqual(table.rows);
  });

  it('ranks facilities by count with their names, at most the limit', () => {
    const answer = {
      rows: [
        { facility: 1, count: 4 },
        { facility: 2, count: 9 },
        { facility: null, count: 1 },
      ],
      facilities: [
        { id: 1, code: null, name: 'JAIL A', city: 'DUBLIN', state: 'CA', names: [], otherNames: [] },
        {
          id: 2,
          code: 'JAILBCA',
          name: 'JAIL B',
          city: null,
          state: 'CA',
          names: [
            { name: 'JAIL B', city: null, state: 'CA', firstRelease: 'r2', lastRelease: 'r3' },
            { name: 'JAIL  B.', city: null, state: 'CA', firstRelease: 'r1', lastRelease: null },
            { name: 'B JAIL', city: null, state: null, firstRelease: null, lastRelease: null },
          ],
          otherNames: [
            { name: 'JAIL  B.', city: null, state: 'CA', firstRelease: 'r1', lastRelease: null },
            { name: 'B JAIL', city: null, state: null, firstRelease: null, lastRelease: null },
          ],
        },
      ],
    } as unknown as DetainerStatsDto;
    expect(topFacilities(answer, 2).rows).toEqual([
      { facility: 'JAIL B', city: '', code: 'JAILBCA', alsoWritten: 'JAIL  B. (r1); B JAIL', count: 9 },
      { facility: 'JAIL A', city: 'DUBLIN', code: '', alsoWritten: '', count: 4 },
    ]);
    expect(topFacilities(answer, 2).columns.map((c) => c.key)).toEqual([
      'facility',
      'city',
      'code',
      'alsoWritten',
      'count',
    ]);
  });

  it('words a facility with its code, and its other spellings with the releases that wrote them', () => {
    const facility = {
      id: 1,
      code: 'SYNJAILPA',
      name: 'SYNTHETIC CNTY JAIL',
      city: 'NORRISTOWN',
      state: 'PA',
      names: [],
      otherNames: [
        { name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA', firstRelease: 'first', lastRelease: 'later' },
        { name: 'SYNTHETIC CNTY JAIL', city: 'CONROE', state: 'TX', firstRelease: 'odd', lastRelease: 'odd' },
        { name: 'SYN JAIL', city: null, state: null, firstRelease: null, lastRelease: null },
      ],
    };
    expect(facilityWords(facility)).toBe('SYNTHETIC CNTY JAIL, NORRISTOWN (SYNJAILPA)');
    expect(facilityWords({ ...facility, code: null, city: null })).toBe('SYNTHETIC CNTY JAIL');
    expect(otherSpellings(facility)).toEqual([
      'SYNTHETIC COUNTY JAIL (first to later)',
      'SYNTHETIC CNTY JAIL, CONROE, TX (odd)',
      'SYN JAIL',
    ]);
    expect(otherSpellings(facility, (a, b) => `${a} a ${b}`)[0]).toBe('SYNTHETIC COUNTY JAIL (first a later)');
    expect(otherSpellings({ ...facility, otherNames: [] })).toEqual([]);
  });

  it('places a date in its US fiscal year (from October 1)', () => {
    expect(fiscalPosition('2013-10-01')).toEqual({ year: 2014, fraction: 0 });
    expect(fiscalPosition('2014-01-01').year).toBe(2014);
    expect(fiscalPosition('2014-04-01').fraction).toBeCloseTo(0.5);
    expect(fiscalPosition('2014-09-30').year).toBe(2014);
  });

  it("numbers the days the place's law changed, one mark a day, leaving out other counties' rules", () => {
    const rule = (id: string, place: unknown, dates: string[]) => ({
      id,
      title: id,
      place,
      citations: [{ title: `cite ${id}`, href: '' }],
      versions: dates.map((d, i) => ({ effectiveFrom: d, repealed: i > 0 })),
    });
    const rules = [
      rule('state', { kind: 'state', state: 'CA' }, ['2014-01-01', '2018-01-01']),
      rule('here', { kind: 'counties', state: 'CA', counties: ['06001'] }, ['2014-05-21']),
      rule('there', { kind: 'counties', state: 'CA', counties: ['06037'] }, ['2015-01-01']),
      rule('values', { kind: 'state', state: 'CA' }, ['2018-01-01']),
    ] as unknown as RuleListDto['rules'];
    const marks = lawMarks(rules, '06001');
    expect(marks.map((m) => [m.n, m.date, m.changes.map((c) => `${c.title}${c.repealed ? ' (ends)' : ''}`)])).toEqual([
      [1, '2014-01-01', ['cite state']],
      [2, '2014-05-21', ['cite here']],
      [3, '2018-01-01', ['cite state (ends)', 'cite values']],
    ]);
    expect(lawMarks(rules, null).map((m) => m.date)).toEqual(['2014-01-01', '2018-01-01']);
  });

  it('shows the release named in the address, else the largest', () => {
    const a = {
      id: 'a',
      dataset: 'npr',
      sourceFile: '',
      importedAt: '',
      rowsLoaded: 5,
      sha256: '',
      recordsCriminality: false,
      recordsCitizenship: false,
      recordsConviction: false,
      recordsAor: false,
      coverage: { from: null, to: null },
      asOf: null,
    };
    const b = { ...a, id: 'b', rowsLoaded: 50 };
    expect(chooseRelease([a, b], null)?.id).toBe('b');
    expect(chooseRelease([a, b], 'a')?.id).toBe('a');
    expect(chooseRelease([a, b], 'gone')?.id).toBe('b');
    expect(chooseRelease([], null)).toBeNull();
  });

  it('spans every fiscal year a release covers, October starting the next', () => {
    const release = {
      id: 'pa',
      dataset: 'npr',
      sourceFile: '',
      importedAt: '',
      rowsLoaded: 1,
      sha256: '',
      recordsCriminality: false,
      recordsCitizenship: false,
      recordsConviction: false,
      recordsAor: false,
      coverage: { from: '2007-10-02', to: '2015-07-18' },
      asOf: '2015-07-18',
    };
    expect(fiscalYearsCovered(release)).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(fiscalYearsCovered({ ...release, coverage: { from: '2013-09-30', to: '2013-10-01' } })).toEqual([
      2013, 2014,
    ]);
    expect(fiscalYearsCovered({ ...release, coverage: { from: null, to: null } })).toBeUndefined();
  });
});
