import { describe, expect, it } from 'vitest';
import type { BulkRows, SqlValue } from './bulk-rows.js';
import { constantColumns, distinctCodes } from './sqlite-bulk-append.js';

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

describe('constantColumns', () => {
  const rowsOf = (values: SqlValue[][]): BulkRows => ({
    table: 't',
    columns: ['a', 'b', 'c'],
    count: values.length,
    put(i, into, at) {
      values[i]!.forEach((v, k) => (into[at + k] = v));
    },
  });

  it('answers the plain columns with one value in every row, with it', () => {
    const rows = rowsOf([
      ['r1', 1, null],
      ['r1', 2, null],
      ['r1', 3, null],
    ]);
    expect([...constantColumns(rows, [0, 1, 2], [])]).toEqual([
      [0, 'r1'],
      [2, null],
    ]);
    expect([...constantColumns(rows, [1], [])]).toEqual([]);
  });

  it('answers none when a value changes only in the last row, or when there are no rows', () => {
    expect(constantColumns(rowsOf([['x'], ['x'], ['y']]), [0], []).size).toBe(0);
    expect(constantColumns(rowsOf([]), [0], []).size).toBe(0);
  });
});
