import { describe, expect, it } from 'vitest';
import type { DetainerStatsDto } from '../../shared/types';
import { CONVICTION_CATEGORIES as CORE_CONVICTION_CATEGORIES } from '../../../../src/core/research/dimensions';
import { CONVICTION_CATEGORIES, explorerSearch, parseExplorerSearch, statsQuery } from './explorerState';
import { chartModel, explorerTable, FACILITY_ALSO, MAX_SERIES } from './explorerTable';

const parse = (text: string) => parseExplorerSearch(new URLSearchParams(text));

describe("the explorer's address", () => {
  it('reads every choice, and writes it back the same (defaults left out)', () => {
    const text =
      'groupBy=state%2Coutcome&from=2012-01-01&to=2013-06-30&state=ca&county=06001&facility=12&outcome=released' +
      '&form=I247&liftReason=Booked+into+Detention&release=a%2Cb&includeReissues=true';
    const { state, ignored } = parse(text);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      groupBy: ['state', 'outcome'],
      from: '2012-01-01',
      to: '2013-06-30',
      state: 'CA',
      county: '06001',
      facility: 12,
      outcome: 'released',
      form: 'I247',
      liftReason: 'Booked into Detention',
      release: ['a', 'b'],
      includeReissues: true,
    });
    expect(
      new URLSearchParams(
        Object.entries(explorerSearch(state)).filter((e): e is [string, string] => e[1] !== undefined),
      ).toString(),
    ).toBe(text.replace('state=ca', 'state=CA'));
    expect(parse('').state).toEqual({ groupBy: ['fiscalYear'], release: [], includeReissues: false });
    expect(explorerSearch(parse('').state)).toEqual(expect.objectContaining({ groupBy: undefined }));
  });

  it('groups by what followed a decline and by criminality, as the API does', () => {
    const { state, ignored } = parse('groupBy=fiscalYear%2Cfollowed&outcome=declined-by-agency');
    expect(ignored).toEqual([]);
    expect(state.groupBy).toEqual(['fiscalYear', 'followed']);
    expect(statsQuery(state)).toEqual(expect.objectContaining({ groupBy: 'fiscalYear,followed' }));
    expect(parse('groupBy=criminality').state.groupBy).toEqual(['criminality']);
  });

  it('ignores, and names, what cannot be used; a fiscal year sets the dates', () => {
    const { state, ignored } = parse(
      'groupBy=year,galaxy&from=2014-02-30&outcome=maybe&release=a,,b&fy=1700&includeReissues=yes',
    );
    expect(ignored).toEqual(['groupBy', 'fy', 'from', 'outcome', 'release', 'includeReissues']);
    expect(state).toEqual({ groupBy: ['fiscalYear'], release: [], includeReissues: false });
    expect(parse('from=2015-01-01&to=2014-01-01').ignored).toEqual(['to']);
    const fy = parse('fy=2014&from=2001-01-01').state;
    expect(fy).toEqual({ groupBy: ['fiscalYear'], fy: 2014, release: [], includeReissues: false });
    expect(statsQuery(fy)).toEqual({ groupBy: 'fiscalYear', from: '2013-10-01', to: '2014-09-30' });
    expect(parse('groupBy=a,b,c').ignored).toEqual(['groupBy']);
    expect(parse('groupBy=state,state').ignored).toEqual(['groupBy']);
  });

  it('asks the API for exactly the state shown', () => {
    const { state } = parse('groupBy=month,form&state=tx&release=x,y&outcome=pending');
    expect(statsQuery(state)).toEqual({ groupBy: 'month,form', state: 'TX', outcome: 'pending', release: 'x,y' });
    // Re-issues: left out unless ticked, as the API.
    expect(statsQuery(parse('includeReissues=true').state)).toEqual({ groupBy: 'fiscalYear', includeReissues: true });
  });
});

describe("issue 14's dimensions in the address", () => {
  it('groups by and filters on citizenship, U.S. citizen, conviction category, area and criminality', () => {
    const { state, ignored } = parse(
      'groupBy=citizenship,convictionCategory&citizenship=%20mexico&usCitizen=false&convictionCategory=larceny' +
        '&aor=Houston%20Area%20of%20Responsibility&criminality=convicted',
    );
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      groupBy: ['citizenship', 'convictionCategory'],
      citizenship: 'MEXICO',
      usCitizen: false,
      convictionCategory: 'larceny',
      aor: 'HOUSTON AREA OF RESPONSIBILITY',
      criminality: 'convicted',
    });
    expect(statsQuery(state)).toEqual({
      groupBy: 'citizenship,convictionCategory',
      criminality: 'convicted',
      citizenship: 'MEXICO',
      usCitizen: 'false',
      convictionCategory: 'larceny',
      aor: 'HOUSTON AREA OF RESPONSIBILITY',
    });
    const written = Object.entries(explorerSearch(state)).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]));
    expect(parse(new URLSearchParams(written).toString()).state).toEqual(state);
  });

  it('leaves out values the API would refuse, naming them', () => {
    expect(parse('usCitizen=yes&convictionCategory=theft&criminality=guilty').ignored).toEqual([
      'criminality',
      'usCitizen',
      'convictionCategory',
    ]);
  });

  it('offers the conviction categories the API takes, in its order', () => {
    expect([...CONVICTION_CATEGORIES]).toEqual([...CORE_CONVICTION_CATEGORIES]);
  });
});

describe("the explorer's table and chart", () => {
  const answer = {
    rows: [
      { fiscalYear: 2013, outcome: 'released', count: 3 },
      { fiscalYear: 2013, outcome: null, count: 2 },
      { fiscalYear: 2014, outcome: 'released', count: 10 },
    ],
  } as unknown as DetainerStatsDto;
  const name = (_d: string, v: string | number | boolean | null) =>
    v === null ? 'Unknown' : v === 'released' ? 'Released' : typeof v === 'boolean' ? String(v) : v;

  it('sorts by the words shown (a state by its name), numbers as numbers, unknown last', () => {
    const states = {
      rows: [
        { state: 'AK', count: 1 },
        { state: null, count: 2 },
        { state: 'AL', count: 3 },
        { state: 'AZ', count: 4 },
      ],
    } as unknown as DetainerStatsDto;
    const names: Record<string, string> = { AK: 'Alaska', AL: 'Alabama', AZ: 'Arizona' };
    const table = explorerTable(states, ['state'], (_d, v) => (v === null ? 'Unknown' : names[String(v)]!));
    expect(table.rows.map((r) => r.state)).toEqual(['Alabama', 'Alaska', 'Arizona', 'Unknown']);
  });

  it('is every group, each value in words', () => {
    const table = explorerTable(answer, ['fiscalYear', 'outcome'], name);
    expect(table.columns.map((c) => [c.key, c.label])).toEqual([
      ['fiscalYear', 'data.dim.fiscalYear'],
      ['outcome', 'data.dim.outcome'],
      ['count', 'data.col.count'],
    ]);
    expect(table.rows).toEqual([
      { fiscalYear: 2013, outcome: 'Released', count: 3 },
      { fiscalYear: 2013, outcome: 'Unknown', count: 2 },
      { fiscalYear: 2014, outcome: 'Released', count: 10 },
    ]);
  });

  it('draws bars over time stacked by the second grouping, or the largest groups', () => {
    const table = explorerTable(answer, ['fiscalYear', 'outcome'], name);
    expect(chartModel(table, ['fiscalYear', 'outcome'], 'Others')).toEqual({
      kind: 'time',
      bars: [
        { label: '2013', total: 5, parts: [3, 2] },
        { label: '2014', total: 10, parts: [10, 0] },
      ],
      series: ['Released', 'Unknown'],
      groups: 2,
      seriesLeftOut: 0,
    });
    const byOutcome = explorerTable(answer, ['outcome'], name);
    expect(chartModel(byOutcome, ['outcome'], 'Others').bars).toEqual([
      { label: 'Released', total: 13, parts: [13] },
      { label: 'Unknown', total: 2, parts: [2] },
    ]);
    // More series than colours: the smallest are added up as "Others".
    const many = {
      rows: Array.from({ length: 10 }, (_, i) => ({ year: 2014, state: `S${i}`, count: 10 + i })),
    } as unknown as DetainerStatsDto;
    const model = chartModel(explorerTable(many, ['year', 'state'], name), ['year', 'state'], 'Others');
    expect(model.series).toHaveLength(MAX_SERIES);
    expect(model.series[MAX_SERIES - 1]).toBe('Others');
    expect(model.seriesLeftOut).toBe(4);
    expect(model.bars[0]!.parts.reduce((a, b) => a + b, 0)).toBe(model.bars[0]!.total);
    expect(model.bars[0]!.parts[MAX_SERIES - 1]).toBe(10 + 11 + 12 + 13);
  });

  it('names a facility by its code and lists its other spellings, in the table and under the bar', () => {
    const byFacility = {
      rows: [
        { facility: 1, count: 7 },
        { facility: 2, count: 2 },
      ],
      facilities: [
        {
          id: 1,
          code: 'SYNJAILPA',
          name: 'SYNTHETIC CNTY JAIL',
          city: 'NORRISTOWN',
          state: 'PA',
          names: [
            { name: 'SYN CO JAIL', city: null, state: null, firstRelease: 'trac', lastRelease: 'trac' },
            { name: 'SYNTHETIC CNTY JAIL', city: 'NORRISTOWN', state: 'PA', firstRelease: 'late', lastRelease: 'late' },
            { name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA', firstRelease: 'a', lastRelease: 'b' },
          ],
          otherNames: [
            { name: 'SYN CO JAIL', city: null, state: null, firstRelease: 'trac', lastRelease: 'trac' },
            { name: 'SYNTHETIC COUNTY JAIL', city: 'NORRISTOWN', state: 'PA', firstRelease: 'a', lastRelease: 'b' },
          ],
        },
        { id: 2, code: null, name: 'UNCODED JAIL', city: null, state: 'PA', names: [], otherNames: [] },
      ],
    } as unknown as DetainerStatsDto;
    const words = (_d: string, v: string | number | boolean | null) => (v === 1 ? 'JAIL (SYNJAILPA)' : 'UNCODED JAIL');
    const table = explorerTable(byFacility, ['facility'], words, 'en-US', (a, b) => `${a} a ${b}`);
    expect(table.columns.map((c) => c.key)).toEqual(['facility', FACILITY_ALSO, 'count']);
    expect(table.rows).toEqual([
      { facility: 'JAIL (SYNJAILPA)', [FACILITY_ALSO]: 'SYN CO JAIL (trac); SYNTHETIC COUNTY JAIL (a a b)', count: 7 },
      { facility: 'UNCODED JAIL', [FACILITY_ALSO]: '', count: 2 },
    ]);
    expect(chartModel(table, ['facility'], 'Others').bars).toEqual([
      { label: 'JAIL (SYNJAILPA)', total: 7, parts: [7], also: 'SYN CO JAIL (trac); SYNTHETIC COUNTY JAIL (a a b)' },
      { label: 'UNCODED JAIL', total: 2, parts: [2] },
    ]);
  });
});
