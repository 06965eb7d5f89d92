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
