import { describe, expect, it } from 'vitest';
import { loadLaw } from '../../composition/law.js';
import { loadReferencePlaces } from '../../ingest/reference/reference-places.js';
import { addDays } from '../clock/local-calendar.js';
import { ACTIONS } from '../policy/policy.types.js';
import { decideCounty, type LawMapDeps } from './law-map.js';
import {
  changeDays,
  countyPeriods,
  lawPanel,
  panelCountiesKnown,
  panelCsvLines,
  PANEL_CSV_HEADER,
} from './law-panel.js';
import { PROFILES, profileSubject, standardRequest } from './profiles.js';

const law = loadLaw();
const all = loadReferencePlaces().counties.map((c) => ({ fips: c.fips, state: c.stateCode }));
const deps: LawMapDeps = { library: law.engine.library, places: law.engine.places, counties: all };

// Counties under local, state and only federal law: Alameda, San Francisco, Harris, Cook, Multnomah,
// New York, Denver, Miami-Dade, King, Suffolk (MA), Philadelphia, and a few others by a fixed stride.
const SAMPLE = [
  '06001',
  '06075',
  '48201',
  '17031',
  '41051',
  '36061',
  '08031',
  '12086',
  '53033',
  '25025',
  '42101',
  ...all.filter((_, i) => i % 400 === 7).map((c) => c.fips),
];

describe('law panel: change points against deciding every day', () => {
  it.each(PROFILES)('gives, for %s, on every day of 2013-06-01..2019-12-31, the law decided that day', (profile) => {
    const from = '2013-06-01';
    const to = '2019-12-31';
    let checkedDays = 0;
    const wrong: string[] = [];
    for (const fips of SAMPLE) {
      const county = all.find((c) => c.fips === fips)!;
      const periods = countyPeriods(deps, county, { from, to, profile, actions: ACTIONS });
      for (let day = from; day <= to; day = addDays(day, 1)) {
        const laws = decideCounty(deps, county, day, standardRequest(day).request, profileSubject(profile, day));
        ACTIONS.forEach((action, i) => {
          const covering = periods.filter((p) => p.action === action && p.from <= day && day <= p.to);
          const got = covering.map(({ modality, rule, missing, conflict }) => ({ modality, rule, missing, conflict }));
          if (JSON.stringify(got) !== JSON.stringify([laws[i]])) wrong.push(`${fips} ${action} ${day}`);
        });
        checkedDays++;
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checkedDays).toBe(SAMPLE.length * 2405);
  });

  it('merges days with the same law: periods follow each other without gap and differ from the one before', () => {
    const county = all.find((c) => c.fips === '06001')!;
    const periods = countyPeriods(deps, county, {
      from: '2008-01-01',
      to: '2026-12-05',
      profile: 'no-record',
      actions: ['hold'],
    });
    expect(periods[0]!.from).toBe('2008-01-01');
    expect(periods.at(-1)!.to).toBe('2026-12-05');
    for (let i = 1; i < periods.length; i++) {
      expect(periods[i]!.from).toBe(addDays(periods[i - 1]!.to, 1));
      expect([periods[i]!.modality, periods[i]!.rule]).not.toEqual([periods[i - 1]!.modality, periods[i - 1]!.rule]);
    }
    expect(periods.map((p) => [p.from, p.modality, p.rule])).toEqual([
      ['2008-01-01', 'permitted', null],
      ['2014-01-01', 'forbidden', 'ca-gov-7282.5-hold'],
      ['2018-01-01', 'forbidden', 'ca-gov-7284.6-a1b'],
    ]);
  });

  it("finds a county's change days from the rules that cover it, not from other places' rules", () => {
    const harris = changeDays(deps, { fips: '48201', state: 'TX' });
    expect(harris).toContain('2017-09-01');
    expect(harris).not.toContain('2014-01-01');
    expect(changeDays(deps, { fips: '06001', state: 'CA' })).toEqual(
      expect.arrayContaining(['2014-01-01', '2014-05-21']),
    );
  });

  it('answers every county with the forms of the range and the rules named, and writes it as CSV', () => {
    const panel = lawPanel(deps, { from: '2017-01-01', to: '2017-12-31', profile: 'no-record', actions: ['hold'] });
    expect(new Set(panel.periods.map((p) => p.fips)).size).toBe(3231);
    expect(panel.forms.map((f) => [f.from, f.to, f.form])).toEqual([
      ['2017-01-01', '2017-04-01', 'I-247D'],
      ['2017-04-02', '2017-12-31', 'I-247A'],
    ]);
    expect(panel.rules['tx-ccp-2.251']?.citations.length).toBeGreaterThan(0);
    const lines = [...panelCsvLines(panel, (fips) => all.find((c) => c.fips === fips)!.state)];
    expect(lines[0]).toBe(`${PANEL_CSV_HEADER}\n`);
    expect(lines).toHaveLength(panel.periods.length + 1);
    expect(lines).toContain('48201,TX,hold,2017-09-01,2017-12-31,required,tx-ccp-2.251,,\n');
  });

  it('answers only the counties asked for by FIPS code (the same periods as the whole panel), and names one it does not know', () => {
    const query = { from: '2013-01-01', to: '2019-12-31', profile: 'serious-felony', actions: ACTIONS } as const;
    const some = lawPanel(deps, { ...query, fips: ['48201', '06001'] });
    expect([...new Set(some.periods.map((p) => p.fips))]).toEqual(['06001', '48201']);
    expect(some.periods).toEqual([
      ...countyPeriods(deps, { fips: '06001', state: 'CA' }, query),
      ...countyPeriods(deps, { fips: '48201', state: 'TX' }, query),
    ]);
    expect(
      some.periods.filter((p) => p.fips === '06001' && p.action === 'hold').map((p) => [p.from, p.modality]),
    ).toEqual([
      ['2013-01-01', 'permitted'],
      ['2014-05-21', 'forbidden'],
      ['2017-01-06', 'forbidden'],
      ['2018-01-01', 'forbidden'],
    ]);
    expect(panelCountiesKnown(deps, { ...query, fips: ['06001'] }).ok).toBe(true);
    const unknown = panelCountiesKnown(deps, { ...query, fips: ['06001', '99999'] });
    expect(!unknown.ok && unknown.error.details).toMatchObject({ field: 'fips', kind: 'countyFips' });
    expect(!unknown.ok && unknown.error.message).toBe('fips: names no county: 99999');
  });
});
