import type { RollupCell, StoredDetainers } from '../../core/research/import-release.js';

export type SqlValue = string | number | null;

/** Rows for a bulk append: how many, and row i's values in the table's column order. */
export interface BulkRows {
  readonly table: string;
  readonly columns: readonly string[];
  /** Per column: true when its text never holds a character a bulk format must escape (codes, dates, enums). */
  readonly plain: readonly boolean[];
  readonly count: number;
  put(i: number, into: SqlValue[], at: number): void;
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
    // Free text: form, lift reason, extra; the rest are numbers, codes and dates.
    plain: [true, true, true, true, true, true, false, false, true, true, false],
    count: rows.count,
    put(i, into, at) {
      into[at] = releaseKey;
      into[at + 1] = rows.line(i);
      into[at + 2] = rows.preparedDate(i);
      into[at + 3] = rows.facilityId(i);
      into[at + 4] = rows.state(i);
      into[at + 5] = rows.countyFips(i);
      into[at + 6] = rows.form(i);
      into[at + 7] = rows.liftReason(i);
      into[at + 8] = rows.outcome(i);
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
    plain: [true, false, true],
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
  const cells = [...unordered].sort(byRollupKey);
  return {
    table: 'research_rollup_monthly',
    columns: ROLLUP_COLUMNS,
    plain: [true, true, true, true, true, false, false, true, true],
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

function byRollupKey(a: RollupCell, b: RollupCell): number {
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

/** Binary order of UTF-16 code units, which is SQLite's and PostgreSQL's "C" order for these ASCII keys. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
