import { describe, expect, it } from 'vitest';
import { monthIndex } from './rollup.js';
import {
  FOLLOWED,
  FOLLOWED_BY_LATER_OUTCOME,
  followRule,
  splitByCategories,
  whatFollowed,
  type Followed,
  type TraceableRecord,
} from './what-followed.js';
import { CRIMINALITY, type Criminality } from './criminality.js';

const HOUR = 3_600_000;
const rule = followRule(24 * HOUR);
const at = (hours: number) => Date.UTC(2023, 10, 1) + hours * HOUR;
const record = (
  line: number,
  personKey: string | null,
  hours: number,
  outcome: TraceableRecord['outcome'],
): TraceableRecord => ({ line, personKey, preparedAt: at(hours), outcome });

describe('what the records say followed a declined detainer', () => {
  it('traces declines only: other records have no category', () => {
    const release = [record(1, 'P-1', 0, 'transferred-to-ice'), record(2, 'P-1', 100, 'declined-by-agency')];
    expect(whatFollowed(release[0]!, release, rule)).toBeNull();
  });

  it('a decline without a person key cannot be traced (not "nothing followed")', () => {
    const release = [record(1, null, 0, 'declined-by-agency'), record(2, null, 100, 'transferred-to-ice')];
    expect(whatFollowed(release[0]!, release, rule)).toBe('untraceable');
  });

  it('no later detainer of the same person in the release', () => {
    const release = [
      record(1, 'P-1', 0, 'declined-by-agency'),
      record(2, 'P-2', 100, 'transferred-to-ice'), // someone else
      record(3, 'P-1', -100, 'transferred-to-ice'), // earlier, not later
    ];
    expect(whatFollowed(release[0]!, release, rule)).toBe('no-later-detainer');
  });

  it('a re-issue within 24 hours is the same request, not a later detainer', () => {
    const release = [record(1, 'P-1', 0, 'declined-by-agency'), record(2, 'P-1', 24, 'transferred-to-ice')];
    expect(whatFollowed(release[0]!, release, rule)).toBe('no-later-detainer');
    const later = [...release, record(3, 'P-1', 24.5, 'lifted-by-ice')];
    expect(whatFollowed(release[0]!, later, rule)).toBe('later-lifted-by-ice');
  });

  it('the first later detainer by prepare instant (then line) decides, whatever the file order', () => {
    const release = [
      record(1, 'P-1', 0, 'declined-by-agency'),
      record(2, 'P-1', 500, 'transferred-to-ice'),
      record(3, 'P-1', 200, 'declined-by-agency'),
      record(5, 'P-1', 300, 'pending'),
      record(4, 'P-1', 300, 'released'),
    ];
    expect(whatFollowed(release[0]!, release, rule)).toBe('later-declined-by-agency');
    expect(whatFollowed(release[2]!, release, rule)).toBe('later-released');
  });

  it('names one category per outcome of the later detainer, all of them known', () => {
    for (const [outcome, category] of Object.entries(FOLLOWED_BY_LATER_OUTCOME)) {
      expect(category).toBe(`later-${outcome}`);
      expect(FOLLOWED).toContain(category);
    }
  });
});

describe('the rollup split by what followed', () => {
  const may = monthIndex('2014-05-01');
  const cells = {
    count: 3,
    profile: Int32Array.from([0, 1, 1]),
    month: Int32Array.from([may, may, may + 1]),
    records: Int32Array.from([7, 10, 2]),
  };
  const declined = (profile: number) => profile === 1;
  const rows = (split: ReturnType<typeof splitByCategories>) =>
    Array.from({ length: split.count }, (_, i) => [
      split.profile[i],
      split.month[i],
      split.followed[i]! < 0 ? '' : FOLLOWED[split.followed[i]!],
      ...(split.criminality[i]! < 0 ? [] : [CRIMINALITY[split.criminality[i]!]]),
      split.records[i],
    ]);
  const count = (
    profile: number,
    month: number,
    followed: Followed | null,
    n: number,
    criminality: Criminality | null = null,
  ) => ({
    profile,
    month,
    followed,
    criminality,
    count: n,
  });

  it('splits a declined cell by its traced categories; the rest is untraceable; totals unchanged', () => {
    const split = splitByCategories(cells, declined, [
      count(1, may, 'no-later-detainer', 4),
      count(1, may, 'later-transferred-to-ice', 3),
    ]);
    expect(rows(split)).toEqual([
      [0, may, '', 7],
      [1, may, 'no-later-detainer', 4],
      [1, may, 'later-transferred-to-ice', 3],
      [1, may, 'untraceable', 3],
      [1, may + 1, 'untraceable', 2],
    ]);
    expect(split.records.reduce((a, b) => a + b, 0)).toBe(19);
  });

  it('splits by criminality too: any record may have one; an untraced decline with one stays untraceable', () => {
    const split = splitByCategories(cells, declined, [
      count(0, may, null, 5, 'convicted'),
      count(1, may, null, 2, 'pending-charges'),
      count(1, may, 'no-later-detainer', 1, 'pending-charges'),
      count(1, may, 'no-later-detainer', 3),
    ]);
    expect(rows(split)).toEqual([
      [0, may, '', 'convicted', 5],
      [0, may, '', 2],
      [1, may, 'untraceable', 'pending-charges', 2],
      [1, may, 'no-later-detainer', 'pending-charges', 1],
      [1, may, 'no-later-detainer', 3],
      [1, may, 'untraceable', 4],
      [1, may + 1, 'untraceable', 2],
    ]);
  });

  it('a cell fully traced leaves no empty untraceable cell', () => {
    const split = splitByCategories(cells, declined, [count(1, may + 1, 'later-pending', 2)]);
    expect(rows(split).filter((r) => r[1] === may + 1)).toEqual([[1, may + 1, 'later-pending', 2]]);
  });

  it('refuses traced counts larger than their cell (the store and the reader disagree)', () => {
    expect(() => splitByCategories(cells, declined, [count(1, may + 1, 'later-pending', 3)])).toThrow(/exceed/);
  });
});
