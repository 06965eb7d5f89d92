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
