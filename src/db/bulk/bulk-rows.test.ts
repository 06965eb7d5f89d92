import { describe, expect, it } from 'vitest';
import type { RollupCell } from '../../core/research/import-release.js';
import type { Outcome } from '../../core/research/outcomes.js';
import { rollupRows, type SqlValue } from './bulk-rows.js';

/** The order rollupRows keeps, as a comparison: strings by UTF-16 code units. */
function byRollupKey(a: RollupCell, b: RollupCell): number {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    compare(a.state, b.state) ||
    a.facilityId - b.facilityId ||
    compare(a.month, b.month) ||
    compare(a.countyFips, b.countyFips) ||
    compare(a.form, b.form) ||
    compare(a.liftReason, b.liftReason) ||
    compare(a.outcome, b.outcome)
  );
}

function randomCells(count: number, facilities: number): RollupCell[] {
  let seed = 5;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pick = (values: readonly string[]) => values[next(values.length)]!;
  const outcomes: Outcome[] = ['pending', 'released', 'transferred-to-ice', 'lifted-by-ice'];
  return Array.from({ length: count }, (_, i) => ({
    month: `20${10 + next(6)}-${String(1 + next(12)).padStart(2, '0')}`,
    state: pick(['', 'CA', 'NY', 'TX', 'Ca', 'ÉT']),
    countyFips: next(4) === 0 ? '' : String(6000 + next(90)),
    facilityId: next(facilities),
    form: pick(['', 'I-247', 'I-247D', 'I-247N']),
    liftReason: pick(['', 'Booked into Detention', 'Lifted', 'Detainer Lifted', 'lifted']),
    outcome: outcomes[next(outcomes.length)]!,
    count: i, // tells apart the cells of equal keys, whose given order stays
  }));
}

function writtenOrder(cells: readonly RollupCell[]): number[] {
  const rows = rollupRows('r1', cells);
  const values: SqlValue[] = [];
  return Array.from({ length: rows.count }, (_, i) => {
    rows.put(i, values, 0);
    return values[8] as number;
  });
}

describe('rollup rows', () => {
  it('are written in the order of the rollup key, equal keys in their given order', () => {
    const some = randomCells(10_000, 40);
    const cells = [...some, ...some.map((c) => ({ ...c, count: c.count + some.length }))];
    expect(writtenOrder(cells)).toEqual([...cells].sort(byRollupKey).map((c) => c.count));
  });

  it('keep that order when a key has more values than one counting pass takes', () => {
    const cells = randomCells(100_000, 90_000);
    expect(writtenOrder(cells)).toEqual([...cells].sort(byRollupKey).map((c) => c.count));
  });

  it('are none for no cells', () => {
    expect(rollupRows('r1', []).count).toBe(0);
  });
});
