import type { PolicyLibrary } from './library.js';
import type { PolicySource } from './policy.types.js';

/**
 * What the law library covers, jurisdiction by jurisdiction: the sources it encodes (with the dates
 * their versions take effect), the day each was last checked against its sources, and what stays
 * UNCONFIRMED. The README's coverage table is this, as Markdown (`policy coverage --markdown`).
 */
export interface CoverageSource {
  readonly file: string;
  readonly title: string;
  readonly href: string;
  /** Every version's date, in order; a repealing version is marked. */
  readonly versions: readonly { readonly effectiveFrom: string; readonly repealed: boolean }[];
  readonly reviewed: string | null;
  readonly noDetainerLaw: boolean;
  /** The research found law it could not settle enough to encode. */
  readonly unsettled: boolean;
  readonly unconfirmed: readonly string[];
}

export interface CoverageRow {
  /** `federal`, `state/<xx>` or `county/<xx>-<name>`: the folder of the files. */
  readonly folder: string;
  readonly jurisdiction: string;
  readonly sources: readonly CoverageSource[];
}

/** The jurisdictions of the library, federal first, then each state followed by its counties. */
export function libraryCoverage(
  library: PolicyLibrary,
  stateName: (code: string) => string | undefined,
): CoverageRow[] {
  const byFolder = new Map<string, PolicySource[]>();
  for (const source of library.sources) {
    const folder = source.file.split('/').slice(0, 2).join('/');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), source]);
  }
  const rows = [...byFolder].map(([folder, sources]) => ({
    folder,
    jurisdiction: jurisdictionName(folder, stateName),
    sortKey: sortKey(folder, stateName),
    sources: sources.map(coverageSource),
  }));
  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return rows.map(({ folder, jurisdiction, sources }) => ({ folder, jurisdiction, sources }));
}

function coverageSource(source: PolicySource): CoverageSource {
  const versions = source.rules
    .flatMap((rule) => rule.versions.map((v) => ({ effectiveFrom: v.effectiveFrom, repealed: v.repealed })))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0))
    .filter(
      (v, i, all) => i === 0 || v.effectiveFrom !== all[i - 1]!.effectiveFrom || v.repealed !== all[i - 1]!.repealed,
    );
  return {
    file: source.file,
    title: source.title,
    href: source.href,
    versions,
    reviewed: source.reviewed,
    noDetainerLaw: source.finding === 'no-detainer-law',
    unsettled: source.finding === 'unsettled',
    unconfirmed: source.unconfirmed,
  };
}

function parts(folder: string): { kind: string; state: string; rest: string } {
  const [kind = '', place = ''] = folder.split('/');
  const [state = '', ...rest] = place.split('-');
  return { kind, state: state.toUpperCase(), rest: rest.join(' ') };
}

function jurisdictionName(folder: string, stateName: (code: string) => string | undefined): string {
  const { kind, state, rest } = parts(folder);
  if (kind === 'federal') return 'Federal';
  const name = stateName(state) ?? state;
  if (kind === 'state') return name;
  const words = rest.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return `${words}, ${name}`;
}

function sortKey(folder: string, stateName: (code: string) => string | undefined): string {
  const { kind, state, rest } = parts(folder);
  if (kind === 'federal') return '0';
  return `1 ${stateName(state) ?? state} ${kind === 'state' ? '0' : `1 ${rest}`}`;
}

/** The days a jurisdiction's files were last checked ('never' for one that was not), each once, in order. */
export function checkedDays(row: CoverageRow): string[] {
  return [...new Set(row.sources.map((s) => s.reviewed ?? 'never'))].sort();
}

/** The jurisdiction's unconfirmed points, across its files. */
export function openPoints(row: CoverageRow): string[] {
  return row.sources.flatMap((s) => s.unconfirmed);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function datesText(source: CoverageSource): string {
  if (source.noDetainerLaw) return 'no detainer law found';
  if (source.unsettled) return 'not settled: nothing encoded';
  return source.versions.map((v) => (v.repealed ? `ends ${v.effectiveFrom}` : v.effectiveFrom)).join(', ');
}

/** The coverage as a Markdown table: one line per jurisdiction. */
export function coverageMarkdown(rows: readonly CoverageRow[]): string {
  const lines = ['| jurisdiction | sources (dates in force) | checked | UNCONFIRMED |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const sources = row.sources.map((s) => `[${cell(s.title)}](${s.href}) (${datesText(s)})`).join('; ');
    const checked = checkedDays(row).join(', ');
    const open = openPoints(row).map(cell).join('; ') || 'none';
    lines.push(`| ${cell(row.jurisdiction)} | ${sources} | ${checked} | ${open} |`);
  }
  return `${lines.join('\n')}\n`;
}
