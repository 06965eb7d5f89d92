import { describe, expect, it } from 'vitest';
import { ownPeriods, releasePeriods, type RankedRelease } from './release-coverage.js';

const ranked = (
  id: string,
  from: string | null,
  to: string | null,
  asOf: string | null = to,
  importedAt = '2026-01-01T00:00:00.000Z',
): RankedRelease => ({ id, coverage: { from, to }, asOf, importedAt });

describe('one release per month (precedence)', () => {
  it('gives the overlapped months to the newer release, the rest to whichever covers them', () => {
    // An older extract to 2025-03-20 and a newer one from 2024-10-01 to 2025-06-20.
    const older = ranked('feb', '2023-09-01', '2025-03-20');
    const newer = ranked('jun', '2024-10-01', '2025-06-20');
    expect(releasePeriods([older, newer])).toEqual([
      { release: 'feb', from: '2023-09', to: '2024-09' },
      { release: 'jun', from: '2024-10', to: '2025-06' },
    ]);
    // The order the releases come in does not matter.
    expect(releasePeriods([newer, older])).toEqual(releasePeriods([older, newer]));
  });

  it('prefers a release covering the whole month over a newer one covering part of it', () => {
    const older = ranked('older', '2014-01-01', '2014-06-30');
    const newer = ranked('newer', '2014-03-15', '2014-09-30');
    expect(releasePeriods([older, newer])).toEqual([
      { release: 'older', from: '2014-01', to: '2014-03' },
      { release: 'newer', from: '2014-04', to: '2014-09' },
    ]);
  });

  it('takes the newest when none covers the whole month', () => {
    const a = ranked('a', '2014-01-03', '2014-01-20');
    const b = ranked('b', '2014-01-05', '2014-01-28');
    expect(releasePeriods([a, b])).toEqual([{ release: 'b', from: '2014-01', to: '2014-01' }]);
  });

  it('ranks by the as-of date first, then the later import, then the id', () => {
    const wide = ranked('wide', '2010-01-01', '2016-12-31', '2017-01-31');
    const late = ranked('late', '2012-01-01', '2013-12-31', '2020-05-01');
    expect(releasePeriods([wide, late])).toEqual([
      { release: 'wide', from: '2010-01', to: '2011-12' },
      { release: 'late', from: '2012-01', to: '2013-12' },
      { release: 'wide', from: '2014-01', to: '2016-12' },
    ]);
    const first = ranked('x', '2014-01-01', '2014-12-31', '2014-12-31', '2026-01-01T00:00:00.000Z');
    const again = ranked('w', '2014-01-01', '2014-12-31', '2014-12-31', '2026-02-01T00:00:00.000Z');
    expect(releasePeriods([first, again])).toEqual([{ release: 'w', from: '2014-01', to: '2014-12' }]);
    const twin = ranked('y', '2014-01-01', '2014-12-31', '2014-12-31', '2026-01-01T00:00:00.000Z');
    expect(releasePeriods([first, twin])).toEqual([{ release: 'y', from: '2014-01', to: '2014-12' }]);
  });

  it('leaves out months no release covers, and keeps to the months asked', () => {
    const a = ranked('a', '2010-01-10', '2010-03-05');
    const b = ranked('b', '2010-06-01', '2010-07-31');
    expect(releasePeriods([a, b])).toEqual([
      { release: 'a', from: '2010-01', to: '2010-03' },
      { release: 'b', from: '2010-06', to: '2010-07' },
    ]);
    expect(releasePeriods([a, b], { from: '2010-03', to: '2010-06' })).toEqual([
      { release: 'a', from: '2010-03', to: '2010-03' },
      { release: 'b', from: '2010-06', to: '2010-06' },
    ]);
    expect(releasePeriods([ranked('none', null, null)])).toEqual([]);
  });

  it("lists each release's own months when releases are added up", () => {
    const older = ranked('feb', '2023-09-01', '2025-03-20');
    const newer = ranked('jun', '2024-10-01', '2025-06-20');
    expect(ownPeriods([newer, older], { from: '2024-01' })).toEqual([
      { release: 'feb', from: '2024-01', to: '2025-03' },
      { release: 'jun', from: '2024-10', to: '2025-06' },
    ]);
  });
});
