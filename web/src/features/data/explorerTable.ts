import { otherSpellings, type ChartTable, type ReleaseRange } from '../../shared/charts/statsData';
import type { DetainerStatsDto } from '../../shared/types';
import { TIME_DIMENSIONS, type Dimension } from './explorerState';

/**
 * The explorer's answer as the table it shows (every group, each value in words) and the chart drawn
 * from that same table: bars over time when the first grouping is a time, else horizontal bars of the
 * largest groups. Pure: the words come from `name`.
 */
export interface Namer {
  /** A value of a dimension in words (a state's name, an outcome's words, "Unknown" for null). */
  (dimension: Dimension, value: string | number | boolean | null): string | number;
}

/**
 * One column per dimension (its values in words) and the count; rows sorted by the dimensions in
 * order, as read (in words: states by name, not by code; numbers as numbers), unknown last. Grouped by
 * facility, a column after the facility's lists its other spellings (the facility's words carry its code).
 */
export function explorerTable(
  answer: DetainerStatsDto,
  groupBy: readonly Dimension[],
  name: Namer,
  locale = 'en-US',
  range?: ReleaseRange,
): ChartTable {
  const facilities = new Map(groupBy.includes('facility') ? answer.facilities.map((f) => [f.id, f]) : []);
  const also = (id: unknown) => {
    const f = typeof id === 'number' ? facilities.get(id) : undefined;
    return f ? otherSpellings(f, range).join('; ') : '';
  };
  const rows = answer.rows.map((row) => {
    const raw = groupBy.map((d) => (row[d] ?? null) as string | number | boolean | null);
    return {
      raw,
      words: raw.map((v, i) => name(groupBy[i]!, v)),
      also: groupBy.includes('facility') ? also(row.facility) : '',
      count: Number(row.count),
    };
  });
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    for (let i = 0; i < groupBy.length; i++) {
      if ((a.raw[i] === null) !== (b.raw[i] === null)) return a.raw[i] === null ? 1 : -1;
      const [x, y] = [a.words[i]!, b.words[i]!];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
      if (c !== 0) return c;
    }
    return 0;
  };
  return {
    columns: [
      ...groupBy.flatMap((d) => [
        { key: d, label: `data.dim.${d}`, numeric: false },
        ...(d === 'facility' ? [{ key: FACILITY_ALSO, label: 'data.col.alsoWritten', numeric: false }] : []),
      ]),
      { key: 'count', label: 'data.col.count', numeric: true },
    ],
    rows: [...rows].sort(compare).map((r) => ({
      ...Object.fromEntries(groupBy.map((d, i) => [d, r.words[i]!])),
      ...(groupBy.includes('facility') ? { [FACILITY_ALSO]: r.also } : {}),
      count: r.count,
    })),
  };
}

/** The table's column of a facility's other spellings (grouped by facility). */
export const FACILITY_ALSO = 'facilityAlsoWritten';

export interface Bar {
  readonly label: string;
  /** The facility's other spellings (bars of facilities that have some). */
  readonly also?: string;
  readonly total: number;
  /** The stacked parts, in series order (one part when nothing is stacked). */
  readonly parts: readonly number[];
}

export interface ChartModel {
  readonly kind: 'time' | 'top';
  readonly bars: readonly Bar[];
  /** The stacked series' names (empty: bars not stacked). */
  readonly series: readonly string[];
  /** Groups of the first dimension (all of them; the chart may show fewer). */
  readonly groups: number;
  /** Values of the second dimension left out of the stack (added up as the last series). */
  readonly seriesLeftOut: number;
}

export const TOP_GROUPS = 15;
export const MAX_SERIES = 7;

/** The chart of the table: bars of the first dimension's values, stacked by the second's largest. */
export function chartModel(table: ChartTable, groupBy: readonly Dimension[], others: string): ChartModel {
  const [first, second] = groupBy;
  const kind = first !== undefined && TIME_DIMENSIONS.includes(first) ? 'time' : 'top';
  const key = (v: unknown) => String(v);
  const totals = new Map<string, number>();
  const seriesTotals = new Map<string, number>();
  for (const row of table.rows) {
    const g = first === undefined ? '' : key(row[first]);
    totals.set(g, (totals.get(g) ?? 0) + Number(row.count));
    if (second !== undefined) {
      const s = key(row[second]);
      seriesTotals.set(s, (seriesTotals.get(s) ?? 0) + Number(row.count));
    }
  }
  const ranked = [...seriesTotals].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  const kept = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
  const series = ranked.length > MAX_SERIES ? [...kept, others] : kept;
  const parts = new Map<string, number[]>();
  for (const row of table.rows) {
    const g = first === undefined ? '' : key(row[first]);
    const list = parts.get(g) ?? new Array<number>(Math.max(1, series.length)).fill(0);
    const at = second === undefined ? 0 : kept.indexOf(key(row[second]));
    list[at === -1 ? series.length - 1 : at]! += Number(row.count);
    parts.set(g, list);
  }
  const also = new Map<string, string>();
  if (first === 'facility') {
    for (const row of table.rows) if (row[FACILITY_ALSO]) also.set(key(row[first]), String(row[FACILITY_ALSO]));
  }
  let bars: Bar[] = [...totals].map(([label, total]) => ({
    label,
    total,
    parts: parts.get(label) ?? [total],
    ...(also.has(label) ? { also: also.get(label)! } : {}),
  }));
  if (kind === 'top') bars = bars.sort((a, b) => b.total - a.total).slice(0, TOP_GROUPS);
  return { kind, bars, series, groups: totals.size, seriesLeftOut: ranked.length - kept.length };
}
