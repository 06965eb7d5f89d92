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
  'followed',
  'criminality',
  'aor',
  'citizenship',
  'conviction_category',
  'us_citizen',
] as const;

/**
 * A release's rollup as research_rollup_monthly rows, by state, facility and month (migration 0004):
 * written in its index's order, the index takes runs of neighbouring entries, not a random write per cell.
 */
export function rollupRows(releaseId: string, rollup: StoredRollup): BulkRows {
  const { coded } = rollup;
  const order = inRollupKeyOrder(rollup);
  const month = new Int32Array(order.length);
  // One array for the columns coded by profile, as in the rollup: a bulk path may write them as one run.
  const profile = new Int32Array(order.length);
  const followed = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    month[i] = coded.month.codes[order[i]!]!;
    profile[i] = coded.state.codes[order[i]!]!;
    followed[i] = coded.followed.codes[order[i]!]!;
  }
  const byProfile = (column: CodedColumn<SqlValue>): CodedColumn<SqlValue> => ({ codes: profile, value: column.value });
  return {
    table: 'research_rollup_monthly',
    columns: ROLLUP_COLUMNS,
    count: rollup.count,
    expand: true,
    coded: [
      null,
      { codes: month, value: coded.month.value },
      byProfile(coded.state),
      byProfile(coded.countyFips),
      byProfile(coded.facilityId),
      byProfile(coded.form),
      byProfile(coded.liftReason),
      byProfile(coded.outcome),
      null,
      { codes: followed, value: coded.followed.value },
      byProfile(coded.criminality),
      byProfile(coded.aor),
      byProfile(coded.citizenship),
      byProfile(coded.convictionCategory),
      byProfile(coded.usCitizen),
    ],
    put(i, into, at) {
      into[at] = releaseId;
      into[at + 8] = rollup.records(order[i]!);
    },
  };
}

/**
 * The cells' indexes in the order of ROLLUP_COLUMNS from the state on (state, facility, month, then
 * county, form, lift reason and outcome), text in binary order (SQLite's and PostgreSQL's "C"
 * order for these ASCII keys). The values before and after the month follow from a cell's profile:
 * the few thousand profiles are ranked once, then the cells ordered by three stable counting passes
 * (by the rank after the month, by the month, by the rank before it), without comparing per cell.
 */
function inRollupKeyOrder(rollup: StoredRollup): Int32Array {
  const { state, countyFips, facilityId, form, liftReason, outcome, month } = rollup.coded;
  const profiles = [...new Set(state.codes)];
  const size = profiles.reduce((max, code) => Math.max(max, code + 1), 0);
  /** Per profile code, the rank of its key among the profiles' keys (equal keys, equal ranks). */
  const rankBy = (key: (code: number) => readonly (string | number)[]) => {
    const keys = new Map(profiles.map((code) => [code, key(code)]));
    const sorted = [...profiles].sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
    const rank = new Int32Array(size);
    sorted.forEach((code, i) => {
      const before = sorted[i - 1];
      const same = before !== undefined && compareKeys(keys.get(before)!, keys.get(code)!) === 0;
      rank[code] = same ? rank[before]! : i;
    });
    return rank;
  };
  const head = rankBy((code) => [state.value(code), facilityId.value(code)]);
  const tail = rankBy((code) => [
    countyFips.value(code),
    form.value(code),
    liftReason.value(code),
    outcome.value(code),
  ]);
  // Plain loops: typed arrays' `from` with a function costs more than the sorting.
  const count = rollup.count;
  const byTail = new Int32Array(count);
  const byMonth = new Int32Array(count);
  const byHead = new Int32Array(count);
  let firstMonth = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < count; i++) firstMonth = Math.min(firstMonth, month.codes[i]!);
  for (let i = 0; i < count; i++) {
    const code = state.codes[i]!;
    byTail[i] = tail[code]!;
    byMonth[i] = month.codes[i]! - firstMonth;
    byHead[i] = head[code]!;
  }
  let order: Int32Array = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order = countingSort(order, byTail);
  order = countingSort(order, byMonth);
  return countingSort(order, byHead);
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

/** Month codes (months since 1900-01) stay below this; a key packs a month and another number. */
const MONTH_CODES = 4096;

/**
 * The narrower rollups of migrations 0018 and 0021 from a release's monthly rollup cells, added up
 * here rather than by SQL over the rows just written (a scan and a sort of every cell of the table,
 * which cost an import more than writing them): records (and re-issues among them) per month and
 * facility with its state and county, and records per outcome, state and month, each in its table's
 * key order.
 */
export function narrowRollupRows(releaseId: string, rollup: StoredRollup): BulkRows[] {
  const { month, facilityId, state, countyFips, outcome } = rollup.coded;
  // Per profile, once: its spot (facility, state and county, numbered densely here) and its place
  // (outcome and state, numbered likewise); then per cell only small-integer keys (a key per cell
  // that is not a small integer, or a string, cost more than writing the rows).
  let profiles = 0;
  for (let i = 0; i < rollup.count; i++) profiles = Math.max(profiles, state.codes[i]! + 1);
  const spotOfProfile = new Int32Array(profiles).fill(-1);
  const placeOfProfile = new Int32Array(profiles).fill(-1);
  const reissueProfile = new Uint8Array(profiles);
  const spots = new Map<string, number>();
  const spotValues: (readonly [number, string, string])[] = [];
  const places = new Map<string, number>();
  const placeValues: (readonly [string, string])[] = [];
  // Per spot (numbered) and month: records, and re-issues; per place (numbered) and month.
  const bySpot = new Map<number, number>();
  const reissuesBySpot = new Map<number, number>();
  const byPlace = new Map<number, number>();
  for (let i = 0; i < rollup.count; i++) {
    const records = rollup.records(i);
    const monthCode = month.codes[i]!;
    const profile = state.codes[i]!;
    let spot = spotOfProfile[profile]!;
    let place = placeOfProfile[profile]!;
    if (spot < 0) {
      const stateValue = state.value(profile) as string;
      const outcomeValue = outcome.value(outcome.codes[i]!) as string;
      reissueProfile[profile] = outcomeValue === REISSUED ? 1 : 0;
      spot = numbered(spots, spotValues, [
        facilityId.value(facilityId.codes[i]!) as number,
        stateValue,
        countyFips.value(countyFips.codes[i]!) as string,
      ]);
      spotOfProfile[profile] = spot;
      place = numbered(places, placeValues, [outcomeValue, stateValue]);
      placeOfProfile[profile] = place;
    }
    const spotKey = spot * MONTH_CODES + monthCode;
    bySpot.set(spotKey, (bySpot.get(spotKey) ?? 0) + records);
    if (reissueProfile[profile] === 1) reissuesBySpot.set(spotKey, (reissuesBySpot.get(spotKey) ?? 0) + records);
    const placeKey = place * MONTH_CODES + monthCode;
    byPlace.set(placeKey, (byPlace.get(placeKey) ?? 0) + records);
  }
  // By month, then (facility id, state, county) in binary order.
  const spotRank = rankOf(spotValues);
  const spotKeys = Float64Array.from(bySpot.keys()).sort(
    (a, b) =>
      (a % MONTH_CODES) - (b % MONTH_CODES) ||
      spotRank[Math.floor(a / MONTH_CODES)]! - spotRank[Math.floor(b / MONTH_CODES)]!,
  );
  // Places by (outcome, state) in binary order, then month.
  const placeRank = rankOf(placeValues);
  const placeKeys = Float64Array.from(byPlace.keys()).sort(
    (a, b) =>
      placeRank[Math.floor(a / MONTH_CODES)]! - placeRank[Math.floor(b / MONTH_CODES)]! ||
      (a % MONTH_CODES) - (b % MONTH_CODES),
  );
  return [
    {
      table: 'research_rollup_facility_month',
      columns: ['month', 'facility_id', 'state', 'county_fips', 'release_id', 'count', 'reissues'],
      count: spotKeys.length,
      put(i, into, at) {
        const key = spotKeys[i]!;
        const [facility, stateValue, county] = spotValues[Math.floor(key / MONTH_CODES)]!;
        into[at] = month.value(key % MONTH_CODES);
        into[at + 1] = facility;
        into[at + 2] = stateValue;
        into[at + 3] = county;
        into[at + 4] = releaseId;
        into[at + 5] = bySpot.get(key)!;
        into[at + 6] = reissuesBySpot.get(key) ?? 0;
      },
    },
    {
      table: 'research_rollup_outcome_state',
      columns: ['outcome', 'state', 'month', 'release_id', 'count'],
      count: placeKeys.length,
      put(i, into, at) {
        const key = placeKeys[i]!;
        const [outcomeValue, stateValue] = placeValues[Math.floor(key / MONTH_CODES)]!;
        into[at] = outcomeValue;
        into[at + 1] = stateValue;
        into[at + 2] = month.value(key % MONTH_CODES);
        into[at + 3] = releaseId;
        into[at + 4] = byPlace.get(key)!;
      },
    },
  ];
}

/** The number of `values` in `numbers` (a key per distinct value), given the next number when new. */
function numbered<T extends readonly (string | number)[]>(numbers: Map<string, number>, values: T[], value: T): number {
  const key = JSON.stringify(value);
  let number = numbers.get(key);
  if (number === undefined) {
    numbers.set(key, (number = values.length));
    values.push(value);
  }
  return number;
}

/** Each value's rank (by its index) in the binary order of the values. */
function rankOf(values: readonly (readonly (string | number)[])[]): Int32Array {
  const rank = new Int32Array(values.length);
  [...values.keys()].sort((a, b) => compareKeys(values[a]!, values[b]!)).forEach((value, i) => (rank[value] = i));
  return rank;
}
