/**
 * What ICE's own records say followed a detainer the local agency declined (issue 12, point 6).
 *
 * A release that names its person (a pseudonymous key: the Deportation Data Project's releases) can
 * say whether ICE lodged another detainer for the same person later in the release, and how that
 * later detainer ended. That is all it can say: a later detainer means the person was in some
 * agency's custody again and ICE asked again; no later detainer means none in this release (whose
 * records end on a date: later ones are not in it), not that nothing happened. A release without
 * person keys (the NPR/TRAC-era exports, e.g. pa_detainers.csv) cannot trace a person at all: its
 * declined detainers are `untraceable`, said as such, never counted as "nothing followed".
 *
 * The rule: the later detainer is the same person's first record prepared more than `windowMs`
 * (24 hours, the duplicate rule's window) after the declined one, by prepare instant (then line);
 * nearer records are re-issues of the same request under the duplicate rule, not a later detainer.
 * It is worked out during the import, while the keys exist, and stored per record as a category
 * (the key itself is never stored). Only declined detainers are traced; other records have none.
 */
import { CRIMINALITY, type Criminality } from './criminality.js';
import type { RollupCells } from './rollup.js';
import { OUTCOMES, type Outcome } from './outcomes.js';

/** The outcome whose records are traced. */
export const TRACED_OUTCOME: Outcome = 'declined-by-agency';

export const FOLLOWED = [
  'untraceable',
  'no-later-detainer',
  'later-transferred-to-ice',
  'later-declined-by-agency',
  'later-lifted-by-ice',
  'later-released',
  'later-reissued',
  'later-other',
  'later-pending',
] as const;
export type Followed = (typeof FOLLOWED)[number];

/** The category of a traced decline whose later detainer ended in `outcome`. */
export const FOLLOWED_BY_LATER_OUTCOME: Readonly<Record<Outcome, Followed>> = Object.fromEntries(
  OUTCOMES.map((o) => [o, `later-${o}` as Followed]),
) as Record<Outcome, Followed>;

/** A traced decline for which the release holds no later detainer of the same person. */
export const NO_LATER_DETAINER: Followed = 'no-later-detainer';
/** A decline whose record has no person key. */
export const UNTRACEABLE: Followed = 'untraceable';

/** The rule as a store applies it to the person keys it holds during an import. */
export interface FollowRule {
  /** Records of this outcome are traced. */
  readonly traced: Outcome;
  /** A later record of the same person must be prepared more than this after the traced one (ms). */
  readonly windowMs: number;
  /** The category for the later detainer's outcome. */
  readonly byLaterOutcome: Readonly<Record<Outcome, Followed>>;
  /** The category when there is no later detainer. */
  readonly none: Followed;
}

export function followRule(windowMs: number): FollowRule {
  return { traced: TRACED_OUTCOME, windowMs, byLaterOutcome: FOLLOWED_BY_LATER_OUTCOME, none: NO_LATER_DETAINER };
}

/** A record as the rule reads it. */
export interface TraceableRecord {
  readonly line: number;
  readonly personKey: string | null;
  /** ms on the release's own clock. */
  readonly preparedAt: number;
  readonly outcome: Outcome;
}

/**
 * The rule for one record over the records of its release (the reference the stores' SQL is tested
 * against): null for a record that is not traced (not a decline).
 */
export function whatFollowed(
  record: TraceableRecord,
  release: readonly TraceableRecord[],
  rule: FollowRule,
): Followed | null {
  if (record.outcome !== rule.traced) return null;
  if (record.personKey === null) return UNTRACEABLE;
  let next: TraceableRecord | undefined;
  for (const other of release) {
    if (other.personKey !== record.personKey || other.preparedAt <= record.preparedAt + rule.windowMs) continue;
    const earlier =
      next === undefined ||
      other.preparedAt < next.preparedAt ||
      (other.preparedAt === next.preparedAt && other.line < next.line);
    if (earlier) next = other;
  }
  return next === undefined ? rule.none : rule.byLaterOutcome[next.outcome];
}

/**
 * How many records of one record profile and month have one pair of categories (a store's answer,
 * over the records given a category by the import: traced declines, records whose criminality the
 * release records).
 */
export interface CategoryCount {
  readonly profile: number;
  /** Months since 1900-01 (rollup.ts). */
  readonly month: number;
  /** Null for a record not traced (a decline without a person key, or not a decline). */
  readonly followed: Followed | null;
  readonly criminality: Criminality | null;
  readonly count: number;
}

/**
 * Rollup cells with their categories: per cell a FOLLOWED index (-1 for records that are not declines)
 * and a CRIMINALITY index (-1 for none recorded).
 */
export interface CategorisedRollupCells extends RollupCells {
  readonly followed: Int8Array;
  readonly criminality: Int8Array;
}

/**
 * The release's rollup cells split by the records' categories: the counted records of a cell go to
 * one cell per pair of categories, the rest of it keeps none. A declined record without what followed
 * (no person key) is `untraceable`; records of other outcomes have no `followed`.
 */
/** Months a cell key (splitByCategories) tells apart, either side of 1900-01. */
const CELL_KEY_MONTHS = 2 ** 21;

export function splitByCategories(
  cells: RollupCells,
  isTraced: (profile: number) => boolean,
  counts: readonly CategoryCount[],
): CategorisedRollupCells {
  // Keyed by profile and month as one number (months since 1900-01 are far below 2^20): a string per
  // cell cost more than the rest of the split on a rollup of ~470,000 cells.
  const cellKey = (profile: number, month: number) => profile * CELL_KEY_MONTHS + month + CELL_KEY_MONTHS / 2;
  const byCell = new Map<number, CategoryCount[]>();
  for (const c of counts) {
    const key = cellKey(c.profile, c.month);
    const list = byCell.get(key);
    if (list) list.push(c);
    else byCell.set(key, [c]);
  }
  // Typed arrays filled in place (a cell splits into at most one part per count and one more): arrays
  // of numbers pushed, then copied, cost more than the rest of the split on ~470,000 cells.
  const capacity = cells.count + counts.length;
  const profile = new Int32Array(capacity);
  const month = new Int32Array(capacity);
  const records = new Int32Array(capacity);
  const followed = new Int8Array(capacity);
  const criminality = new Int8Array(capacity);
  let n = 0;
  const push = (p: number, m: number, r: number, f: number, c: number) => {
    profile[n] = p;
    month[n] = m;
    records[n] = r;
    followed[n] = f;
    criminality[n] = c;
    n++;
  };
  const untraceable = FOLLOWED.indexOf(UNTRACEABLE);
  for (let i = 0; i < cells.count; i++) {
    const p = cells.profile[i]!;
    const m = cells.month[i]!;
    const traced = isTraced(p);
    const categorised = byCell.get(cellKey(p, m));
    if (!categorised) {
      // No record of the cell has a category: the cell as it is (what the parts below come to).
      if (cells.records[i]! > 0) push(p, m, cells.records[i]!, traced ? untraceable : -1, -1);
      continue;
    }
    const parts = new Map<string, { f: number; c: number; n: number }>();
    const add = (f: number, c: number, n: number) => {
      const key = `${f} ${c}`;
      const part = parts.get(key);
      if (part) part.n += n;
      else parts.set(key, { f, c, n });
    };
    let rest = cells.records[i]!;
    for (const c of categorised) {
      const f = c.followed === null ? (traced ? untraceable : -1) : FOLLOWED.indexOf(c.followed);
      add(f, c.criminality === null ? -1 : CRIMINALITY.indexOf(c.criminality), c.count);
      rest -= c.count;
    }
    if (rest < 0) throw new Error(`categorised records exceed the rollup's cell (profile ${p}, month ${m})`);
    add(traced ? untraceable : -1, -1, rest);
    for (const part of parts.values()) {
      if (part.n > 0) push(p, m, part.n, part.f, part.c);
    }
  }
  return {
    count: n,
    profile: profile.slice(0, n),
    month: month.slice(0, n),
    records: records.slice(0, n),
    followed: followed.slice(0, n),
    criminality: criminality.slice(0, n),
  };
}
