import type { CodedColumn, RollupCell, StoredDetainers } from '../../core/research/import-release.js';

export type SqlValue = string | number | null;

/** Rows for a bulk append: how many, and row i's values in the table's column order. */
export interface BulkRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly count: number;
  /** Row i's values of the columns `coded` does not give (all of them when there is no `coded`). */
  put(i: number, into: SqlValue[], at: number): void;
  /**
   * Per column, the same values as codes when they repeat, or null: a path may encode each code
   * once (CodedColumn: equal codes stand for equal values for the appender's life, one import).
   */
  readonly coded?: readonly (CodedColumn<SqlValue> | null)[];
}

/** An engine's bulk path for the rows of one transaction. */
export interface BulkAppender {
  append(rows: BulkRows): Promise<void>;
  /** Completes what append may have left in flight; called before any other statement. */
  finish(): Promise<void>;
  /** Abandons what is in flight after a failure, so that the transaction can roll back. */
  abort(): void;
}

const DETAINER_COLUMNS = [
  'release_key',
  'line',
  'prepared_date',
  'facility_id',
  'state',
  'county_fips',
  'form',
  'lift_reason',
  'outcome',
  'likely_duplicate',
  'extra',
] as const;

/** A batch of research records as research_detainers rows (the flag as 0/1, which both engines take). */
export function detainerRows(releaseKey: number, rows: StoredDetainers): BulkRows {
  return {
    table: 'research_detainers',
    columns: DETAINER_COLUMNS,
    count: rows.count,
    coded: [
      null,
      null,
      rows.coded.preparedDate,
      rows.coded.facilityId,
      rows.coded.state,
      rows.coded.countyFips,
      rows.coded.form,
      rows.coded.liftReason,
      rows.coded.outcome,
      null,
      null,
    ],
    put(i, into, at) {
      into[at] = releaseKey;
      into[at + 1] = rows.line(i);
      into[at + 9] = 0; // flagged after the load (flagLikelyDuplicates)
      into[at + 10] = rows.extra(i);
    },
  };
}

/** The temporary table the duplicate rule reads: person keys live there only during their import. */
export const IMPORT_PERSONS = 'research_import_persons';

/** A batch's records that have a person key, as rows of IMPORT_PERSONS. */
export function personRows(rows: StoredDetainers): BulkRows {
  const withKey: number[] = [];
  for (let i = 0; i < rows.count; i++) if (rows.personKey(i) !== null) withKey.push(i);
  return {
    table: IMPORT_PERSONS,
    columns: ['line', 'person', 'prepared_at'],
    count: withKey.length,
    put(j, into, at) {
      const i = withKey[j]!;
      into[at] = rows.line(i);
      into[at + 1] = rows.personKey(i);
      into[at + 2] = rows.preparedAt(i);
    },
  };
}

const ROLLUP_COLUMNS = [
  'release_id',
  'month',
  'state',
  'county_fips',
  'facility_id',
  'form',
  'lift_reason',
  'outcome',
  'count',
] as const;

/**
 * A release's rollup as research_rollup_monthly rows, by state, facility and month (migration 0004):
 * written in its index's order, the index takes runs of neighbouring entries, not a random write per cell.
 */
export function rollupRows(releaseId: string, unordered: readonly RollupCell[]): BulkRows {
  const cells = inRollupKeyOrder(unordered);
  return {
    table: 'research_rollup_monthly',
    columns: ROLLUP_COLUMNS,
    count: cells.length,
    put(i, into, at) {
      const c = cells[i]!;
      into[at] = releaseId;
      into[at + 1] = c.month;
      into[at + 2] = c.state;
      into[at + 3] = c.countyFips;
      into[at + 4] = c.facilityId;
      into[at + 5] = c.form;
      into[at + 6] = c.liftReason;
      into[at + 7] = c.outcome;
      into[at + 8] = c.count;
    },
  };
}

/** The sort keys, the first one first. */
const ROLLUP_KEY: readonly ((cell: RollupCell) => string | number)[] = [
  (c) => c.state,
  (c) => c.facilityId,
  (c) => c.month,
  (c) => c.countyFips,
  (c) => c.form,
  (c) => c.liftReason,
  (c) => c.outcome,
];

/** The most distinct values one counting pass sorts by (several keys with few values share a pass). */
const PASS_VALUES = 1 << 16;

/**
 * The cells by ROLLUP_KEY, text in binary order (SQLite's and PostgreSQL's "C" order for these
 * ASCII keys), ties in their given order. A comparison sort compared strings n log n times; this
 * ranks each key's distinct values once, then sorts by ranks with stable counting passes, from the
 * last keys to the first.
 */
function inRollupKeyOrder(cells: readonly RollupCell[]): RollupCell[] {
  const keys = ROLLUP_KEY.map((key) => ranks(cells, key));
  let order = new Int32Array(cells.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  for (let last = keys.length - 1; last >= 0;) {
    // One pass sorts by neighbouring keys with few values: by their ranks as the digits of one number.
    let first = last;
    let values = keys[last]!.distinct;
    while (first > 0 && values * keys[first - 1]!.distinct <= PASS_VALUES) values *= keys[--first]!.distinct;
    const digit = new Int32Array(cells.length);
    for (let k = first; k <= last; k++) {
      const { rank, distinct } = keys[k]!;
      for (let i = 0; i < digit.length; i++) digit[i] = digit[i]! * distinct + rank[i]!;
    }
    order = countingSort(order, digit, values);
    last = first - 1;
  }
  return Array.from(order, (i) => cells[i]!);
}

/** `order` by the digits of its entries (each below `values`), ties kept in order. */
function countingSort(order: Int32Array, digit: Int32Array, values: number) {
  // Where each digit's entries start in the result.
  const starts = new Int32Array(values + 1);
  for (let i = 0; i < digit.length; i++) starts[digit[i]! + 1]!++;
  for (let d = 1; d < values; d++) starts[d]! += starts[d - 1]!;
  const sorted = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    sorted[starts[digit[i]!]!++] = i;
  }
  return sorted;
}

/** Per cell, the rank of its key among the key's distinct values. */
function ranks(cells: readonly RollupCell[], key: (cell: RollupCell) => string | number) {
  const firstSeen = new Map<string | number, number>();
  const rank = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = key(cells[i]!);
    let seen = firstSeen.get(value);
    if (seen === undefined) firstSeen.set(value, (seen = firstSeen.size));
    rank[i] = seen;
  }
  const values = [...firstSeen.keys()];
  const rankOfSeen = new Int32Array(values.length);
  Array.from(values.keys())
    .sort((a, b) => compare(values[a]!, values[b]!))
    .forEach((seen, r) => (rankOfSeen[seen] = r));
  for (let i = 0; i < cells.length; i++) rank[i] = rankOfSeen[rank[i]!]!;
  return { rank, distinct: values.length };
}

/** Binary order of UTF-16 code units for text, numeric order for numbers. */
function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Row i's values, all of them: those `put` gives and those `coded` does. */
export function putAll(rows: BulkRows, i: number, into: SqlValue[], at: number): void {
  rows.put(i, into, at);
  const { coded } = rows;
  if (!coded) return;
  for (let c = 0; c < coded.length; c++) {
    const column = coded[c];
    if (column) into[at + c] = column.value(column.codes[i]!);
  }
}
