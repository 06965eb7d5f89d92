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

/** How many traced declines of one record profile and month fell in one category (a store's answer). */
export interface TracedCount {
  readonly profile: number;
  /** Months since 1900-01 (rollup.ts). */
  readonly month: number;
  readonly followed: Followed;
  readonly count: number;
}

/** Rollup cells with what followed: per cell a FOLLOWED index, or -1 for a cell of records not traced. */
export interface FollowedRollupCells extends RollupCells {
  readonly followed: Int8Array;
}

/**
 * The release's rollup cells with each declined cell split by what followed: the traced declines of
 * a cell go to one cell per category, the rest of it (records without a person key) is
 * `untraceable`. Cells of other outcomes carry no category.
 */
export function splitByWhatFollowed(
  cells: RollupCells,
  isTraced: (profile: number) => boolean,
  traced: readonly TracedCount[],
): FollowedRollupCells {
  const byCell = new Map<string, TracedCount[]>();
  for (const t of traced) {
    const key = `${t.profile} ${t.month}`;
    const list = byCell.get(key);
    if (list) list.push(t);
    else byCell.set(key, [t]);
  }
  const profile: number[] = [];
  const month: number[] = [];
  const records: number[] = [];
  const followed: number[] = [];
  const push = (p: number, m: number, n: number, f: number) => {
    if (n <= 0) return;
    profile.push(p);
    month.push(m);
    records.push(n);
    followed.push(f);
  };
  for (let i = 0; i < cells.count; i++) {
    const p = cells.profile[i]!;
    const m = cells.month[i]!;
    const n = cells.records[i]!;
    if (!isTraced(p)) {
      push(p, m, n, -1);
      continue;
    }
    let rest = n;
    for (const t of byCell.get(`${p} ${m}`) ?? []) {
      push(p, m, t.count, FOLLOWED.indexOf(t.followed));
      rest -= t.count;
    }
    if (rest < 0) throw new Error(`traced declines exceed the rollup's cell (profile ${p}, month ${m})`);
    push(p, m, rest, FOLLOWED.indexOf(UNTRACEABLE));
  }
  return {
    count: profile.length,
    profile: Int32Array.from(profile),
    month: Int32Array.from(month),
    records: Int32Array.from(records),
    followed: Int8Array.from(followed),
  };
}
