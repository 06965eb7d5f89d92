import { describe, expect, it } from 'vitest';
import { countTicks } from './countTicks';

describe('the count axis of a bar chart', () => {
  it('counts every whole number up to 4', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
  });

  it('marks the quarters above that, each value once, ending at the maximum', () => {
    expect(countTicks(5)).toEqual([0, 1, 3, 4, 5]);
    expect(countTicks(400)).toEqual([0, 100, 200, 300, 400]);
    for (let max = 1; max <= 200; max++) {
      const ticks = countTicks(max);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(ticks.at(-1)).toBe(max);
    }
  });
});
