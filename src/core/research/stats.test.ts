import { describe, expect, it } from 'vitest';
import { fiscalYearOf, groupCounts, scopesFor } from './stats.js';

describe('FOIA detainer statistics, rules', () => {
  it('uses the US federal fiscal year: October starts the next year', () => {
    expect(fiscalYearOf('2013-09')).toBe(2013);
    expect(fiscalYearOf('2013-10')).toBe(2014);
    expect(fiscalYearOf('2014-09')).toBe(2014);
    expect(fiscalYearOf('2014-12')).toBe(2015);
  });

  it('covers a date range with whole months and, where a bound falls inside a month, exact days', () => {
    expect(scopesFor({})).toEqual({ scopes: [{ kind: 'months' }], granularity: 'all' });
    expect(scopesFor({ from: '2014-01-01', to: '2014-12-31' })).toEqual({
      scopes: [{ kind: 'months', from: '2014-01', to: '2014-12' }],
      granularity: 'month',
    });
    expect(scopesFor({ from: '2014-01-15', to: '2014-03-10' })).toEqual({
      scopes: [
        { kind: 'months', from: '2014-02', to: '2014-02' },
        { kind: 'days', from: '2014-01-15', to: '2014-01-31' },
        { kind: 'days', from: '2014-03-01', to: '2014-03-10' },
      ],
      granularity: 'day',
    });
    expect(scopesFor({ from: '2014-03-05', to: '2014-03-10' }).scopes).toEqual([
      { kind: 'days', from: '2014-03-05', to: '2014-03-10' },
    ]);
    expect(scopesFor({ to: '2012-02-15' }).scopes).toEqual([
      { kind: 'months', to: '2012-01' },
      { kind: 'days', from: '2012-02-01', to: '2012-02-15' },
    ]);
  });

  it('groups and sorts rows by the dimensions, unknown last', () => {
    const base = {
      state: '',
      county: '',
      facility: 0,
      form: '',
      liftReason: '',
      followed: '',
      criminality: '',
      citizenship: '',
      aor: '',
      convictionCategory: '',
      usCitizen: 0,
    };
    const rows = groupCounts(
      ['year', 'outcome'] as const,
      [
        { ...base, month: '2014-02', outcome: 'pending', count: 2 },
        { ...base, month: '2013-11', outcome: 'released', count: 1 },
        { ...base, month: '2014-01', outcome: 'pending', count: 3 },
        { ...base, month: '2014-01', outcome: '', count: 4 },
      ],
      (d, r) => (d === 'year' ? Number(r.month.slice(0, 4)) : r.outcome || null),
    );
    expect(rows).toEqual([
      { year: 2013, outcome: 'released', count: 1 },
      { year: 2014, outcome: 'pending', count: 5 },
      { year: 2014, outcome: null, count: 4 },
    ]);
  });
});
