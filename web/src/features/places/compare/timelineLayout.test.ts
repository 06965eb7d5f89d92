import { describe, expect, it } from 'vitest';
import type { RuleListDto } from '../../../shared/types';
import { lawRows, periodsOf, position, reaches, timelineRows, yearTicks } from './timelineLayout';

type Rule = RuleListDto['rules'][number];
const version = (effectiveFrom: string, until: string | null, repealed = false) =>
  ({ effectiveFrom, until, repealed }) as Rule['versions'][number];
const rule = (id: string, place: unknown, versions: Rule['versions']) => ({ id, place, versions }) as unknown as Rule;

const axis = { from: '2008-01-01', to: '2026-12-05' };

describe('the law timelines on one axis', () => {
  it('places days on the axis from 0 (its first day) to 1 (its last), clamped', () => {
    expect(position(axis, '2008-01-01')).toBe(0);
    expect(position(axis, '2026-12-05')).toBe(1);
    expect(position(axis, '2001-01-01')).toBe(0);
    expect(position(axis, '2030-01-01')).toBe(1);
    const mid = position({ from: '2010-01-01', to: '2010-01-11' }, '2010-01-06');
    expect(mid).toBeCloseTo(0.5);
  });

  it('draws each version in force up to the day before the next, joins versions that follow on, and ends at a repeal', () => {
    const trust = rule('trust', { kind: 'state', state: 'CA' }, [
      version('2014-01-01', '2016-01-01'),
      version('2016-01-01', '2018-01-01'),
      version('2018-01-01', null, true),
    ]);
    expect(periodsOf(trust, axis)).toEqual([
      expect.objectContaining({ from: '2014-01-01', to: '2017-12-31', before: false, ongoing: false }),
    ]);
    const memo = rule('memo', { kind: 'counties', state: 'CA', counties: ['06001'] }, [version('2014-05-21', null)]);
    const [period] = periodsOf(memo, axis);
    expect(period).toMatchObject({ from: '2014-05-21', to: '2026-12-05', ongoing: true });
    expect(period!.x1).toBe(1);
    expect(period!.x0).toBeCloseTo(position(axis, '2014-05-21'));
  });

  it('clips a rule in force before 2008 to the axis and leaves out one that ended before it', () => {
    const old = rule('old', { kind: 'federal' }, [version('1997-04-01', null)]);
    expect(periodsOf(old, axis)).toEqual([
      expect.objectContaining({ from: '2008-01-01', before: true, ongoing: true, x0: 0, x1: 1 }),
    ]);
    const gone = rule('gone', { kind: 'federal' }, [
      version('1990-01-01', '2000-01-01'),
      version('2000-01-01', null, true),
    ]);
    expect(periodsOf(gone, axis)).toEqual([]);
    const future = rule('future', { kind: 'federal' }, [version('2030-01-01', null)]);
    expect(periodsOf(future, axis)).toEqual([]);
  });

  it("keeps a county's rules and its state's and federal ones, not another county's; a state leaves county rules out", () => {
    const federal = rule('f', { kind: 'federal' }, [version('2008-06-01', null)]);
    const state = rule('s', { kind: 'state', state: 'CA' }, [version('2014-01-01', null)]);
    const here = rule('here', { kind: 'counties', state: 'CA', counties: ['06001'] }, [version('2010-01-01', null)]);
    const there = rule('there', { kind: 'counties', state: 'CA', counties: ['06037'] }, [version('2010-01-01', null)]);
    const texas = rule('tx', { kind: 'state', state: 'TX' }, [version('2017-09-01', null)]);
    expect(reaches(here, 'CA', '06001')).toBe(true);
    expect(reaches(there, 'CA', '06001')).toBe(false);
    expect(reaches(here, 'CA', null)).toBe(false);
    expect(reaches(texas, 'CA', '06001')).toBe(false);
    const rules = [texas, there, state, here, federal];
    const county = timelineRows(rules, { state: 'CA', countyFips: '06001' }, axis, '2012-01-01');
    expect(county.map((r) => [r.rule.id, r.inForceAt])).toEqual([
      ['f', true],
      ['here', true],
      ['s', false],
    ]);
    expect(timelineRows(rules, { state: 'CA', countyFips: null }, axis, '2015-01-01').map((r) => r.rule.id)).toEqual([
      'f',
      's',
    ]);
  });

  it('labels the first of January of every year on the axis', () => {
    const ticks = yearTicks(axis);
    expect(ticks[0]).toEqual({ year: 2008, x: 0 });
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    expect(ticks.every((t, i) => i === 0 || t.x > ticks[i - 1]!.x)).toBe(true);
  });

  it("lays a county's periods of constant law on the axis, a row per action in the order given", () => {
    const period = (fips: string, action: string, from: string, to: string, modality: string) => ({
      fips,
      action,
      from,
      to,
      modality,
      rule: modality === 'permitted' ? null : `${fips}-${action}`,
    });
    const periods = [
      period('06001', 'hold', '2008-01-01', '2013-12-31', 'permitted'),
      period('06001', 'hold', '2014-01-01', '2026-12-05', 'forbidden'),
      period('48201', 'hold', '2008-01-01', '2017-08-31', 'permitted'),
      period('06001', 'notify', '2008-01-01', '2026-12-05', 'permitted'),
    ];
    const rows = lawRows(periods, '06001', ['hold', 'notify', 'transfer'], axis);
    expect(rows.map((r) => [r.action, r.segments.map((s) => [s.from, s.modality])])).toEqual([
      [
        'hold',
        [
          ['2008-01-01', 'permitted'],
          ['2014-01-01', 'forbidden'],
        ],
      ],
      ['notify', [['2008-01-01', 'permitted']]],
      ['transfer', []],
    ]);
    const [first, second] = rows[0]!.segments;
    expect(first).toMatchObject({ x0: 0, rule: null });
    expect(second!.x0).toBeCloseTo(position(axis, '2014-01-01'));
    expect(second).toMatchObject({ x1: 1, rule: '06001-hold' });
    const clipped = lawRows(periods, '06001', ['hold'], { from: '2010-01-01', to: '2015-01-01' });
    expect(clipped[0]!.segments.map((s) => [s.from, s.to])).toEqual([
      ['2010-01-01', '2013-12-31'],
      ['2014-01-01', '2015-01-01'],
    ]);
  });
});
