import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type CountCell } from './suppression.js';

const valueOf = (v: { kind: string; count?: number }) => (v.kind === 'shown' ? v.count! : null);

describe('small-cell suppression', () => {
  it('hides a lone small cell and the next smallest of its row and column, and totals consistently', () => {
    // rows a,b; columns x,y
    const cells: CountCell[] = [
      { key: ['a', 'x'], count: 3 },
      { key: ['a', 'y'], count: 40 },
      { key: ['b', 'x'], count: 25 },
      { key: ['b', 'y'], count: 50 },
    ];
    const table = suppressTable(2, cells);
    const shown = Object.fromEntries(table.cells.map((c) => [c.key.join('/'), valueOf(c.value)]));
    expect(shown['a/x']).toBeNull();
    // Row a has 3 and 40: 40 must go too; column x has 3 and 25: 25 must go; then row b and column y.
    expect(shown['a/y']).toBeNull();
    expect(shown['b/x']).toBeNull();
    expect(shown['b/y']).toBeNull();
    const grand = table.totals.find((t) => t.dimensions.length === 0)!;
    expect(valueOf(grand.value)).toBe(118);
    expect(table.cells.find((c) => c.key.join('/') === 'a/x')!.value).toEqual({
      kind: 'suppressed',
      reason: 'primary',
    });
  });

  it('publishes everything when no value is small', () => {
    const table = suppressTable(1, [
      { key: ['a'], count: 12 },
      { key: ['b'], count: 30 },
    ]);
    expect(table.cells.map((c) => valueOf(c.value))).toEqual([12, 30]);
    expect(table.totals.map((t) => valueOf(t.value))).toEqual([42]);
  });

  it('hides a small total with a partner total', () => {
    const table = suppressTable(1, [
      { key: ['a'], count: 4 },
      { key: ['b'], count: 3 },
      { key: ['c'], count: 30 },
    ]);
    // a and b hidden (primary); the grand total 37 stays: a+b = 7 is known, neither alone.
    expect(table.cells.map((c) => valueOf(c.value))).toEqual([null, null, 30]);
    expect(valueOf(table.totals[0]!.value)).toBe(37);
  });

  const tables = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([width, a, b]) => {
      const sizes = [a, b, 3].slice(0, width);
      const keys = sizes.reduce<string[][]>(
        (acc, size) => acc.flatMap((k) => [...Array(size).keys()].map((i) => [...k, `v${i}`])),
        [[]],
      );
      return fc
        .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 })), {
          minLength: keys.length,
          maxLength: keys.length,
        })
        .map((counts) => ({ width, cells: keys.map((key, i) => ({ key, count: counts[i]! })) }));
    });

  it('property: values below 10 are hidden, and no hidden value = a published total minus visible values', () => {
    fc.assert(
      fc.property(tables, ({ width, cells }) => {
        const table = suppressTable(width, cells);
        const nodes = [...table.cells, ...table.totals];
        // Recompute the true values to check the primary rule.
        const truth = (node: (typeof nodes)[number]) =>
          cells
            .filter((c) => node.dimensions.every((d, i) => c.key[d] === node.key[i]))
            .reduce((s, c) => s + c.count, 0);
        for (const node of nodes) {
          const value = truth(node);
          expect(value).toBeGreaterThan(0);
          if (value < 10) expect(node.value.kind).toBe('suppressed');
          else if (node.value.kind === 'shown') expect(node.value.count).toBe(value);
        }
        for (const { total, parts } of table.equations) {
          // The equation holds on the true values...
          expect(truth(nodes[total]!)).toBe(parts.reduce((s, i) => s + truth(nodes[i]!), 0));
          // ...and it never has exactly one unknown.
          const hidden = [total, ...parts].filter((i) => nodes[i]!.value.kind === 'suppressed');
          expect(hidden.length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
