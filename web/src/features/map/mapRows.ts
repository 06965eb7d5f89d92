import type { MapData, StateResearch } from './mapData';
import type { Modality } from './mapState';

/**
 * The table under the map (and its CSV download): one row per county, the same cells for both, so
 * the download is exactly the table shown. Pure; the words come in through `Words`.
 */

export interface MapRow {
  readonly fips: string;
  readonly county: string;
  readonly stateCode: string;
  readonly stateName: string;
  readonly modality: Modality;
  readonly ruleId: string | null;
  readonly ruleTitle: string | null;
  /** The binding rule's citations, joined ("Cal. Gov. Code 7284.6(a)(1)(B); …"), or null. */
  readonly citation: string | null;
  readonly missing: readonly string[];
  /** Undecided because two rules bind opposite ways: both rule ids. */
  readonly conflict: readonly string[];
  /** Whether the library found a law of the county's state, found none, or has not researched it. */
  readonly stateResearch: StateResearch;
}

/** Names of places the answer does not carry: county by FIPS, state by its 2-digit FIPS. */
export interface PlaceNames {
  readonly county: (fips: string) => string | undefined;
  readonly state: (stateFips: string) => { readonly code: string; readonly name: string } | undefined;
}

export function mapRows(data: MapData, names: PlaceNames): MapRow[] {
  const rows = data.counties.map((c): MapRow => {
    const state = names.state(c.fips.slice(0, 2));
    const rule = c.ruleId === null ? undefined : data.rules.get(c.ruleId);
    return {
      fips: c.fips,
      county: names.county(c.fips) ?? c.fips,
      stateCode: state?.code ?? '',
      stateName: state?.name ?? '',
      modality: c.modality,
      ruleId: c.ruleId,
      ruleTitle: rule?.title ?? c.ruleId,
      citation: rule ? rule.citations.map((x) => x.title).join('; ') : null,
      missing: c.missing,
      conflict: c.conflict,
      stateResearch: (state && data.states.get(state.code)) || 'not-researched',
    };
  });
  return rows.sort(
    (a, b) => compare(a.stateName, b.stateName) || compare(a.county, b.county) || compare(a.fips, b.fips),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const compare = (a: string, b: string) => collator.compare(a, b);

/** Text folded for search: lower case, without accents ("Doña Ana" is found by "dona ana"). */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The rows the table shows: those of the class (when given) whose county, state (name or code),
 * FIPS code, rule or citation contain every word searched.
 */
export function filterRows(rows: readonly MapRow[], q: string, modality?: Modality): MapRow[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (modality !== undefined && row.modality !== modality) return false;
    if (words.length === 0) return true;
    const text = fold(
      [
        row.county,
        row.stateName,
        row.stateCode,
        row.fips,
        row.ruleId ?? '',
        row.ruleTitle ?? '',
        row.citation ?? '',
      ].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
}

/**
 * How the table says things: the class of a row, and what stands in the rule cell when no rule
 * binds (which says whether the state has a law, none was found, or it was not researched).
 */
export interface Words {
  readonly modality: (row: MapRow) => string;
  readonly noRule: (row: MapRow) => string;
}

/** The table's columns, in order: county, state, FIPS, class, rule, citation. */
export const COLUMNS = ['county', 'state', 'fips', 'class', 'rule', 'citation'] as const;
export type Column = (typeof COLUMNS)[number];

/** A row's cells as the table shows them (and the CSV writes them), in COLUMNS order. */
export function rowCells(row: MapRow, words: Words): Record<Column, string> {
  return {
    county: row.county,
    state: row.stateName === '' ? row.stateCode : `${row.stateName} (${row.stateCode})`,
    fips: row.fips,
    class: words.modality(row),
    rule: row.ruleTitle ?? words.noRule(row),
    citation: row.citation ?? '',
  };
}

/** One CSV field (RFC 4180), never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV of the rows (every page of the table as filtered), with the table's headings; CRLF line ends. */
export function toCsv(headings: Readonly<Record<Column, string>>, rows: readonly MapRow[], words: Words): string {
  const lines = [COLUMNS.map((c) => csvField(headings[c]))];
  for (const row of rows) {
    const cells = rowCells(row, words);
    lines.push(COLUMNS.map((c) => csvField(cells[c])));
  }
  return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
