import { describe, expect, it } from 'vitest';
import { fromApi } from './mapData';
import { filterRows, mapRows, rowCells, toCsv, type PlaceNames, type Words } from './mapRows';

const data = fromApi({
  at: '2014-06-01',
  action: 'hold',
  profile: { id: 'no-record', description: '', facts: [] },
  agencyKind: 'county-jail',
  form: {
    form: 'I-247',
    edition: '2011-12',
    title: '',
    inUseFrom: null,
    inUseUntil: null,
    startKnown: true,
    warrant: 'none',
    probableCause: [],
    note: '',
  },
  library: { currentTo: '2026-06-30', basis: '', beyondCurrent: false },
  counties: [
    { fips: '48201', modality: 'permitted', rule: null },
    { fips: '06001', modality: 'forbidden', rule: 'ca-gov-7282.5' },
    { fips: '35013', modality: 'undecided', rule: null, missing: ['proofOfLawfulStatus'] },
    { fips: '72001', modality: 'permitted', rule: null },
  ],
  rules: {
    'ca-gov-7282.5': {
      title: 'TRUST Act, "hold" only with a listed conviction',
      level: 'state-statute',
      citations: [
        { title: 'Cal. Gov. Code 7282.5', href: 'https://example.org/a' },
        { title: 'AB 4 (2013)', href: 'https://example.org/b' },
      ],
    },
  },
  counts: { required: 0, permitted: 2, forbidden: 1, undecided: 1 },
  states: {
    TX: { status: 'law-found', reviewed: '2026-12-06' },
    CA: { status: 'law-found', reviewed: '2026-12-06' },
    NM: { status: 'no-detainer-law', reviewed: '2026-12-06' },
  },
});

const names: PlaceNames = {
  county: (fips) => ({ '48201': 'Harris', '06001': 'Alameda', '35013': 'Doña Ana' })[fips],
  state: (fips) =>
    ({
      '48': { code: 'TX', name: 'Texas' },
      '06': { code: 'CA', name: 'California' },
      '35': { code: 'NM', name: 'New Mexico' },
      '72': { code: 'PR', name: 'Puerto Rico' },
    })[fips],
};
const words: Words = { modality: (row) => row.modality, noRule: (row) => `none binds (${row.stateResearch})` };
const rows = mapRows(data, names);

describe('mapRows', () => {
  it('one row per county, by state then county, with its rule and citations', () => {
    expect(rows.map((r) => r.fips)).toEqual(['06001', '35013', '72001', '48201']);
    expect(rows[0]).toMatchObject({
      county: 'Alameda',
      stateCode: 'CA',
      ruleTitle: data.rules.get('ca-gov-7282.5')!.title,
    });
    expect(rows[0]!.citation).toBe('Cal. Gov. Code 7282.5; AB 4 (2013)');
    expect(rows[2]).toMatchObject({ county: '72001', stateName: 'Puerto Rico', ruleId: null, citation: null });
  });
});

describe('filterRows', () => {
  it('finds every word in county, state (name or code), FIPS, rule or citation, without accents', () => {
    expect(filterRows(rows, '').length).toBe(4);
    expect(filterRows(rows, 'dona ana').map((r) => r.fips)).toEqual(['35013']);
    expect(filterRows(rows, 'DOÑA').map((r) => r.fips)).toEqual(['35013']);
    expect(filterRows(rows, 'tx').map((r) => r.fips)).toEqual(['48201']);
    expect(filterRows(rows, 'california 7282.5').map((r) => r.fips)).toEqual(['06001']);
    expect(filterRows(rows, '06001').map((r) => r.fips)).toEqual(['06001']);
    expect(filterRows(rows, 'alameda texas')).toEqual([]);
  });

  it('keeps only the class chosen', () => {
    expect(filterRows(rows, '', 'permitted').map((r) => r.fips)).toEqual(['72001', '48201']);
    expect(filterRows(rows, 'harris', 'forbidden')).toEqual([]);
  });
});

describe('toCsv', () => {
  it('writes the table’s headings and cells, quoted where needed, one line a row', () => {
    const headings = {
      county: 'County',
      state: 'State',
      fips: 'FIPS',
      class: 'Class',
      rule: 'Rule',
      citation: 'Citation',
    };
    const csv = toCsv(headings, rows.slice(0, 2), words);
    expect(csv.split('\r\n')).toEqual([
      'County,State,FIPS,Class,Rule,Citation',
      'Alameda,California (CA),06001,forbidden,"TRUST Act, ""hold"" only with a listed conviction",Cal. Gov. Code 7282.5; AB 4 (2013)',
      'Doña Ana,New Mexico (NM),35013,undecided,none binds (no-detainer-law),',
      '',
    ]);
    expect(rowCells(rows[0]!, words).state).toBe('California (CA)');
  });

  it('never lets a spreadsheet read a cell as a formula', () => {
    const row = { ...rows[0]!, county: '=HYPERLINK("x")' };
    expect(toCsv({ county: 'a', state: 'b', fips: 'c', class: 'd', rule: 'e', citation: 'f' }, [row], words)).toContain(
      `"'=HYPERLINK(""x"")"`,
    );
  });
});

describe('the rule cell where no rule binds', () => {
  it('says whether the state has a law, none was found, or it was not researched', () => {
    const rows = mapRows(data, names);
    const cell = (fips: string) =>
      rowCells(
        rows.find((r) => r.fips === fips)!,
        words,
      ).rule;
    expect(cell('48201')).toBe('none binds (law-found)');
    expect(cell('35013')).toBe('none binds (no-detainer-law)');
    expect(cell('72001')).toBe('none binds (not-researched)');
  });
});
