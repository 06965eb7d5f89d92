import { describe, expect, it } from 'vitest';
import type { StoredRollup } from '../../core/research/import-release.js';
import type { Outcome } from '../../core/research/outcomes.js';
import { monthText } from '../../core/research/rollup.js';
import { narrowRollupRows, putAll, rollupCellRows, type BulkRows, type SqlValue } from './bulk-rows.js';

interface Place {
  readonly state: string;
  readonly countyFips: string;
  readonly facilityId: number;
  readonly form: string;
  readonly liftReason: string;
  readonly outcome: Outcome;
  readonly citizenship: string;
  readonly usCitizen: number;
}

/** A rollup of `count` cells over `profiles` random profiles (each a place, form and reason) and months. */
function randomRollup(count: number, profiles: number): StoredRollup {
  let seed = 5;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pick = <T>(values: readonly T[]) => values[next(values.length)]!;
  const places: Place[] = Array.from({ length: profiles }, (_, i) => ({
    state: pick(['', 'CA', 'NY', 'TX', 'Ca', 'ÉT']),
    countyFips: next(4) === 0 ? '' : String(6000 + next(90)),
    facilityId: i % 7 === 0 ? 0 : 1 + next(profiles),
    form: pick(['', 'I-247', 'I-247D', 'I-247N']),
    liftReason: pick(['', 'Booked into Detention', 'Lifted', 'Detainer Lifted', 'lifted']),
    outcome: pick<Outcome>(['pending', 'released', 'transferred-to-ice', 'lifted-by-ice', 'reissued']),
    citizenship: pick(['', 'MEXICO', 'GUATEMALA']),
    usCitizen: next(2),
  }));
  const cells = new Map<string, [number, number]>();
  while (cells.size < count) {
    const cell: [number, number] = [next(profiles), 1320 + next(72)];
    cells.set(cell.join(), cell);
  }
  const profile = Int32Array.from(cells.values(), ([p]) => p);
  const month = Int32Array.from(cells.values(), ([, m]) => m);
  // Codes not in the order of their values: the cells are written by value.
  const followedValues = ['untraceable', 'booked', '', 'released'];
  const followed = Int32Array.from(cells.values(), () => next(followedValues.length) - 1);
  const byProfile = <T>(value: (place: Place) => T) => ({
    codes: profile,
    value: (code: number) => value(places[code]!),
  });
  return {
    count,
    coded: {
      month: { codes: month, value: monthText },
      state: byProfile((p) => p.state),
      countyFips: byProfile((p) => p.countyFips),
      facilityId: byProfile((p) => p.facilityId),
      form: byProfile((p) => p.form),
      liftReason: byProfile((p) => p.liftReason),
      outcome: byProfile((p) => p.outcome),
      followed: { codes: followed, value: (code) => followedValues[code + 1]! },
      criminality: byProfile(() => ''),
      aor: byProfile(() => ''),
      citizenship: byProfile((p) => p.citizenship),
      convictionCategory: byProfile(() => ''),
      usCitizen: byProfile((p) => p.usCitizen),
    },
    records: (i) => i, // tells the cells apart
  };
}

/** The cell rows as written: every column's value. */
function written(rollup: StoredRollup): SqlValue[][] {
  const rows = rollupCellRows(7, rollup);
  return Array.from({ length: rows.count }, (_, i) => {
    const values: SqlValue[] = [];
    putAll(rows, i, values, 0);
    return values;
  });
}

/** The cells' key order (release, profile, month, what followed): strings by UTF-16 code units. */
function byCellKey(a: SqlValue[], b: SqlValue[]): number {
  const compare = (x: SqlValue, y: SqlValue) => (x! < y! ? -1 : x! > y! ? 1 : 0);
  return [0, 1, 2, 3].reduce((order, column) => order || compare(a[column]!, b[column]!), 0);
}

describe('rollup cell rows', () => {
  it('are the cells, each once, in the order of the cells key', () => {
    const rollup = randomRollup(20_000, 400);
    const rows = written(rollup);
    expect(rows.map((row) => row[4]).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20_000 }, (_, i) => i),
    );
    expect(rows).toEqual([...rows].sort(byCellKey));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['untraceable', 'booked', '', 'released']));
    const cell = rows.find((row) => row[4] === 123)!;
    const { month, state, followed } = rollup.coded;
    expect(cell).toEqual([
      7,
      state.codes[123],
      month.value(month.codes[123]!),
      followed.value(followed.codes[123]!),
      123,
    ]);
  });

  it('are none for no cells', () => {
    expect(written(randomRollup(0, 1))).toEqual([]);
  });
});

/** Every row's values. */
function rowsOf(rows: BulkRows): SqlValue[][] {
  return Array.from({ length: rows.count }, (_, i) => {
    const values: SqlValue[] = [];
    putAll(rows, i, values, 0);
    return values;
  });
}

/** The narrow rollups as the SQL of migration 0018 has them: the cells' records added up by key, in key order. */
/** The cells added up by `key`, in key order: each key, the release, the records (and with `reissue`, those it counts). */
function summed(rollup: StoredRollup, key: (i: number) => SqlValue[], reissue?: (i: number) => boolean): SqlValue[][] {
  const sums = new Map<string, { key: SqlValue[]; records: number; reissues: number }>();
  for (let i = 0; i < rollup.count; i++) {
    const k = key(i);
    const entry = sums.get(JSON.stringify(k)) ?? { key: k, records: 0, reissues: 0 };
    entry.records += rollup.records(i);
    if (reissue?.(i)) entry.reissues += rollup.records(i);
    sums.set(JSON.stringify(k), entry);
  }
  const compare = (x: SqlValue, y: SqlValue) => (x! < y! ? -1 : x! > y! ? 1 : 0);
  return [...sums.values()]
    .map(({ key, records, reissues }) => (reissue ? [...key, 'r1', records, reissues] : [...key, 'r1', records]))
    .sort((a, b) => a.reduce<number>((order, value, c) => order || compare(value, b[c]!), 0));
}

describe('narrow rollup rows', () => {
  it('are the cells added up per month and facility (with its place and re-issues), and per state, outcome, lift reason and month, in key order', () => {
    const rollup = randomRollup(20_000, 400);
    const value = <T>(column: { codes: Int32Array; value: (code: number) => T }, i: number) =>
      column.value(column.codes[i]!);
    const { month, facilityId, outcome, state, countyFips, liftReason } = rollup.coded;
    const [byFacility, byPlace] = narrowRollupRows('r1', rollup).map(rowsOf);
    const expected = summed(
      rollup,
      (i) => [value(month, i), value(facilityId, i), value(state, i), value(countyFips, i)],
      (i) => value(outcome, i) === 'reissued',
    );
    expect(byFacility).toEqual(expected);
    expect(expected.some((row) => (row[6] as number) > 0)).toBe(true);
    expect(byPlace).toEqual(
      summed(rollup, (i) => [value(state, i), value(outcome, i), value(liftReason, i), value(month, i)]),
    );
    // Several lift reasons of one outcome in one state and month.
    const places = new Set(byPlace!.map((row) => JSON.stringify([row[0], row[1], row[3]])));
    expect(places.size).toBeLessThan(byPlace!.length);
    // Profiles share facilities and places: rows add up several cells.
    expect(byFacility!.length).toBeLessThan(20_000);
    expect(byPlace!.length).toBeLessThan(byFacility!.length);
  });

  it('are none for no cells', () => {
    expect(narrowRollupRows('r1', randomRollup(0, 1)).map((rows) => rows.count)).toEqual([0, 0]);
  });
});
