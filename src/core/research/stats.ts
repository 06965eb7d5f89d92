/**
 * Statistics over imported ICE FOIA detainer data (README, "Public data: statistics"): the
 * dimensions, the US federal fiscal year, validation of a query (naming the field), and grouping.
 * Counts come from the monthly rollup; when `from` or `to` falls inside a month, that month is
 * counted from the records themselves, day by day, so the answer is exact to the day.
 *
 * Releases that overlap in time hold the same detainers twice: each month is counted from ONE release,
 * the newest that covers the whole month, else the newest (release-coverage.ts, `releasePeriods`: the
 * Deportation Data Project's practice of using the newest release for the period it covers). `release`
 * narrows the candidates (the precedence applies among them); releases are added up only when asked
 * (`combine: 'add'`), and the answer says so. Re-issues (outcome `reissued`: a duplicate record or a new
 * form superseding one) are left out of detainer counts unless asked (`includeReissues`); the answer says
 * how many were left out.
 */
import { otherSpellings, type FacilityName } from './facility-reference.js';
import { invalidField, tooBroad, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { REISSUED, type Outcome } from './outcomes.js';
import type { Criminality } from './criminality.js';
import type { ConvictionCategory } from './dimensions.js';
import type { Followed } from './what-followed.js';
import {
  ownPeriods,
  releaseOverlaps,
  releasePeriods,
  type CoveredRelease,
  type ReleaseCoverage,
  type ReleaseOverlap,
  type ReleasePeriod,
} from './release-coverage.js';

export const DETAINER_DIMENSIONS = [
  'year',
  'fiscalYear',
  'month',
  'state',
  'county',
  'facility',
  'form',
  'outcome',
  'liftReason',
  // Slice "measures": what the records say followed a declined detainer (what-followed.ts); null for other records.
  'followed',
  // Slice "measures": the person's criminality where the release records it (criminality.ts); null otherwise.
  'criminality',
  // Issue 14, point 5 (dimensions.ts): null where the release does not record them.
  'citizenship',
  'usCitizen',
  'convictionCategory',
  'aor',
] as const;
export type DetainerDimension = (typeof DETAINER_DIMENSIONS)[number];

/** The columns the store groups by; time dimensions all come from the month. */
export type StoredDimension =
  | 'month'
  | 'state'
  | 'county'
  | 'facility'
  | 'form'
  | 'outcome'
  | 'liftReason'
  | 'followed'
  | 'criminality'
  | 'citizenship'
  | 'usCitizen'
  | 'convictionCategory'
  | 'aor';

export interface DetainerStatsFilters {
  readonly state?: string;
  readonly county?: string;
  readonly facility?: number;
  readonly from?: string; // YYYY-MM-DD, inclusive
  readonly to?: string; // YYYY-MM-DD, inclusive
  readonly outcome?: Outcome;
  /** Only declined detainers followed by this (what-followed.ts). */
  readonly followed?: Followed;
  /** Only records of people in this criminality category (criminality.ts). */
  readonly criminality?: Criminality;
  /** Only records of people of this citizenship country (as written, normalised: dimensions.ts groupingText). */
  readonly citizenship?: string;
  /** Only records whose lift reason says the person is (true) or is not (false) a U.S. citizen. */
  readonly usCitizen?: boolean;
  /** Only records whose most serious conviction is in this NCIC offense group (dimensions.ts). */
  readonly convictionCategory?: ConvictionCategory;
  /** Only records of this area of responsibility (as written, normalised). */
  readonly aor?: string;
  readonly form?: string; // as the release gives it (I247, I-247A, ...)
  readonly liftReason?: string; // as the release gives it
  /** The releases to count (ids); every imported release when absent. One per month unless `combine` is 'add'. */
  readonly releases?: readonly string[];
  /** Count re-issues (outcome `reissued`) as detainers too; left out when absent or false. */
  readonly includeReissues?: boolean;
  /** 'add': add up releases that cover the same months (the same detainers may count twice). */
  readonly combine?: 'add';
}

/** The filters as the store applies them: the question's, with the releases chosen per month. */
export interface StoreFilters extends DetainerStatsFilters {
  /** Count only these releases' months (the precedence's choice); overrides `releases`. */
  readonly periods?: readonly ReleasePeriod[];
  /** Leave out records of this outcome (re-issues, by default). */
  readonly withoutOutcome?: Outcome;
}

/** How the rows of an answer are ordered: by the groupBy dimensions in turn, or by count, largest first. */
export const STATS_SORTS = ['dimensions', 'count'] as const;
export type StatsSort = (typeof STATS_SORTS)[number];

/** Whether an answer carries its totals: not (`none`), beside the rows (`include`), or instead of them (`only`). */
export const STATS_TOTALS = ['none', 'include', 'only'] as const;
export type StatsTotalsMode = (typeof STATS_TOTALS)[number];

/** The most rows `limit` may ask for. */
export const MAX_STATS_LIMIT = 10_000;

export interface DetainerStatsQuery {
  readonly groupBy: readonly DetainerDimension[];
  readonly filters: DetainerStatsFilters;
  /** The order of the rows; `dimensions` when absent. */
  readonly sort?: StatsSort;
  /** At most this many rows, the first in `sort` order (top-N); every row when absent. */
  readonly limit?: number;
  /** Whether the answer gives its totals; `none` when absent. */
  readonly totals?: StatsTotalsMode;
}

/** An answer's totals over all its groups, whatever `limit` keeps. */
export interface StatsTotals {
  /** The records counted, over every group. */
  readonly count: number;
  /** The groups (rows) the answer has before `limit`. */
  readonly groups: number;
}

/** One group as the store returns it: unknown values are '' (facility 0). */
export interface StoredCount {
  readonly month: string;
  readonly state: string;
  readonly county: string;
  readonly facility: number;
  readonly form: string;
  readonly outcome: string;
  readonly liftReason: string;
  /** '' for records that are not declines. */
  readonly followed: string;
  /** '' when the release records none. */
  readonly criminality: string;
  /** '' when the release records none (also aor and convictionCategory). */
  readonly citizenship: string;
  readonly aor: string;
  readonly convictionCategory: string;
  /** 1 when the lift reason says the person is (or claims to be) a U.S. citizen, else 0. */
  readonly usCitizen: number;
  readonly count: number;
}

/** Rows sorted and cut by the store (top-N in SQL). */
export interface StoredPage {
  readonly sort: StatsSort;
  readonly limit: number;
}

/** A page of grouped counts, with the number of groups and their total before the cut. */
export interface StoredCountPage {
  readonly rows: StoredCount[];
  readonly groups: number;
  readonly total: number;
}

/** Which part of the data a store query covers. */
export type StoreScope =
  | { readonly kind: 'months'; readonly from?: string; readonly to?: string } // YYYY-MM inclusive
  | { readonly kind: 'days'; readonly from: string; readonly to: string }; // YYYY-MM-DD inclusive

export interface ResearchReleaseInfo {
  readonly id: string;
  readonly dataset: string;
  readonly sourceFile: string;
  readonly importedAt: string;
  readonly rowsLoaded: number;
  /** SHA-256 of the imported file (hex): with the name, import date and count, the source stamp of a figure. */
  readonly sha256: string;
  /** Whether the release has a column of the person's criminality (e.g. DDP `Detainer_Prepared_Criminality`). */
  readonly recordsCriminality: boolean;
  /** Whether some record of the release gives a citizenship country (issue 14: the 2025 and later layouts). */
  readonly recordsCitizenship: boolean;
  /** Whether some record gives a most serious conviction (code or charge). */
  readonly recordsConviction: boolean;
  /** Whether some record gives an area of responsibility. */
  readonly recordsAor: boolean;
  /** The first and last prepare date of its records (null when it has none). */
  readonly coverage: ReleaseCoverage;
  /** The date the release is as of (YYYY-MM-DD): of two releases covering a month, the later counts. */
  readonly asOf: string | null;
}

export interface ResearchFacilityInfo {
  readonly id: number;
  /** ICE's facility code: the facility's identity across releases (null when no release gave one). */
  readonly code: string | null;
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  /** Every spelling releases gave it (facility-reference.ts). */
  readonly names: readonly FacilityName[];
}

/** A facility an answer names: with the spellings to show beside its name (facility-reference.ts `otherSpellings`). */
export interface AnsweredFacility extends ResearchFacilityInfo {
  readonly otherNames: readonly FacilityName[];
}

/** The research data, read side (db/repositories/research-stats.repository.ts). */
export interface ResearchStatsReader {
  /** Counts grouped by `dimensions` (other stored columns come back as '' / 0). */
  count(dimensions: readonly StoredDimension[], filters: StoreFilters, scope: StoreScope): Promise<StoredCount[]>;
  /**
   * At most how many groups `count` would give over `scope` (a cheap upper bound, e.g. the distinct
   * groups of the monthly rollup over the months that cover it).
   */
  estimateGroups(dimensions: readonly StoredDimension[], filters: StoreFilters): Promise<number>;
  /**
   * As `count`, sorted (as `compareValues`, count descending first when sorted by count) and cut to
   * `page.limit` rows by the store, with the number of groups and their total count before the cut.
   */
  countPage(
    dimensions: readonly StoredDimension[],
    filters: StoreFilters,
    scope: StoreScope,
    page: StoredPage,
  ): Promise<StoredCountPage>;
  /** Every imported release, by id. */
  releases(): Promise<ResearchReleaseInfo[]>;
  facilities(ids: readonly number[]): Promise<ResearchFacilityInfo[]>;
}

export type DimensionValue = string | number | boolean | null;
export type StatsRow = Readonly<Record<string, DimensionValue>> & { readonly count: number };

/** The filters as the answer repeats them: the releases as the comma-separated text of `release`. */
export type EchoedFilters = Omit<DetainerStatsFilters, 'releases'> & {
  readonly groupBy: readonly DetainerDimension[];
  readonly release?: string;
  readonly sort?: StatsSort;
  readonly limit?: number;
  readonly totals?: StatsTotalsMode;
};

/** Whether re-issues were left out of the counts, and how many (0 when they were counted). */
export interface ReissueNote {
  readonly excluded: boolean;
  readonly count: number;
}

export interface DetainerStats {
  /** The groups in `sort` order, at most `limit` of them; none when only totals were asked for. */
  readonly rows: StatsRow[];
  /** Present when totals were asked for (`totals` include or only). */
  readonly totals?: StatsTotals;
  /** The releases the counts come from (those of `periods`). */
  readonly releases: ResearchReleaseInfo[];
  /**
   * The candidate releases that cover the same days within the dates asked. With `combined: 'precedence'` each
   * month comes from one of them only (`periods`); with 'added' their records are added up, so the same
   * detainers may count twice.
   */
  readonly overlaps: ReleaseOverlap[];
  /** 'precedence': one release per month (the default); 'added': overlapping releases added up, as asked. */
  readonly combined: 'precedence' | 'added';
  /** The release used for each run of months (YYYY-MM); with 'added', each release's own months. */
  readonly periods: ReleasePeriod[];
  readonly reissues: ReissueNote;
  readonly facilities: AnsweredFacility[];
  readonly filters: EchoedFilters;
  /** How the date range was applied. */
  readonly granularity: 'all' | 'month' | 'day';
}

/** US federal fiscal year of a YYYY-MM month: October starts the next year's (FY2014 = Oct 2013 – Sep 2014). */
export function fiscalYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** A comma-separated dimension list, validated: unknown or repeated names are errors naming the field. */
export function parseDimensions<D extends string>(
  text: string | undefined,
  allowed: readonly D[],
  field = 'groupBy',
): Result<D[], DomainError> {
  const names = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (!(allowed as readonly string[]).includes(name)) {
      // The value sent is never repeated (it may be anything): its place in the list says which.
      return err(
        invalidField(field, `item ${index + 1} is not a dimension; one of ${allowed.join(', ')}`, 'oneOf', {
          allowed: [...allowed],
        }),
      );
    }
    if (seen.has(name)) return err(invalidField(field, `dimension "${name}" given twice`, 'duplicate'));
    seen.add(name);
  }
  return ok(names as D[]);
}

const STORED: Readonly<Record<DetainerDimension, StoredDimension>> = {
  year: 'month',
  fiscalYear: 'month',
  month: 'month',
  state: 'state',
  county: 'county',
  facility: 'facility',
  form: 'form',
  outcome: 'outcome',
  liftReason: 'liftReason',
  followed: 'followed',
  criminality: 'criminality',
  citizenship: 'citizenship',
  usCitizen: 'usCitizen',
  convictionCategory: 'convictionCategory',
  aor: 'aor',
};

function valueOf(dimension: DetainerDimension, row: StoredCount): DimensionValue {
  switch (dimension) {
    case 'year':
      return row.month === '' ? null : Number(row.month.slice(0, 4));
    case 'fiscalYear':
      return row.month === '' ? null : fiscalYearOf(row.month);
    case 'facility':
      return row.facility === 0 ? null : row.facility;
    case 'usCitizen':
      return row.usCitizen === 1;
    default: {
      const value = row[STORED[dimension] as Exclude<StoredDimension, 'facility' | 'usCitizen'>];
      return value === '' ? null : value;
    }
  }
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * The scopes that cover [from, to] exactly: whole months from the rollup, and the partial months
 * at either end from the records (at most two day ranges).
 */
export function scopesFor(filters: DetainerStatsFilters): {
  scopes: StoreScope[];
  granularity: DetainerStats['granularity'];
} {
  const { from, to } = filters;
  if (!from && !to) return { scopes: [{ kind: 'months' }], granularity: 'all' };
  const scopes: StoreScope[] = [];
  let firstWhole = from?.slice(0, 7);
  let lastWhole = to?.slice(0, 7);
  let partial = false;
  if (from && !from.endsWith('-01')) {
    const month = from.slice(0, 7);
    const end = to && to.slice(0, 7) === month ? to : lastDayOf(month);
    scopes.push({ kind: 'days', from, to: end });
    firstWhole = nextMonth(month);
    partial = true;
  }
  if (to && to !== lastDayOf(to.slice(0, 7))) {
    const month = to.slice(0, 7);
    if (!(from && from.slice(0, 7) === month && partial)) {
      scopes.push({ kind: 'days', from: from && from.slice(0, 7) === month ? from : `${month}-01`, to });
    }
    lastWhole = previousMonth(month);
    partial = true;
  }
  if (!firstWhole || !lastWhole || firstWhole <= lastWhole) {
    scopes.unshift({
      kind: 'months',
      ...(firstWhole ? { from: firstWhole } : {}),
      ...(lastWhole ? { to: lastWhole } : {}),
    });
  }
  return { scopes, granularity: partial ? 'day' : 'month' };
}

/** Compares dimension values: numbers and text in natural order, unknown (null) last. */
export function compareValues(a: DimensionValue, b: DimensionValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1; // false first
  return String(a) < String(b) ? -1 : 1;
}

/** Adds stored counts up by the requested dimensions; rows sorted by the dimensions in order. */
export function groupCounts<D extends string>(
  groupBy: readonly D[],
  counts: Iterable<StoredCount>,
  valueFor: (dimension: D, row: StoredCount) => DimensionValue,
): StatsRow[] {
  const groups = new Map<string, { values: DimensionValue[]; count: number }>();
  for (const row of counts) {
    const values = groupBy.map((d) => valueFor(d, row));
    const id = JSON.stringify(values);
    const group = groups.get(id);
    if (group) group.count += row.count;
    else groups.set(id, { values, count: row.count });
  }
  return [...groups.values()]
    .sort((a, b) => {
      for (let i = 0; i < groupBy.length; i++) {
        const c = compareValues(a.values[i]!, b.values[i]!);
        if (c !== 0) return c;
      }
      return 0;
    })
    .map(({ values, count }) => ({ ...Object.fromEntries(groupBy.map((d, i) => [d, values[i]!])), count }) as StatsRow);
}

/** Rows in `sort` order: by count, largest first (ties by the dimensions), or by the dimensions alone (as groupCounts). */
export function sortRows(rows: StatsRow[], sort: StatsSort): StatsRow[] {
  if (sort !== 'count') return rows;
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.count - a.row.count || a.order - b.order)
    .map(({ row }) => row);
}

/**
 * Whether the store can sort and cut the rows itself: one scope, and each dimension asked for its own
 * stored column (year and fiscal year are worked out from the month here, and add months up).
 */
function storeCanPage(groupBy: readonly DetainerDimension[], scopes: readonly StoreScope[]): boolean {
  return scopes.length === 1 && groupBy.every((d) => d !== 'year' && d !== 'fiscalYear');
}

/** A release's coverage within the dates asked (from, to inclusive): the days that can count. */
function within(coverage: ReleaseCoverage, filters: DetainerStatsFilters): ReleaseCoverage {
  const { from, to } = coverage;
  if (from === null || to === null) return coverage;
  const start = filters.from !== undefined && filters.from > from ? filters.from : from;
  const end = filters.to !== undefined && filters.to < to ? filters.to : to;
  return start <= end ? { from: start, to: end } : { from: null, to: null };
}

/** The releases a question counts: the candidates, the overlaps among them, and the release used per month. */
export interface ChosenReleases {
  readonly releases: ResearchReleaseInfo[];
  readonly overlaps: ReleaseOverlap[];
  readonly combined: 'precedence' | 'added';
  readonly periods: ReleasePeriod[];
}

/**
 * The releases a question counts: every one, or the named ones (REQUEST.INVALID_FIELD naming `release` for
 * one not imported); then one release per month among them (`releasePeriods`), or, with `combine: 'add'`,
 * all of them added up, each over its own months.
 */
export async function releasesFor(
  reader: ResearchStatsReader,
  filters: DetainerStatsFilters,
): Promise<Result<ChosenReleases, DomainError>> {
  const all = await reader.releases();
  const named = filters.releases;
  if (named !== undefined) {
    const ids = all.map((r) => r.id);
    for (const [index, id] of named.entries()) {
      if (!ids.includes(id)) {
        return err(
          invalidField('release', `item ${index + 1} is not an imported release; one of ${ids.join(', ')}`, 'oneOf', {
            allowed: ids,
          }),
        );
      }
    }
  }
  const candidates = named === undefined ? all : all.filter((r) => named.includes(r.id));
  const covered: CoveredRelease[] = candidates.map((r) => ({ id: r.id, coverage: within(r.coverage, filters) }));
  const overlaps = releaseOverlaps(covered);
  const months = {
    ...(filters.from === undefined ? {} : { from: filters.from.slice(0, 7) }),
    ...(filters.to === undefined ? {} : { to: filters.to.slice(0, 7) }),
  };
  if (filters.combine === 'add') {
    return ok({ releases: candidates, overlaps, combined: 'added', periods: ownPeriods(covered, months) });
  }
  const periods = releasePeriods(candidates, months);
  const used = new Set(periods.map((p) => p.release));
  return ok({ releases: candidates.filter((r) => used.has(r.id)), overlaps, combined: 'precedence', periods });
}

/** The filters the store applies: the months of each release chosen, re-issues left out unless asked. */
function storeFiltersFor(filters: DetainerStatsFilters, chosen: ChosenReleases): StoreFilters {
  return {
    ...filters,
    ...(chosen.combined === 'precedence' ? { periods: chosen.periods } : {}),
    ...(reissuesExcluded(filters) && filters.outcome === undefined ? { withoutOutcome: REISSUED } : {}),
  };
}

/** Re-issues are left out unless asked for (`includeReissues`, or `outcome=reissued`). */
function reissuesExcluded(filters: DetainerStatsFilters): boolean {
  return filters.includeReissues !== true && filters.outcome !== REISSUED;
}

/** Counts over the releases chosen (releasesFor), grouped and sorted. */
async function countFor(
  reader: ResearchStatsReader,
  query: DetainerStatsQuery,
  chosen: ChosenReleases,
): Promise<DetainerStats> {
  const stored = [...new Set(query.groupBy.map((d) => STORED[d]))];
  const { scopes, granularity } = scopesFor(query.filters);
  const storeFilters = storeFiltersFor(query.filters, chosen);
  const sort = query.sort ?? 'dimensions';
  const mode = query.totals ?? 'none';
  let rows: StatsRow[];
  let totals: StatsTotals | undefined;
  if ((query.limit !== undefined || mode === 'only') && storeCanPage(query.groupBy, scopes)) {
    // Top-N (or totals alone) in SQL: the store sorts, cuts, and counts the groups and records before the cut.
    const limit = mode === 'only' ? 1 : query.limit!;
    const page = await reader.countPage(stored, storeFilters, scopes[0]!, { sort, limit });
    rows = mode === 'only' ? [] : groupCounts(query.groupBy, page.rows, valueOf);
    rows = sortRows(rows, sort);
    totals = { count: page.total, groups: page.groups };
  } else {
    const counts: StoredCount[] = [];
    for (const scope of scopes) counts.push(...(await reader.count(stored, storeFilters, scope)));
    const all = sortRows(groupCounts(query.groupBy, counts, valueOf), sort);
    totals = { count: all.reduce((sum, row) => sum + row.count, 0), groups: all.length };
    rows = mode === 'only' ? [] : query.limit === undefined ? all : all.slice(0, query.limit);
  }
  // The re-issues left out: one total per scope over the same question, outcome `reissued` only.
  let reissuesLeftOut = 0;
  if (storeFilters.withoutOutcome === REISSUED) {
    const { withoutOutcome: _left, ...reissueFilters } = storeFilters;
    for (const scope of scopes) {
      for (const c of await reader.count([], { ...reissueFilters, outcome: REISSUED }, scope)) {
        reissuesLeftOut += c.count;
      }
    }
  }
  const facilityIds = query.groupBy.includes('facility')
    ? [...new Set(rows.map((r) => r['facility']).filter((v): v is number => typeof v === 'number'))]
    : [];
  const { releases: named, ...filters } = query.filters;
  return {
    rows,
    ...(mode === 'none' ? {} : { totals }),
    releases: chosen.releases,
    overlaps: chosen.overlaps,
    combined: chosen.combined,
    periods: chosen.periods,
    reissues: { excluded: reissuesExcluded(query.filters), count: reissuesLeftOut },
    facilities:
      facilityIds.length > 0
        ? (await reader.facilities(facilityIds)).map((f) => ({ ...f, otherNames: otherSpellings(f) }))
        : [],
    filters: {
      groupBy: query.groupBy,
      ...filters,
      ...(named === undefined ? {} : { release: named.join(',') }),
      ...(query.sort === undefined ? {} : { sort: query.sort }),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
      ...(query.totals === undefined ? {} : { totals: query.totals }),
    },
    granularity,
  };
}

/** The use case: counts of FOIA detainers by the requested dimensions, with the releases they come from. */
export async function detainerStats(
  reader: ResearchStatsReader,
  query: DetainerStatsQuery,
): Promise<Result<DetainerStats, DomainError>> {
  const chosen = await releasesFor(reader, query.filters);
  return chosen.ok ? ok(await countFor(reader, query, chosen.value)) : chosen;
}

/** Every imported release with its time coverage, the pairs that cover the same days, and the release used per month. */
export interface ReleaseList {
  readonly releases: ResearchReleaseInfo[];
  readonly overlaps: ReleaseOverlap[];
  /** The release statistics count for each run of months when no release is named (the precedence). */
  readonly periods: ReleasePeriod[];
}

/** The use case of `GET /stats/releases` and `stats releases`: what a reader can choose from. */
export async function listReleases(reader: ResearchStatsReader): Promise<ReleaseList> {
  const releases = await reader.releases();
  return { releases, overlaps: releaseOverlaps(releases), periods: releasePeriods(releases) };
}

/** Where to narrow a statistics question whose answer would be too long. */
export const NARROW_STATS =
  'group by fewer dimensions, or narrow from/to, state, county, facility, outcome, form, liftReason, followed, ' +
  'criminality, citizenship, usCitizen, convictionCategory, aor or release';

/**
 * The public API's statistics: as `detainerStats`, but first estimates the rows of the answer and
 * refuses (REQUEST.TOO_BROAD, naming groupBy) when they would be more than `maxRows`.
 */
export async function detainerStatsWithin(
  reader: ResearchStatsReader,
  query: DetainerStatsQuery,
  maxRows: number,
): Promise<Result<DetainerStats, DomainError>> {
  const chosen = await releasesFor(reader, query.filters);
  if (!chosen.ok) return chosen;
  const stored = [...new Set(query.groupBy.map((d) => STORED[d]))];
  // An answer cut to `limit` rows (or giving totals only) is short whatever the groups.
  const short = query.totals === 'only' || (query.limit !== undefined && query.limit <= maxRows);
  const estimate =
    stored.length === 0 || short
      ? 1
      : await reader.estimateGroups(stored, storeFiltersFor(query.filters, chosen.value));
  if (estimate > maxRows) {
    return err(tooBroad('groupBy', 'have rows', estimate, maxRows, 'STATS_MAX_ROWS', NARROW_STATS));
  }
  return ok(await countFor(reader, query, chosen.value));
}
