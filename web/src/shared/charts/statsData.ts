import type { DetainerStatsDto, ResearchReleaseDto, RuleListDto } from '../types';

/**
 * The place page's charts as data: each chart's table is exactly what the chart draws, and the
 * downloads are made from that same table (never from the raw answer).
 */

export type Cell = string | number;
export interface Column {
  readonly key: string;
  /** A message key or a value shown as is (a facility's name, a form). */
  readonly label: string;
  readonly numeric: boolean;
}
export interface ChartTable {
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

type Row = DetainerStatsDto['rows'][number];
type Value = Row[string] | undefined;

const numberOf = (value: Value) => (typeof value === 'number' ? value : 0);
const keyOf = (value: Value) => (value === null || value === undefined ? 'unknown' : String(value));

/** Fiscal years × series (outcomes or forms): one row per fiscal year, one column per series, and the total. */
export function pivotByYear(rows: readonly Row[], series: string, order: readonly string[] = []): ChartTable {
  const years = [...new Set(rows.map((r) => Number(r.fiscalYear)).filter((y) => Number.isFinite(y)))].sort();
  const seen = [...new Set(rows.map((r) => keyOf(r[series])))];
  const keys = [...order.filter((k) => seen.includes(k)), ...seen.filter((k) => !order.includes(k)).sort()];
  const table = years.map((year) => {
    const row: Record<string, Cell> = { fiscalYear: year };
    let total = 0;
    for (const k of keys) row[k] = 0;
    for (const r of rows) {
      if (Number(r.fiscalYear) !== year) continue;
      const k = keyOf(r[series]);
      row[k] = Number(row[k]) + numberOf(r.count);
      total += numberOf(r.count);
    }
    row.total = total;
    return row;
  });
  return {
    columns: [
      { key: 'fiscalYear', label: 'stats.col.fiscalYear', numeric: false },
      ...keys.map((k) => ({ key: k, label: k, numeric: true })),
      { key: 'total', label: 'stats.col.total', numeric: true },
    ],
    rows: table,
  };
}

/** The facilities with the most detainers, most first, with their names and cities. */
export function topFacilities(answer: DetainerStatsDto, limit = 10, range: ReleaseRange = englishRange): ChartTable {
  const names = new Map(answer.facilities.map((f) => [f.id, f]));
  const rows = [...answer.rows]
    .sort((a, b) => numberOf(b.count) - numberOf(a.count))
    .slice(0, limit)
    .map((r) => {
      const f = typeof r.facility === 'number' ? names.get(r.facility) : undefined;
      return {
        facility: f?.name ?? 'unknown',
        city: f?.city ?? '',
        code: f?.code ?? '',
        alsoWritten: f ? otherSpellings(f, range).join('; ') : '',
        count: numberOf(r.count),
      };
    });
  return {
    columns: [
      { key: 'facility', label: 'stats.col.facility', numeric: false },
      { key: 'city', label: 'stats.col.city', numeric: false },
      { key: 'code', label: 'stats.col.code', numeric: false },
      { key: 'alsoWritten', label: 'stats.col.alsoWritten', numeric: false },
      { key: 'count', label: 'stats.col.count', numeric: true },
    ],
    rows,
  };
}

/** A facility of a statistics answer (its code, the name shown and every spelling the releases gave it). */
export type StatsFacility = DetainerStatsDto['facilities'][number];

/** Words for "from release a to release b" in the reader's language. */
export type ReleaseRange = (from: string, to: string) => string;
const englishRange: ReleaseRange = (from, to) => `${from} to ${to}`;

/**
 * The facility's other spellings (`otherNames`: the server's rule), with the releases that wrote
 * each ("SYN CO JAIL (trac)", "X (a to b)" when several did); the shown name written elsewhere, with its place.
 */
export function otherSpellings(facility: StatsFacility, range: ReleaseRange = englishRange): string[] {
  return facility.otherNames.map((spelling) => {
    const { firstRelease: first, lastRelease: last } = spelling;
    const releases = first === null ? last : last === null || last === first ? first : range(first, last);
    const name =
      spelling.name === facility.name
        ? [spelling.name, spelling.city, spelling.state].filter((part) => part !== null).join(', ')
        : spelling.name;
    return releases === null ? name : `${name} (${releases})`;
  });
}

/** The facility in words: its name, city and code ("SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)"). */
export function facilityWords(facility: StatsFacility): string {
  const place = [facility.name, facility.city].filter(Boolean).join(', ');
  return facility.code === null ? place : `${place} (${facility.code})`;
}

/** A CSV (RFC 4180) of the table, with the column labels given. */
export function toCsv(table: ChartTable, label: (c: Column) => string): string {
  const quote = (v: Cell) => {
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    table.columns.map((c) => quote(label(c))),
    ...table.rows.map((r) => table.columns.map((c) => quote(r[c.key] ?? ''))),
  ];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** The table as JSON: one object per row, keyed by column key. */
export function toJson(table: ChartTable): string {
  return `${JSON.stringify(
    table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, r[c.key] ?? null]))),
    null,
    2,
  )}\n`;
}

/** US federal fiscal year of a date, and how far into it (0 at October 1, towards 1). */
export function fiscalPosition(date: string): { readonly year: number; readonly fraction: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m >= 10 ? y + 1 : y;
  const monthsIn = (m + 2) % 12; // October = 0
  return { year, fraction: (monthsIn + (d - 1) / 31) / 12 };
}

/**
 * Every fiscal year a release's records cover, first to last: the x axis of a place's time charts,
 * so that each chart of a place spans the same years (a year without records is an empty band, not
 * a missing one). Undefined when the release has no records.
 */
export function fiscalYearsCovered(release: ResearchReleaseDto): number[] | undefined {
  const { from, to } = release.coverage;
  if (from === null || to === null) return undefined;
  const years: number[] = [];
  for (let year = fiscalPosition(from).year; year <= fiscalPosition(to).year; year++) years.push(year);
  return years;
}

export interface LawMark {
  /** Its number on the charts and in the list below them. */
  readonly n: number;
  readonly date: string;
  /** The rules a version of which started that day (first citation, or title). */
  readonly changes: readonly { readonly rule: string; readonly title: string; readonly repealed: boolean }[];
}

/** The days the law of the place changed (a version of a rule reaching it started), oldest first, numbered. */
export function lawMarks(rules: RuleListDto['rules'], countyFips: string | null): LawMark[] {
  const reaches = (place: RuleListDto['rules'][number]['place']) =>
    place.kind !== 'counties' || (countyFips !== null && place.counties.includes(countyFips));
  const byDate = new Map<string, { rule: string; title: string; repealed: boolean }[]>();
  for (const r of rules.filter((rule) => reaches(rule.place))) {
    for (const v of r.versions) {
      const list = byDate.get(v.effectiveFrom) ?? [];
      list.push({ rule: r.id, title: r.citations[0]?.title ?? r.title, repealed: v.repealed });
      byDate.set(v.effectiveFrom, list);
    }
  }
  return [...byDate.keys()]
    .sort()
    .map((date, i) => ({ n: i + 1, date, changes: byDate.get(date)!.sort((a, b) => (a.rule < b.rule ? -1 : 1)) }));
}

/** The release shown by default: the one chosen in the address if it exists, else the one with most records. */
export function chooseRelease(
  releases: readonly ResearchReleaseDto[],
  chosen: string | null,
): ResearchReleaseDto | null {
  const named = releases.find((r) => r.id === chosen);
  if (named) return named;
  return [...releases].sort((a, b) => b.rowsLoaded - a.rowsLoaded || (a.id < b.id ? -1 : 1))[0] ?? null;
}
