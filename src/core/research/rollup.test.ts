import { describe, expect, it } from 'vitest';
import { monthIndex, monthText, RollupCounter } from './rollup.js';

describe('monthly rollup', () => {
  it('numbers months from January 1900 and back', () => {
    expect(monthIndex('1900-01-31')).toBe(0);
    expect(monthIndex('2014-05-07')).toBe(114 * 12 + 4);
    expect(monthText(monthIndex('2014-05-07'))).toBe('2014-05');
    expect(monthText(monthIndex('2999-12-01'))).toBe('2999-12');
  });

  it('counts one cell per month, place, form and lift reason', () => {
    const rollup = new RollupCounter();
    const may = monthIndex('2014-05-01');
    rollup.add(may, 0, 3, 1, 2); // facility 0
    rollup.add(may, 0, 3, 1, 2);
    rollup.add(may + 1, 0, 3, 1, 2); // next month
    rollup.add(may, 0, 3, 1, -1); // no lift reason
    rollup.add(may, -1, 3, 1, 2); // no facility: the state stands for the place
    rollup.add(may, -1, -1, -1, -1); // nothing known but the date
    const cells = rollup
      .counts()
      .sort((a, b) => a.facility - b.facility || a.month - b.month || a.liftReason - b.liftReason);
    expect(cells).toEqual([
      { month: may, facility: -1, state: -1, form: -1, liftReason: -1, count: 1 },
      { month: may, facility: -1, state: 3, form: 1, liftReason: 2, count: 1 },
      { month: may, facility: 0, state: -1, form: 1, liftReason: -1, count: 1 },
      { month: may, facility: 0, state: -1, form: 1, liftReason: 2, count: 2 },
      { month: may + 1, facility: 0, state: -1, form: 1, liftReason: 2, count: 1 },
    ]);
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
      const [month, facility, state, form, reason] = [
        next(200),
        next(700) - 50,
        next(60) - 1,
        next(5) - 1,
        next(14) - 1,
      ];
      rollup.add(month, facility, facility >= 0 ? -1 : state, form, reason);
      const key = [month, facility >= 0 ? facility : -1, facility >= 0 ? -1 : state, form, reason].join();
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(
      rollup.counts().map((c) => [[c.month, c.facility, c.state, c.form, c.liftReason].join(), c.count]),
    );
    expect(counted.size).toBe(expected.size);
    expect(counted).toEqual(expected);
  });
});
