/**
 * Public detainer records as imported from ICE FOIA releases (NPR/TRAC era and Deportation Data
 * Project releases), and the ports the import use case runs on. Pure: files are read, decoded and
 * tokenised by adapters (src/ingest/research), which hand the core rows of text cells.
 */
import type { Outcome } from './outcomes.js';

export const RESEARCH_DATASETS = ['npr', 'ddp'] as const;
export type ResearchDataset = (typeof RESEARCH_DATASETS)[number];

/** One row of a source file as text cells, with its 1-based line (CSV) or row (xlsx) number in the file. */
export interface SourceRow {
  readonly line: number;
  readonly cells: readonly string[];
  /**
   * The worksheet the row is on (workbooks only; absent for text files). Rows of one sheet come
   * together, in order; a row naming another sheet than the row before starts that sheet, whose
   * header is looked for again. Rows of one sheet share one SheetRef object.
   */
  readonly sheet?: SheetRef;
}

/** A worksheet of a workbook: its place among the workbook's sheets (0-based) and its name. */
export interface SheetRef {
  readonly index: number;
  readonly name: string;
}

/**
 * Where a split row's own cells stood in the row: the prepare date's column and the person key's
 * (-1 when the release has none). Every other column is the row's rest.
 */
export interface SplitColumns {
  readonly date: number;
  readonly person: number;
}

/** The split of NPR's files: the date first, no person column. */
export const DATE_FIRST: SplitColumns = { date: 0, person: -1 };

/**
 * A row as its own cells (the prepare date, and the person key where the release has one) and its
 * other cells, where rows whose other cells read the same share one `rest` array. Most rows of a
 * release differ from many others only in their date and person, so the reader works out what a rest
 * says once, not once per row. `rest` holds the row's cells but its own, in order; null when the row
 * has one cell. `columns` says where the own cells stood (absent: DATE_FIRST).
 */
export interface SplitSourceRow {
  readonly line: number;
  /** The prepare date's cell. */
  readonly first: string;
  /** The person key's cell, when `columns` names a person column. */
  readonly person?: string | undefined;
  readonly rest: readonly string[] | null;
  readonly columns?: SplitColumns | undefined;
  /** As SourceRow.sheet (text files never have one; kept so every source line has the same shape). */
  readonly sheet?: SheetRef;
}

export type SourceLine = SourceRow | SplitSourceRow;

/** The cells of a row, however it came. */
export function cellsOf(row: SourceLine): readonly string[] {
  if ('cells' in row) return row.cells;
  if (row.rest === null) return [row.first];
  const columns = row.columns ?? DATE_FIRST;
  if (columns === DATE_FIRST || (columns.date === 0 && columns.person < 0)) return [row.first, ...row.rest];
  const cells = [...row.rest];
  const own: [number, string][] = [[columns.date, row.first]];
  if (columns.person >= 0) own.push([columns.person, row.person ?? '']);
  own.sort((a, b) => a[0] - b[0]);
  for (const [at, text] of own) cells.splice(at, 0, text);
  return cells;
}

export interface FacilityRef {
  readonly name: string;
  /** ICE's facility code where the release gives one (e.g. `Detention Facility Code`): the facility's identity across releases. */
  readonly code: string | null;
  readonly city: string | null;
  /** USPS code. */
  readonly state: string | null;
}

/** One detainer as released, normalised. */
export interface ResearchRecord {
  readonly line: number;
  /** YYYY-MM-DD. */
  readonly preparedDate: string;
  /** Milliseconds since the epoch of the prepare instant (midnight UTC when only a date is given). */
  readonly preparedAt: number;
  readonly facility: FacilityRef | null;
  /** USPS code of the facility's state. */
  readonly state: string | null;
  readonly form: string | null;
  readonly liftReason: string | null;
  /** The lift reason's code, where the release has one (`Detainer Lift Reason Code`): counted in the report only. */
  readonly liftReasonCode?: string | null;
  readonly outcome: Outcome;
  /** The release's (pseudonymous) person key, if it has one: used for the duplicate rule only. */
  readonly personKey: string | null;
  /** The dimensions researchers ask for, as the release writes them (null when absent, blank or redacted). */
  readonly dimensions: RecordDimensions;
  /** Other columns of the release, by their header names (nulls dropped). */
  readonly extra: Readonly<Record<string, string>> | null;
}

/**
 * What a modern release says about a detainer beyond its date, place, form and outcome, as written
 * (trimmed; null when the release has no such column or the cell is blank or redacted). Turning the
 * text into categories (criminality, conviction category, U.S. citizen) is the reader's job.
 */
export interface RecordDimensions {
  /** ICE's area of responsibility (field office), e.g. `Facility AOR`, `AOR`, `Detainer AOR`, `Area of Responsibility`. */
  readonly aor: string | null;
  /** `Citizenship Country`. */
  readonly citizenship: string | null;
  /** `Detainer Prepared Criminality`, `Detainer Criminality`... e.g. "1 Convicted Criminal". */
  readonly criminality: string | null;
  /** The most serious conviction's charge text, e.g. `Most Serious Conviction (MSC) Charge`, `MSC Charge`. */
  readonly mscCharge: string | null;
  /** The most serious conviction's charge code (an NCIC offense code), e.g. `MSC Charge Code`. */
  readonly mscChargeCode: string | null;
}

export const NO_DIMENSIONS: RecordDimensions = {
  aor: null,
  citizenship: null,
  criminality: null,
  mscCharge: null,
  mscChargeCode: null,
};

export interface RowProblem {
  readonly line: number;
  readonly reason: string;
  /** In a workbook: the worksheet's name and the row's number on it (`line` counts on across sheets). */
  readonly sheet?: string;
  readonly row?: number;
}

/** States and counties as the importer needs them. */
export interface ResearchGazetteer {
  /** USPS code for a state's full name (any case) or its USPS code; null when unknown. */
  stateCode(nameOrCode: string): string | null;
  /**
   * 5-digit county FIPS for a city (any case) in a state, or null when the gazetteer does not know
   * it; the facility's name may name its county ("BUCKS CNTY JAIL") when the city is unknown.
   */
  countyFips(city: string, stateCode: string, facilityName?: string): string | null;
  /**
   * Builds what countyFips reads now, rather than on its first call (an importer whose file is read on
   * another thread builds it while it waits for the records).
   */
  prepareCounties?(): void;
}
