import { describe, expect, it } from 'vitest';
import { distinctCodes } from './sqlite-bulk-append.js';

describe('distinctCodes', () => {
  it('answers each code among the first count once, ascending', () => {
    const codes = Int32Array.from([5, 3, 5, 0, 3, 9, 9, 7]);
    expect(distinctCodes(codes, 8)).toEqual([0, 3, 5, 7, 9]);
    expect(distinctCodes(codes, 3)).toEqual([3, 5]);
    expect(distinctCodes(codes, 0)).toEqual([]);
  });

  it('takes negative codes and a range too wide to mark', () => {
    expect(distinctCodes(Int32Array.from([-2, 4, -2, 1]), 4)).toEqual([-2, 1, 4]);
    expect(distinctCodes(Int32Array.from([2_000_000_000, -5, 2_000_000_000]), 3)).toEqual([-5, 2_000_000_000]);
  });
});
