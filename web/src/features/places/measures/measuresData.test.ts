import { describe, expect, it } from 'vitest';
import { anyTraced, followedTable, liftedTable, noConvictionTable } from './measuresData';

describe('the measures as tables', () => {
  it('stacks declines by what followed in a fixed order, labelled, with totals', () => {
    const table = followedTable([
      { fiscalYear: 2014, followed: 'untraceable', count: 2 },
      { fiscalYear: 2014, followed: 'later-transferred-to-ice', count: 3 },
      { fiscalYear: 2015, followed: 'no-later-detainer', count: 1 },
    ]);
    expect(table.columns.map((c) => [c.key, c.label])).toEqual([
      ['fiscalYear', 'stats.col.fiscalYear'],
      ['later-transferred-to-ice', 'measures.followed.later-transferred-to-ice'],
      ['no-later-detainer', 'measures.followed.no-later-detainer'],
      ['untraceable', 'measures.followed.untraceable'],
      ['total', 'stats.col.total'],
    ]);
    expect(table.rows).toEqual([
      { fiscalYear: 2014, 'later-transferred-to-ice': 3, 'no-later-detainer': 0, untraceable: 2, total: 5 },
      { fiscalYear: 2015, 'later-transferred-to-ice': 0, 'no-later-detainer': 1, untraceable: 0, total: 1 },
    ]);
    expect(anyTraced(table)).toBe(true);
  });

  it('says when no decline could be traced', () => {
    expect(anyTraced(followedTable([{ fiscalYear: 2014, followed: 'untraceable', count: 2 }]))).toBe(false);
  });

  it('keeps only the three lift reasons, every year with a lifted detainer a row', () => {
    const table = liftedTable([
      { fiscalYear: 2013, liftReason: 'Lifted', count: 50 },
      { fiscalYear: 2014, liftReason: 'United States Citizen Interviewed', count: 2 },
      { fiscalYear: 2014, liftReason: 'Alien Not Subject to Deportation', count: 5 },
      { fiscalYear: 2014, liftReason: 'Case Closed', count: 9 },
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(['fiscalYear', 'usc-interviewed', 'not-removable', 'total']);
    expect(table.rows).toEqual([
      { fiscalYear: 2013, 'usc-interviewed': 0, 'not-removable': 0, total: 0 },
      { fiscalYear: 2014, 'usc-interviewed': 2, 'not-removable': 5, total: 7 },
    ]);
  });

  it('counts people with no conviction: pending charges and other immigration violators, not the convicted', () => {
    const table = noConvictionTable([
      { fiscalYear: 2023, criminality: 'convicted', count: 8 },
      { fiscalYear: 2024, criminality: 'no-criminal-record', count: 3 },
      { fiscalYear: 2024, criminality: 'pending-charges', count: 2 },
      { fiscalYear: 2024, criminality: null, count: 4 },
    ]);
    expect(table.columns.map((c) => [c.key, c.label])).toEqual([
      ['fiscalYear', 'stats.col.fiscalYear'],
      ['pending-charges', 'measures.criminality.pending-charges'],
      ['no-criminal-record', 'measures.criminality.no-criminal-record'],
      ['total', 'stats.col.total'],
    ]);
    expect(table.rows).toEqual([
      { fiscalYear: 2023, 'pending-charges': 0, 'no-criminal-record': 0, total: 0 },
      { fiscalYear: 2024, 'pending-charges': 2, 'no-criminal-record': 3, total: 5 },
    ]);
  });
});
