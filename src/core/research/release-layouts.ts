/**
 * The layouts of ICE's detainer FOIA releases, and THE table of column synonyms: which header names
 * (normalised: lower case, runs of anything but letters and digits as one `_`) mean which field. One
 * place; row-parsing.ts reads every layout through it. Pure.
 *
 * Sources are the research note's ids (docs/research/foia-release-layouts.md, "Sources"): S1 NPR's
 * cleaning script, S2-S4 and S7 the Deportation Data Project's readers of the 2025, March 2026 and
 * 44-column releases, S5 its historical merge (TRAC's release and the NPR-era files), S6 its helpers,
 * S9 its exploratory reader, S11 a third-party profile of its tables.
 */
import type { ResearchDataset, SplitColumns } from './research-record.js';

/** A header cell as a key: lower case, runs of anything but letters and digits as one `_`. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Canonical field -> the normalised header names that mean it, the most specific first (the first
 * one a header has wins).
 */
export const COLUMN_SYNONYMS = {
  /** C/D/F `Detainer Prepare Date` (S2, S4, S5), E `Detainer Prepared Date` (S7), A/B `Prepare Date` (S1, S5), NPR's export `date` (S17). */
  preparedDate: ['detainer_prepare_date', 'detainer_prepared_date', 'prepare_date', 'date'],
  /** Every layout: `Detainer Lift Reason` (S1-S7); NPR's export `lift_reason`. */
  liftReason: ['detainer_lift_reason', 'lift_reason'],
  /** D `Detainer Lift Reason Code` (S4), F `Detainer_Lift_Reason_Code` (S5), B `Detainer Lift Reason 2 Code` (S5, INFERRED). Kept in the report only. */
  liftReasonCode: ['detainer_lift_reason_code', 'lift_reason_code', 'detainer_lift_reason_2_code'],
  /** `Detainer Type` (S1-S7); NPR's export `detainer_type`. */
  form: ['detainer_type', 'detainer_form'],
  /** C/E `Detention Facility` (S2, S7), B (S5), D `Detainer Facility` (S4), A/F `Detainer Detention Facility` (S1, S5), NPR `det_facility`. */
  facility: [
    'detention_facility',
    'detainer_detention_facility',
    'detainer_facility',
    'det_facility',
    'facility',
    'facility_name',
    'lea_facility',
    'detention_facility_name',
  ],
  /** C/E `Detention Facility Code` (S2, S7), D `Detainer Facility Code` (S4), F `Detainer_Detention_Facility_Code` (S5). */
  facilityCode: [
    'detention_facility_code',
    'detainer_facility_code',
    'detainer_detention_facility_code',
    'facility_code',
  ],
  /** C/D `Facility City` (S2, S4), A/E `City` (S1, S7). TRAC has none (S5). */
  city: ['facility_city', 'detention_facility_city', 'city', 'lea_city'],
  /** C/D `Facility State` (S2, S4), A/E `State` (S1, S7). TRAC has none (S5). */
  state: ['facility_state', 'detention_facility_state', 'state', 'lea_state', 'state_code'],
  /** C/D `Facility AOR` (S2, S4), E `AOR` (S7), F `Detainer_AOR` (S5), B `Area Of Responsibility` (S5). */
  aor: ['facility_aor', 'detainer_aor', 'aor', 'area_of_responsibility'],
  /** `Citizenship Country` (S2, S4, S5, S7). */
  citizenship: ['citizenship_country', 'citizenship'],
  /** C/E/F `Detainer Prepared Criminality` (S2, S5, S7), D `Detainer Criminality` (S4). */
  criminality: ['detainer_prepared_criminality', 'detainer_criminality'],
  /** C `Most Serious Conviction (MSC) Charge` (S2), D/E `MSC Charge` (S4, S7), F `Detainer_Most_Serious_Conviction_Charge` (S5). */
  mscCharge: [
    'most_serious_conviction_msc_charge',
    'msc_charge',
    'detainer_most_serious_conviction_charge',
    'most_serious_conviction_charge',
  ],
  /** C/D/E `MSC Charge Code` (S2, S4, S7), F `Detainer_Most_Serious_Conviction_Charge_Code` (S5). */
  mscChargeCode: ['msc_charge_code', 'detainer_most_serious_conviction_charge_code'],
  /**
   * The release's pseudonymous person key: C `Unique Identifier` (S2), D `Anonymized Identifier` (S4),
   * E `Anonymized Unique Identifier` (S7), F `Alien Number Unique Identifier` (S5), G `unique_identifier`,
   * third-party `unique_id` (S11). Read as the key for the duplicate rule, never stored.
   */
  personKey: [
    'unique_identifier',
    'anonymized_identifier',
    'anonymized_unique_identifier',
    'alien_number_unique_identifier',
    'unique_id',
    'person_id',
  ],
} as const;

export type LayoutField = keyof typeof COLUMN_SYNONYMS;
export const LAYOUT_FIELDS = Object.keys(COLUMN_SYNONYMS) as LayoutField[];

/**
 * Columns that identify a person or a case and are never kept (not in a record's other columns, not
 * stored anywhere), besides the person key: `Alien File Number`, `Subject Name`, `Detainer ID`, the
 * `EID * ID` columns, `Birth Date`, `Government Employee ID`, `Return to Employee ID` (S2, S4, S5, S7).
 */
const IDENTIFYING_COLUMNS = new Set([
  'alien_file_number',
  'alien_number',
  'a_number',
  'subject_name',
  'detainer_id',
  'birth_date',
  'date_of_birth',
  'government_employee_id',
  'return_to_employee_id',
  'subject_id',
]);

/** Is a (normalised) column one that identifies a person or a case, so never to be kept? */
export function isIdentifyingColumn(name: string): boolean {
  return (
    IDENTIFYING_COLUMNS.has(name) ||
    (COLUMN_SYNONYMS.personKey as readonly string[]).includes(name) ||
    name.includes('identifier') ||
    name.includes('unique_id') ||
    /^eid_.*_id$/.test(name) ||
    /(^|_)a_?file(_|$)/.test(name)
  );
}

export type LayoutId =
  | 'npr-export'
  | 'ice-lea'
  | 'ddp-fy'
  | 'ice-2025'
  | 'ice-2026-03'
  | 'ice-2026-08'
  | 'trac'
  | 'ddp-processed'
  | 'generic';

/** What the importer says about the layout it found. */
export interface LayoutInfo {
  readonly id: LayoutId;
  readonly name: string;
  /** `npr`: NPR's export and ICE's LEA files of that era; `ddp`: every other layout. The stored dataset of an auto import. */
  readonly family: ResearchDataset;
}

export interface ReleaseLayout extends LayoutInfo {
  /** Normalised header names that identify it, all present (a list: any one of them). */
  readonly identifying: readonly (string | readonly string[])[];
  /** Only a header written in snake_case (every cell letters, digits and `_` only, no spaces) can be this layout. */
  readonly snakeCase?: true;
  /** Rows above the header in the published files (documentation; any number up to MAX_PREAMBLE_ROWS is read). */
  readonly preambleRows: number;
  /** Where the layout is documented. */
  readonly source: string;
}

export const RELEASE_LAYOUTS: readonly ReleaseLayout[] = [
  {
    id: 'npr-export',
    name: "NPR's six-column export of ICE's LEA files (2007-2015)",
    family: 'npr',
    identifying: ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'],
    snakeCase: true,
    preambleRows: 0,
    source: 'S1, S17',
  },
  {
    id: 'ice-lea',
    name: 'ICE "LEA detainers" files, FY2008-FY2015 (layout A)',
    family: 'npr',
    identifying: [
      'prepare_date',
      'detainer_lift_reason',
      'detainer_detention_facility',
      'city',
      'state',
      'detainer_type',
    ],
    preambleRows: 0,
    source: 'S1, S5',
  },
  {
    id: 'ddp-fy',
    name: "Deportation Data Project's detainersfy9-17_raw files, tab-delimited (layout B)",
    family: 'ddp',
    identifying: ['prepare_date', 'detention_facility', 'area_of_responsibility'],
    preambleRows: 0,
    source: 'S5, S9',
  },
  {
    id: 'ice-2025',
    name: "ICE's 2025 release, 65 columns, Unique Identifier (layout C)",
    family: 'ddp',
    identifying: [
      'detainer_prepare_date',
      'facility_state',
      'facility_aor',
      'detainer_prepared_criminality',
      'detention_facility',
      'detention_facility_code',
      'facility_city',
      'unique_identifier',
    ],
    preambleRows: 6,
    source: 'S2, S3',
  },
  {
    id: 'ice-2026-03',
    name: "ICE's March 2026 release, Anonymized Identifier (layout D)",
    family: 'ddp',
    identifying: [
      'detainer_prepare_date',
      'detainer_criminality',
      'detainer_facility',
      'detainer_facility_code',
      'detainer_lift_reason_code',
      'anonymized_identifier',
    ],
    preambleRows: 6,
    source: 'S4, S5',
  },
  {
    id: 'ice-2026-08',
    name: "ICE's 44-column release (August 2026), Anonymized Unique Identifier (layout E)",
    family: 'ddp',
    identifying: [
      'detainer_prepared_date',
      'aor',
      'city',
      'state',
      'detention_facility',
      'detention_facility_code',
      'anonymized_unique_identifier',
    ],
    preambleRows: 6,
    source: 'S7',
  },
  {
    id: 'trac',
    name: "TRAC's FOIA release 2025-ICFO-18038, FY2017-FY2025 (layout F, no facility city or state)",
    family: 'ddp',
    identifying: [
      'detainer_prepare_date',
      'detainer_aor',
      'detainer_detention_facility',
      'detainer_detention_facility_code',
      'alien_number_unique_identifier',
    ],
    preambleRows: 0,
    source: 'S5, S6',
  },
  {
    id: 'ddp-processed',
    name: "Deportation Data Project's processed files, snake_case (layout G)",
    family: 'ddp',
    identifying: [['detainer_prepare_date', 'prepare_date'], 'unique_identifier'],
    snakeCase: true,
    preambleRows: 0,
    source: 'S2, S4, S5, S7',
  },
];

export const GENERIC_LAYOUT: LayoutInfo = {
  id: 'generic',
  name: 'not a known layout: a prepare-date column, other columns read by their synonyms',
  family: 'ddp',
};

const SNAKE_CASE = /^[A-Za-z0-9_]+$/;

/**
 * The layout of a header row: the most specific known layout (most identifying columns) whose
 * identifying columns are all present; else `generic` when a column names the prepare date; else
 * null (not a header). A snake_case header prefers the snake_case layouts.
 */
export function detectLayout(cells: readonly string[]): LayoutInfo | null {
  const names = new Set<string>();
  let snake = true;
  let any = false;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    any = true;
    if (!SNAKE_CASE.test(text)) snake = false;
    names.add(normaliseHeader(text));
  }
  if (!any) return null;
  let best: ReleaseLayout | null = null;
  let bestScore = 0;
  for (const layout of RELEASE_LAYOUTS) {
    if (layout.snakeCase && !snake) continue;
    const all = layout.identifying.every((c) => (typeof c === 'string' ? names.has(c) : c.some((n) => names.has(n))));
    if (!all) continue;
    // A snake_case layout first for a snake_case header (DDP's processed files keep the raw names' words).
    const score = (layout.snakeCase ? 1000 : 0) + layout.identifying.length;
    if (score > bestScore) [best, bestScore] = [layout, score];
  }
  if (best) return { id: best.id, name: best.name, family: best.family };
  if (names.size < 2) return null;
  const dated = COLUMN_SYNONYMS.preparedDate.filter((c) => names.has(c));
  // A bare `date` (NPR's name) makes a header only among a few other columns, not in a preamble's note.
  if (dated.length === 0 || (dated.length === 1 && dated[0] === 'date' && names.size < 3)) return null;
  return GENERIC_LAYOUT;
}

/**
 * The columns each row has its own under this header: the prepare date's and the person key's (the
 * first of each field's synonyms the header has, as row-parsing.ts reads them), or null when it has no
 * prepare date column. The other cells of a release's rows mostly repeat, so a text file is read split
 * into its rows' own cells and their rest (csv-split-rows.ts, row-endings.ts).
 */
export function splitColumnsOf(header: readonly string[]): SplitColumns | null {
  const names = header.map(normaliseHeader);
  const first = (field: LayoutField) => {
    for (const c of COLUMN_SYNONYMS[field]) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const date = first('preparedDate');
  return date < 0 ? null : { date, person: first('personKey') };
}

/** What the import was asked to read: one family, or whatever layout the header shows. */
export type LayoutRequest = ResearchDataset | 'auto';
export const LAYOUT_REQUESTS: readonly LayoutRequest[] = ['npr', 'ddp', 'auto'];

/** Does the request take this layout? `npr` takes the npr family, `ddp` the rest (generic included). */
export function requestTakes(request: LayoutRequest, layout: LayoutInfo): boolean {
  return request === 'auto' || layout.family === request;
}

/** The delimiters a text release may use, in the order they are tried. */
export const TEXT_DELIMITERS = [',', '\t', ';'] as const;
export type TextDelimiter = (typeof TEXT_DELIMITERS)[number];

/** Cells of one line of delimited text, quotes honoured (a quote opens a quoted cell only as its first character). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && start) {
      quoted = true;
      start = false;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      start = true;
    } else {
      cell += c;
      start = false;
    }
  }
  cells.push(cell);
  return cells;
}

/**
 * The delimiter of a text release, from its first lines: the one that splits a line into a header
 * of a known layout (or a generic one), looked for within `maxPreamble` lines; failing that, the one
 * found most often outside quotes on the first non-blank line; comma by default.
 */
export function sniffDelimiter(lines: readonly string[], maxPreamble: number): TextDelimiter {
  for (const line of lines.slice(0, maxPreamble + 1)) {
    for (const delimiter of TEXT_DELIMITERS) {
      const cells = splitLine(line, delimiter);
      if (cells.length > 1 && detectLayout(cells) !== null) return delimiter;
    }
  }
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return ',';
  let best: TextDelimiter = ',';
  let most = 0;
  for (const delimiter of TEXT_DELIMITERS) {
    const count = splitLine(first, delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}
