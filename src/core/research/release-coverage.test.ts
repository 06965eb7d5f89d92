import { describe, expect, it } from 'vitest';
import { describeOverlap, releaseOverlaps, sharedDays } from './release-coverage.js';

const release = (id: string, from: string | null, to: string | null) => ({ id, coverage: { from, to } });

describe('releases that overlap in time', () => {
  it('share the days between the later start and the earlier end, bounds included', () => {
    expect(sharedDays({ from: '2012-01-01', to: '2015-07-18' }, { from: '2014-10-01', to: '2016-09-30' })).toEqual({
      from: '2014-10-01',
      to: '2015-07-18',
    });
    // One day in common is an overlap; the next day is not.
    expect(sharedDays({ from: '2012-01-01', to: '2014-09-30' }, { from: '2014-09-30', to: '2015-01-01' })).toEqual({
      from: '2014-09-30',
      to: '2014-09-30',
    });
    expect(sharedDays({ from: '2012-01-01', to: '2014-09-29' }, { from: '2014-09-30', to: '2015-01-01' })).toBeNull();
    // A release inside another overlaps over its whole coverage.
    expect(sharedDays({ from: '2008-01-01', to: '2016-01-01' }, { from: '2010-05-02', to: '2010-06-03' })).toEqual({
      from: '2010-05-02',
      to: '2010-06-03',
    });
  });

  it('an empty release (no records) overlaps nothing', () => {
    expect(sharedDays({ from: null, to: null }, { from: '2008-01-01', to: '2030-01-01' })).toBeNull();
    expect(releaseOverlaps([release('empty', null, null), release('all', '2008-01-01', '2030-01-01')])).toEqual([]);
  });

  it('lists every overlapping pair with the months they share, and none for releases one after another', () => {
    const overlaps = releaseOverlaps([
      release('npr-national', '2007-10-02', '2015-07-18'),
      release('ddp-2016', '2015-07-01', '2016-09-30'),
      release('pa', '2008-01-05', '2014-02-11'),
      release('ddp-2024', '2022-10-01', '2024-09-30'),
    ]);
    expect(overlaps).toEqual([
      {
        releases: ['ddp-2016', 'npr-national'],
        from: '2015-07-01',
        to: '2015-07-18',
        months: { from: '2015-07', to: '2015-07' },
      },
      {
        releases: ['npr-national', 'pa'],
        from: '2008-01-05',
        to: '2014-02-11',
        months: { from: '2008-01', to: '2014-02' },
      },
    ]);
    expect(describeOverlap(overlaps[0]!)).toBe(
      'releases ddp-2016 and npr-national both cover 2015-07 (prepare dates 2015-07-01 to 2015-07-18)',
    );
    expect(describeOverlap(overlaps[1]!)).toContain('both cover 2008-01 to 2014-02');
    expect(
      releaseOverlaps([release('a', '2010-01-01', '2010-12-31'), release('b', '2011-01-01', '2011-12-31')]),
    ).toEqual([]);
  });
});
