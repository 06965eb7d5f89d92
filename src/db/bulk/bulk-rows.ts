import type { CodedColumn, StoredDetainers, StoredProfiles, StoredRollup } from '../../core/research/import-release.js';
import { monthIndex } from '../../core/research/rollup.js';
import { REISSUED } from '../../core/research/outcomes.js';

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
  /**
   * True when the coded columns repeat a few values over many rows: a path may then write each code's
   * values once and have the database build the rows (sqlite-bulk-append.ts).
   */
  readonly expand?: boolean;
}

/** An engine's bulk path for the rows of one transaction. */
export interface BulkAppender {
  append(rows: BulkRows): Promise<void>;
  /** Completes what append may have left in flight; called before any other statement. */
  finish(): Promise<void>;
  /** Abandons what is in flight after a failure, so that the transaction can roll back. */
  abort(): void;
}

const DETAINER_COLUMNS = ['release_key', 'line', 'prepared_date', 'profile', 'likely_duplicate', 'extra'] as const;

/** A batch of research records as research_detainers rows (the flag as 0/1, which both engines take). */
export function detainerRows(releaseKey: number, rows: StoredDetainers): BulkRows {
  return {
    table: 'research_detainers',
    columns: DETAINER_COLUMNS,
    count: rows.count,
    coded: [null, null, rows.coded.preparedDate, rows.coded.profile, null, null],
    put(i, into, at) {
      into[at] = releaseKey;
      into[at + 1] = rows.line(i);
      into[at + 4] = 0; // flagged after the load (flagLikelyDuplicates)
      into[at + 5] = rows.extra(i);
    },
  };
}

/** A release's profiles as research_profiles rows, numbered as its records name them. */
export function profileRows(releaseKey: number, profiles: StoredProfiles): BulkRows {
  return {
    table: 'research_profiles',
    columns: [
      'release_key',
      'id',
      'facility_id',
      'state',
      'county_fips',
      'form',
      'lift_reason',
      'outcome',
      'aor',
      'citizenship',
      'criminality',
      'conviction_category',
      'us_citizen',
    ],
    count: profiles.count,
    put(i, into, at) {
      into[at] = releaseKey;
      into[at + 1] = i;
      into[at + 2] = profiles.facilityId(i);
      into[at + 3] = profiles.state(i);
      into[at + 4] = profiles.countyFips(i);
      into[at + 5] = profiles.form(i);
      into[at + 6] = profiles.liftReason(i);
      into[at + 7] = profiles.outcome(i);
      into[at + 8] = profiles.aor(i);
      into[at + 9] = profiles.citizenship(i);
      into[at + 10] = profiles.criminality(i);
      into[at + 11] = profiles.convictionCategory(i);
      into[at + 12] = profiles.usCitizen(i) ? 1 : 0;
    },
  };
}

/** The temporary table the duplicate rule reads: person keys live there only during their import. */
export const IMPORT_PERSONS = 'research_import_persons';

/** The temporary table of each traced decline's line, profile, month and category (what-followed.ts). */
export const IMPORT_FOLLOWED = 'research_import_followed';

/**
 * A batch's records that have a person key, as rows of IMPORT_PERSONS: the key and prepare instant
 * for the duplicate rule, the outcome, profile and month (since 1900-01) to trace what followed a
 * decline (what-followed.ts).
 */
export function personRows(rows: StoredDetainers): BulkRows {
  const withKey: number[] = [];
  for (let i = 0; i < rows.count; i++) if (rows.personKey(i) !== null) withKey.push(i);
  const { preparedDate, profile } = rows.coded;
  return {
    table: IMPORT_PERSONS,
    columns: ['line', 'person', 'prepared_at', 'outcome', 'profile', 'month'],
    count: withKey.length,
    put(j, into, at) {
      const i = withKey[j]!;
      into[at] = rows.line(i);
      into[at + 1] = rows.personKey(i);
      into[at + 2] = rows.preparedAt(i);
      into[at + 3] = rows.outcome(i);
      into[at + 4] = profile.codes[i]!;
      into[at + 5] = monthIndex(preparedDate.value(preparedDate.codes[i]!));
    },
  };
}

/**
 * A release's rollup as research_rollup_cells rows (migration 0023): per cell its record profile, month
 * and what followed, in the table's key order (profile, month, then what followed in binary order), so
 * that the key takes runs of neighbouring entries, not a random write per cell. The view
 * research_rollup_monthly reads the other values from the profiles (written from the same dictionaries).
 */
export function rollupCellRows(releaseKey: number, rollup: StoredRollup): BulkRows {
  const { state, month, followed } = rollup.coded;
  const profile = state.codes; // every column coded by profile shares the profile's codes
  const count = rollup.count;
  const followedRank = rankCodes(followed, count);
  let firstMonth = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < count; i++) firstMonth = Math.min(firstMonth, month.codes[i]!);
  const byFollowed = new Int32Array(count);
  const byMonth = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    byFollowed[i] = followedRank.get(followed.codes[i]!)!;
    byMonth[i] = month.codes[i]! - firstMonth;
  }
  let order: Int32Array = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order = countingSort(countingSort(countingSort(order, byFollowed), byMonth), profile);
  // Each value once (a release spans a few hundred months), not a string made per cell.
  const months: SqlValue[] = [];
  const followedValues: SqlValue[] = [];
  for (let i = 0; i < count; i++) {
    months[byMonth[i]!] ??= month.value(month.codes[i]!);
    followedValues[byFollowed[i]!] ??= followed.value(followed.codes[i]!);
  }
  return {
    table: 'research_rollup_cells',
    columns: ['release_key', 'profile', 'month', 'followed', 'count'],
    count,
    put(j, into, at) {
      const i = order[j]!;
      into[at] = releaseKey;
      into[at + 1] = profile[i]!;
      into[at + 2] = months[byMonth[i]!]!;
      into[at + 3] = followedValues[byFollowed[i]!]!;
      into[at + 4] = rollup.records(i);
    },
  };
}

/** Per code among the first `count` of a coded column, the rank of its value (binary order). */
function rankCodes(column: CodedColumn<SqlValue>, count: number): Map<number, number> {
  const codes = [...new Set(column.codes.subarray(0, count))];
  const values = codes.map((code) => ({ code, value: column.value(code) ?? '' }));
  values.sort((a, b) => compare(a.value, b.value));
  return new Map(values.map(({ code }, rank) => [code, rank]));
}

/** `order` by each entry's digit (small, not negative), entries of equal digits kept in their order. */
function countingSort(order: Int32Array, digit: Int32Array): Int32Array {
  let values = 0;
  for (let i = 0; i < digit.length; i++) values = Math.max(values, digit[i]! + 1);
  // Where each digit's entries start in the result.
  const starts = new Int32Array(values + 1);
  for (let i = 0; i < digit.length; i++) starts[digit[i]! + 1]!++;
  for (let d = 1; d <= values; d++) starts[d]! += starts[d - 1]!;
  const sorted = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    sorted[starts[digit[i]!]!++] = i;
  }
  return sorted;
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let k = 0; k < a.length; k++) {
    const order = compare(a[k]!, b[k]!);
    if (order !== 0) return order;
  }
  return 0;
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

/**
 * The narrower rollups of migrations 0018, 0021 and 0022 from a release's monthly rollup cells, added up
 * here rather than by SQL over the rows just written (a scan and a sort of every cell of the table,
 * which cost an import more than writing them): records (and re-issues among them) per month and
 * facility with its state and county, and records per state, outcome, lift reason and month, each in
 * its table's key order.
 */
export function narrowRollupRows(releaseId: string, rollup: StoredRollup): BulkRows[] {
  const { month, facilityId, state, countyFips, outcome, liftReason } = rollup.coded;
  const count = rollup.count;
  // Per profile, once: its spot (facility, state and county) and its place (state, outcome and lift
  // reason), each numbered by its rank among the release's; then per cell only small integers: the
  // cells are put in each table's key order by stable counting passes and equal keys added up in one
  // pass (maps of keys and sorts comparing them cost several times more on ~500,000 cells).
  const { used, cellOf: cellOfProfile } = usedProfiles(state.codes, count);
  const profiles = cellOfProfile.length;
  const spotOf = (profile: number) => {
    const cell = cellOfProfile[profile]!;
    return [facilityId.value(facilityId.codes[cell]!), state.value(profile), countyFips.value(countyFips.codes[cell]!)];
  };
  const placeOf = (profile: number) => {
    const cell = cellOfProfile[profile]!;
    return [
      state.value(profile),
      outcome.value(outcome.codes[cell]!),
      liftReason.value(liftReason.codes[cell]!),
    ] as const;
  };
  const spotRank = rankProfiles(used, profiles, spotOf, compareKeys);
  const placeRank = rankProfiles(used, profiles, placeOf, compareKeys);
  const reissue = new Uint8Array(profiles);
  for (const profile of used) {
    reissue[profile] = outcome.value(outcome.codes[cellOfProfile[profile]!]!) === REISSUED ? 1 : 0;
  }
  let firstMonth = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < count; i++) firstMonth = Math.min(firstMonth, month.codes[i]!);
  const byMonth = new Int32Array(count);
  const bySpot = new Int32Array(count);
  const byPlace = new Int32Array(count);
  const reissueCell = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const profile = state.codes[i]!;
    byMonth[i] = month.codes[i]! - firstMonth;
    bySpot[i] = spotRank.rank[profile]!;
    byPlace[i] = placeRank.rank[profile]!;
    reissueCell[i] = reissue[profile]!;
  }
  const cells = new Int32Array(count);
  for (let i = 0; i < count; i++) cells[i] = i;
  // By month, then spot (facility id, state, county in binary order); by place (state, outcome, lift
  // reason), then month.
  const spotCells = countingSort(countingSort(cells, bySpot), byMonth);
  const placeCells = countingSort(countingSort(cells, byMonth), byPlace);
  const spotRuns = addedUp(spotCells, (i) => byMonth[i]! * spotRank.values.length + bySpot[i]!, rollup, reissueCell);
  const placeRuns = addedUp(placeCells, (i) => byPlace[i]! * MONTH_SPAN + byMonth[i]!, rollup);
  return [
    {
      table: 'research_rollup_facility_month',
      columns: ['month', 'facility_id', 'state', 'county_fips', 'release_id', 'count', 'reissues'],
      count: spotRuns.count,
      put(i, into, at) {
        const cell = spotRuns.first[i]!;
        const [facility, stateValue, county] = spotRank.values[bySpot[cell]!]!;
        into[at] = month.value(month.codes[cell]!);
        into[at + 1] = facility!;
        into[at + 2] = stateValue!;
        into[at + 3] = county!;
        into[at + 4] = releaseId;
        into[at + 5] = spotRuns.records[i]!;
        into[at + 6] = spotRuns.reissues[i]!;
      },
    },
    {
      table: 'research_rollup_outcome_state',
      columns: ['state', 'outcome', 'lift_reason', 'month', 'release_id', 'count'],
      count: placeRuns.count,
      put(i, into, at) {
        const cell = placeRuns.first[i]!;
        const [stateValue, outcomeValue, reason] = placeRank.values[byPlace[cell]!]!;
        into[at] = stateValue;
        into[at + 1] = outcomeValue;
        into[at + 2] = reason;
        into[at + 3] = month.value(month.codes[cell]!);
        into[at + 4] = releaseId;
        into[at + 5] = placeRuns.records[i]!;
      },
    },
  ];
}

/** Month codes (months since 1900-01) stay below this: a key packs a rank and a month. */
const MONTH_SPAN = 4096;

/**
 * Per profile code, the rank of its key among the distinct keys of the profiles used (equal keys,
 * equal ranks), and the distinct keys by rank.
 */
function rankProfiles<K>(
  used: readonly number[],
  profiles: number,
  key: (profile: number) => K,
  order: (a: K, b: K) => number,
): { rank: Int32Array; values: K[] } {
  const entries = used.map((profile) => ({ profile, key: key(profile) }));
  entries.sort((a, b) => order(a.key, b.key));
  const rank = new Int32Array(profiles);
  const values: K[] = [];
  for (const { profile, key: value } of entries) {
    if (values.length === 0 || order(values[values.length - 1]!, value) !== 0) values.push(value);
    rank[profile] = values.length - 1;
  }
  return { rank, values };
}

/** The profile codes some cell names, ascending, and one cell of each (by code; -1 for none). */
function usedProfiles(codes: Int32Array, count: number): { used: number[]; cellOf: Int32Array } {
  let profiles = 0;
  for (let i = 0; i < count; i++) profiles = Math.max(profiles, codes[i]! + 1);
  const cellOf = new Int32Array(profiles).fill(-1);
  for (let i = 0; i < count; i++) if (cellOf[codes[i]!]! < 0) cellOf[codes[i]!] = i;
  const used: number[] = [];
  for (let profile = 0; profile < profiles; profile++) if (cellOf[profile]! >= 0) used.push(profile);
  return { used, cellOf };
}

/**
 * Cells in key order, their neighbours of equal key added up: per run, its first cell, the records
 * it counts and, with `reissue` (per cell, 1 for a re-issue), the re-issues among them.
 */
function addedUp(
  cells: Int32Array,
  key: (cell: number) => number,
  rollup: StoredRollup,
  reissue?: Uint8Array,
): { count: number; first: Int32Array; records: Float64Array; reissues: Float64Array } {
  const first = new Int32Array(cells.length);
  const records = new Float64Array(cells.length);
  const reissues = new Float64Array(reissue ? cells.length : 0);
  let runs = 0;
  let runKey = -1;
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j]!;
    const k = key(cell);
    if (runs === 0 || k !== runKey) {
      first[runs] = cell;
      runKey = k;
      runs++;
    }
    const counted = rollup.records(cell);
    records[runs - 1]! += counted;
    if (reissue?.[cell] === 1) reissues[runs - 1]! += counted;
  }
  return { count: runs, first, records, reissues };
}
