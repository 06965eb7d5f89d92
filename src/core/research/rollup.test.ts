import { describe, expect, it } from 'vitest';
import { monthIndex, monthText, RollupCounter, rollupCells } from './rollup.js';

/** The counter's cells as "profile month count" texts, sorted. */
function cellsOf(rollup: RollupCounter): string[] {
  const cells = rollupCells(rollup.table());
  return Array.from(
    { length: cells.count },
    (_, i) => `${cells.profile[i]} ${cells.month[i]} ${cells.records[i]}`,
  ).sort();
}

describe('monthly rollup', () => {
  it('numbers months from January 1900 and back', () => {
    expect(monthIndex('1900-01-31')).toBe(0);
    expect(monthIndex('2014-05-07')).toBe(114 * 12 + 4);
    expect(monthText(monthIndex('2014-05-07'))).toBe('2014-05');
    expect(monthText(monthIndex('2999-12-01'))).toBe('2999-12');
  });

  it('counts one cell per record profile and month', () => {
    const rollup = new RollupCounter();
    const may = monthIndex('2014-05-01');
    rollup.add(0, may);
    rollup.add(0, may);
    rollup.add(0, may + 1); // next month
    rollup.add(1, may); // another profile
    rollup.add(1, may, 40); // forty more at once
    expect(cellsOf(rollup)).toEqual([`0 ${may + 1} 1`, `0 ${may} 2`, `1 ${may} 41`].sort());
  });

  it('keeps its cells and counts the same after making room for many more at once', () => {
    const grown = new RollupCounter();
    const reserved = new RollupCounter();
    const add = (rollup: RollupCounter, from: number, to: number) => {
      for (let i = from; i < to; i++) rollup.add(i % 50_000, 1000 + (i % 7), 1 + (i % 3));
    };
    add(grown, 0, 1_000);
    add(reserved, 0, 1_000);
    reserved.reserve(300_000);
    add(grown, 1_000, 300_000);
    add(reserved, 1_000, 300_000);
    expect(cellsOf(reserved)).toEqual(cellsOf(grown));
    reserved.reserve(0); // nothing to make room for: no change
    expect(cellsOf(reserved)).toEqual(cellsOf(grown));
  });
});

describe('monthly rollup at scale', () => {
  it('agrees with a plain count over many cells (the table grows past its first size)', () => {
    const rollup = new RollupCounter();
    const expected = new Map<string, number>();
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let i = 0; i < 300_000; i++) {
      const [profile, month, records] = [next(3000), next(200), 1 + next(3)];
      rollup.add(profile, month, records);
      const key = `${profile} ${month}`;
      expected.set(key, (expected.get(key) ?? 0) + records);
    }
    expect(cellsOf(rollup)).toEqual([...expected].map(([key, n]) => `${key} ${n}`).sort());
  });
});
