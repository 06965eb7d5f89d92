import type { RuleListDto } from '../../../shared/types';

/**
 * The law timelines of the compare page, as data: for a place, each rule that reaches it, with the
 * periods its versions were in force, placed on one time axis (from 2008-01-01 to today) shared by
 * both places. Positions are fractions of the axis (0 at its first day, 1 at its last), so both
 * places are drawn on the same axis at any width.
 */

export const AXIS_FIRST_DAY = '2008-01-01';

type Rule = RuleListDto['rules'][number];

export interface Axis {
  readonly from: string;
  readonly to: string;
}

export interface Period {
  readonly from: string;
  /** The last day in force shown (the day before the next version or the repeal), or the axis's end. */
  readonly to: string;
  /** The rule was in force before the axis starts (drawn from its first day). */
  readonly before: boolean;
  /** Still in force at the axis's end. */
  readonly ongoing: boolean;
  readonly x0: number;
  readonly x1: number;
}

export interface TimelineRow {
  readonly rule: Rule;
  readonly periods: readonly Period[];
  /** In force on the day chosen. */
  readonly inForceAt: boolean;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dayBefore = (date: string) => new Date((dayNumber(date) - 1) * DAY).toISOString().slice(0, 10);

/** Where a day sits on the axis: 0 at its first day, 1 at its last (clamped). */
export function position(axis: Axis, date: string): number {
  const span = Math.max(1, dayNumber(axis.to) - dayNumber(axis.from));
  return Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(axis.from)) / span));
}

/** Whether a rule reaches the place: federal and state rules reach all of it; a county rule, its counties. */
export function reaches(rule: Rule, state: string, countyFips: string | null): boolean {
  switch (rule.place.kind) {
    case 'federal':
      return true;
    case 'state':
      return rule.place.state === state;
    case 'counties':
      return rule.place.state === state && countyFips !== null && rule.place.counties.includes(countyFips);
  }
}

/** The periods a rule was in force (each version not a repeal, to the next version), within the axis. */
export function periodsOf(rule: Rule, axis: Axis): Period[] {
  const periods: Period[] = [];
  for (const version of rule.versions) {
    if (version.repealed) continue;
    const start = version.effectiveFrom;
    const end = version.until === null ? null : dayBefore(version.until);
    if (start > axis.to || (end !== null && end < axis.from)) continue;
    const from = start < axis.from ? axis.from : start;
    const to = end === null || end > axis.to ? axis.to : end;
    const last = periods[periods.length - 1];
    // A new version straight after the last one is the same rule in force: one bar.
    if (last && dayNumber(from) - dayNumber(last.to) <= 1) {
      periods[periods.length - 1] = { ...last, to, ongoing: end === null || end >= axis.to, x1: position(axis, to) };
      continue;
    }
    periods.push({
      from,
      to,
      before: start < axis.from,
      ongoing: end === null || end >= axis.to,
      x0: position(axis, from),
      x1: position(axis, to),
    });
  }
  return periods;
}

/**
 * The rows of a place's timeline: the rules that reach it and were in force at some time on the
 * axis, in the order they first came into force (then by id), each with its periods.
 */
export function timelineRows(
  rules: readonly Rule[],
  place: { readonly state: string; readonly countyFips: string | null },
  axis: Axis,
  at: string,
): TimelineRow[] {
  return rules
    .filter((rule) => reaches(rule, place.state, place.countyFips))
    .map((rule) => ({ rule, periods: periodsOf(rule, axis) }))
    .filter((row) => row.periods.length > 0)
    .map((row) => ({ ...row, inForceAt: row.periods.some((p) => p.from <= at && at <= p.to) }))
    .sort((a, b) =>
      a.periods[0]!.from < b.periods[0]!.from
        ? -1
        : a.periods[0]!.from > b.periods[0]!.from
          ? 1
          : a.rule.id < b.rule.id
            ? -1
            : 1,
    );
}

/** The first of January of each year on the axis, with its position (for the axis's labels). */
export function yearTicks(axis: Axis): { readonly year: number; readonly x: number }[] {
  const first = Number(axis.from.slice(0, 4));
  const last = Number(axis.to.slice(0, 4));
  const ticks = [];
  for (let year = first; year <= last; year += 1) {
    const day = `${year}-01-01`;
    if (day >= axis.from && day <= axis.to) ticks.push({ year, x: position(axis, day) });
  }
  return ticks;
}

/** What the law says of one action over time for the person chosen, as the panel's periods on the axis. */
export interface LawSegment {
  readonly from: string;
  readonly to: string;
  readonly modality: string;
  readonly rule: string | null;
  readonly x0: number;
  readonly x1: number;
}
export interface LawRow {
  readonly action: string;
  readonly segments: readonly LawSegment[];
}

/**
 * One county's periods of constant law (the panel's, for one profile), a row per action in the
 * order given, each period placed on the axis (clipped to it).
 */
export function lawRows(
  periods: readonly {
    readonly fips: string;
    readonly action: string;
    readonly from: string;
    readonly to: string;
    readonly modality: string;
    readonly rule: string | null;
  }[],
  fips: string,
  actions: readonly string[],
  axis: Axis,
): LawRow[] {
  return actions.map((action) => ({
    action,
    segments: periods
      .filter((p) => p.fips === fips && p.action === action && p.to >= axis.from && p.from <= axis.to)
      .map((p) => {
        const from = p.from < axis.from ? axis.from : p.from;
        const to = p.to > axis.to ? axis.to : p.to;
        return { from, to, modality: p.modality, rule: p.rule, x0: position(axis, from), x1: position(axis, to) };
      }),
  }));
}
