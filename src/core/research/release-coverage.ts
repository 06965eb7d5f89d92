/**
 * Releases of ICE's FOIA records that cover the same time (an NPR national file and a state's file,
 * two Deportation Data Project releases) hold the same detainers twice: adding them up double counts.
 * Each release has its time coverage (the first and last prepare date of its records); two releases
 * overlap when their coverages share a day. Pure: the dates come from the store.
 */

/** The prepare dates a release's records cover (YYYY-MM-DD, inclusive); null for a release with no records. */
export interface ReleaseCoverage {
  readonly from: string | null;
  readonly to: string | null;
}

export interface CoveredRelease {
  readonly id: string;
  readonly coverage: ReleaseCoverage;
}

/** Two releases and the days both cover (from, to inclusive; YYYY-MM-DD), with those days' months. */
export interface ReleaseOverlap {
  readonly releases: readonly [string, string];
  readonly from: string;
  readonly to: string;
  /** The months the shared days fall in (YYYY-MM), first and last. */
  readonly months: { readonly from: string; readonly to: string };
}

/** The days two coverages share, or null when they share none (or either is empty). */
export function sharedDays(a: ReleaseCoverage, b: ReleaseCoverage): { from: string; to: string } | null {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return null;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/** Every pair of the releases that overlap in time, in the releases' order (ids sorted within a pair). */
export function releaseOverlaps(releases: readonly CoveredRelease[]): ReleaseOverlap[] {
  const overlaps: ReleaseOverlap[] = [];
  for (let i = 0; i < releases.length; i++) {
    for (let j = i + 1; j < releases.length; j++) {
      const a = releases[i]!;
      const b = releases[j]!;
      const days = sharedDays(a.coverage, b.coverage);
      if (days === null) continue;
      const pair: [string, string] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      overlaps.push({ releases: pair, ...days, months: { from: days.from.slice(0, 7), to: days.to.slice(0, 7) } });
    }
  }
  return overlaps;
}

/** The overlap in words (English, for API and CLI messages): names the releases and the months. */
export function describeOverlap(overlap: ReleaseOverlap): string {
  const [a, b] = overlap.releases;
  const months =
    overlap.months.from === overlap.months.to ? overlap.months.from : `${overlap.months.from} to ${overlap.months.to}`;
  return `releases ${a} and ${b} both cover ${months} (prepare dates ${overlap.from} to ${overlap.to})`;
}

/**
 * Which release counts for each month (issue 14, point 7). Releases that overlap hold the same detainers
 * twice, so statistics take ONE release per month:
 *
 * - the candidates for a month are the releases whose coverage reaches into it (a release is taken to have
 *   records in every month between its first and last prepare date);
 * - among them, those whose coverage includes the WHOLE month come first (a release that stops, or starts,
 *   inside the month holds only part of it);
 * - then the newest: the latest "as of" date (by default the release's last prepare date: a release extracted
 *   later reaches later; `import --as-of` sets it), ties broken by the latest import, then by id.
 *
 * This follows the Deportation Data Project's practice of using, for each period, the newest release that
 * covers it (docs/research/foia-release-layouts.md, source S5: its historical merge takes each source only
 * for the dates after the next older one ends). Naming releases (`release=a,b`) only narrows the candidates;
 * the same precedence applies among them.
 */
export interface RankedRelease extends CoveredRelease {
  /** YYYY-MM-DD; null for a release with no records (never a candidate). */
  readonly asOf: string | null;
  /** ISO instant of the import (ties on as-of: the later import wins). */
  readonly importedAt: string;
}

/** One release used for a run of consecutive months (YYYY-MM, inclusive). */
export interface ReleasePeriod {
  readonly release: string;
  readonly from: string;
  readonly to: string;
}

const monthAfter = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Whether `a` takes precedence over `b` for a month (both candidates of the same rank). */
function newer(a: RankedRelease, b: RankedRelease): boolean {
  const asOfA = a.asOf ?? a.coverage.to ?? '';
  const asOfB = b.asOf ?? b.coverage.to ?? '';
  if (asOfA !== asOfB) return asOfA > asOfB;
  if (a.importedAt !== b.importedAt) return a.importedAt > b.importedAt;
  return a.id > b.id;
}

/**
 * The release used for each month the releases cover (within `months`, YYYY-MM inclusive, when given),
 * consecutive months of the same release merged, in time order.
 */
export function releasePeriods(
  releases: readonly RankedRelease[],
  months: { readonly from?: string; readonly to?: string } = {},
): ReleasePeriod[] {
  const covering = releases.filter((r) => r.coverage.from !== null && r.coverage.to !== null);
  if (covering.length === 0) return [];
  let first = covering.map((r) => r.coverage.from!.slice(0, 7)).reduce((a, b) => (a < b ? a : b));
  let last = covering.map((r) => r.coverage.to!.slice(0, 7)).reduce((a, b) => (a > b ? a : b));
  if (months.from !== undefined && months.from > first) first = months.from;
  if (months.to !== undefined && months.to < last) last = months.to;
  const periods: { release: string; from: string; to: string }[] = [];
  for (let month = first; month <= last; month = monthAfter(month)) {
    const start = `${month}-01`;
    const end = lastDayOfMonth(month);
    let best: RankedRelease | undefined;
    let bestWhole = false;
    for (const release of covering) {
      const { from, to } = release.coverage as { from: string; to: string };
      if (from > end || to < start) continue;
      const whole = from <= start && to >= end;
      if (best === undefined || (whole && !bestWhole) || (whole === bestWhole && newer(release, best))) {
        best = release;
        bestWhole = whole;
      }
    }
    if (best === undefined) continue;
    const previous = periods[periods.length - 1];
    if (previous !== undefined && previous.release === best.id && monthAfter(previous.to) === month) {
      previous.to = month;
    } else periods.push({ release: best.id, from: month, to: month });
  }
  return periods;
}

/** Each release's own months (first to last prepare date), for an answer that adds releases up. */
export function ownPeriods(releases: readonly CoveredRelease[], months: { from?: string; to?: string } = {}) {
  const periods: ReleasePeriod[] = [];
  for (const r of releases) {
    if (r.coverage.from === null || r.coverage.to === null) continue;
    let from = r.coverage.from.slice(0, 7);
    let to = r.coverage.to.slice(0, 7);
    if (months.from !== undefined && months.from > from) from = months.from;
    if (months.to !== undefined && months.to < to) to = months.to;
    if (from <= to) periods.push({ release: r.id, from, to });
  }
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.release < b.release ? -1 : 1));
}
