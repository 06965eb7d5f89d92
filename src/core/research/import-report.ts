/** The data-quality report of one import, accumulated row by row in constant memory (lists are capped). */
import { detachedText } from '../shared/detached-text.js';
import { isKnownLiftReason, type Outcome } from './outcomes.js';
import { GENERIC_LAYOUT, type LayoutInfo } from './release-layouts.js';
import { cellState, type CellState } from './row-parsing.js';
import type { ResearchDataset, ResearchRecord, RowProblem } from './research-record.js';

export const REJECTION_SAMPLE_CAP = 100;
export const UNMAPPED_FACILITY_CAP = 200;

export interface ColumnQuality {
  readonly column: string;
  readonly empty: number;
  readonly redacted: number;
  /** Shares of the rows read, 0..1, rounded to 4 places. */
  readonly shareEmpty: number;
  readonly shareRedacted: number;
}

export interface UnmappedFacility {
  /** ICE's facility code, where the release gives one. */
  readonly code: string | null;
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly rows: number;
}

/** A worksheet of a workbook release as read. */
export interface SheetReport {
  readonly name: string;
  /** The header's row number on the sheet, or null when none was found (the sheet is skipped). */
  readonly headerRow: number | null;
  /** Data rows read on the sheet (loaded or rejected). */
  readonly rowsRead: number;
  /** True when the sheet had no header within the preamble limit: its rows were not read. */
  readonly skipped: boolean;
  /** The layout of the sheet's header (null when skipped). */
  readonly layout: LayoutInfo['id'] | null;
}

export interface ImportReport {
  readonly release: string;
  readonly dataset: ResearchDataset;
  /** The layout the header was recognised as (release-layouts.ts); `generic` when no known layout matched. */
  readonly layout: LayoutInfo;
  /** The delimiter of a text file (`,`, tab or `;`), sniffed from its header line; null for a workbook. */
  readonly delimiter: string | null;
  /** A workbook's worksheets in order (empty for a text file). */
  readonly sheets: readonly SheetReport[];
  readonly sourceFile: string;
  readonly sha256: string;
  /** True when a release of this name was there before and was replaced. */
  readonly replaced: boolean;
  /** Rows before the header row (titles and notes of an xlsx release). */
  readonly preambleRows: number;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly rejections: {
    readonly byReason: Readonly<Record<string, number>>;
    /** The first rejected rows, in file order, at most REJECTION_SAMPLE_CAP. */
    readonly sample: readonly RowProblem[];
    readonly sampleCapped: boolean;
  };
  readonly preparedDates: { readonly first: string | null; readonly last: string | null };
  readonly outcomes: Readonly<Partial<Record<Outcome, number>>>;
  /** Lift reasons the outcome table does not know (counted as `other`). */
  readonly unknownLiftReasons: Readonly<Record<string, number>>;
  /** Records loaded per lift reason code, where the release has a code column (kept here only). */
  readonly liftReasonCodes: Readonly<Record<string, number>>;
  readonly likelyDuplicates: number;
  readonly columns: readonly ColumnQuality[];
  readonly facilities: FacilitiesQuality;
}

/**
 * The release's facilities: how many, how many have a county, and those that stay without one. In an
 * import's report they are counted once the store has placed them (facilitiesQuality): a facility is
 * one per code (several spellings, one facility), and a coded facility the release does not place may
 * take its place from another release or the facility reference.
 */
export interface FacilitiesQuality {
  readonly total: number;
  readonly mappedToCounty: number;
  readonly rowsWithoutCounty: number;
  /** Facilities not mapped to a county, most rows first, at most UNMAPPED_FACILITY_CAP. */
  readonly unmapped: readonly UnmappedFacility[];
  readonly unmappedCapped: boolean;
}

/** A facility of a release as the store placed it: its stored id, its spelling here, and where it is. */
export interface PlacedFacility {
  readonly id: number;
  readonly code: string | null;
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly countyFips: string | null;
  /** The release's records naming it in this spelling. */
  readonly rows: number;
}

/**
 * The facilities part of the report from the facilities as stored: spellings of one stored facility
 * count once (with their rows added up, named as first spelled); those without a county are listed
 * with the place the store gave them (null when none), most rows first.
 */
export function facilitiesQuality(placed: readonly PlacedFacility[]): FacilitiesQuality {
  const byId = new Map<number, UnmappedFacility & { countyFips: string | null }>();
  for (const f of placed) {
    const seen = byId.get(f.id);
    if (seen) byId.set(f.id, { ...seen, rows: seen.rows + f.rows, code: seen.code ?? f.code });
    else {
      const { code, name, city, state, countyFips, rows } = f;
      byId.set(f.id, { code, name, city, state, countyFips, rows });
    }
  }
  const all = [...byId.values()];
  const unmapped = all
    .filter((f) => f.countyFips === null)
    .sort((a, b) => b.rows - a.rows || compare(a.name, b.name) || compare(a.city ?? '', b.city ?? ''))
    .map(({ code, name, city, state, rows }) => ({ code, name, city, state, rows }));
  return {
    total: all.length,
    mappedToCounty: all.length - unmapped.length,
    rowsWithoutCounty: unmapped.reduce((n, f) => n + f.rows, 0),
    unmapped: unmapped.slice(0, UNMAPPED_FACILITY_CAP),
    unmappedCapped: unmapped.length > UNMAPPED_FACILITY_CAP,
  };
}

/**
 * The report's findings about the file as it is read, without the release it was stored as and the
 * likely duplicates (found by the store once every record is in).
 */
export type ReleaseQuality = Omit<
  ImportReport,
  'release' | 'dataset' | 'sourceFile' | 'sha256' | 'replaced' | 'likelyDuplicates' | 'facilities'
>;

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export class ReportBuilder {
  private columns: string[] = [];
  private empty: number[] = [];
  private redacted: number[] = [];
  /** The current header's column i is the report's column columnAt[i] (sheets may differ in their columns). */
  private columnAt: number[] = [];
  preambleRows = 0;
  layout: LayoutInfo = GENERIC_LAYOUT;
  delimiter: string | null = null;
  readonly sheets: SheetReport[] = [];
  private readonly codes = new Map<string, number>();
  private rowsRead = 0;
  private rowsLoaded = 0;
  private readonly byReason = new Map<string, number>();
  private readonly sample: RowProblem[] = [];
  private first: string | null = null;
  private last: string | null = null;
  private readonly outcomes = new Map<Outcome, number>();
  private readonly unknownReasons = new Map<string, number>();
  /** Loaded records by the reader's facility index. */
  private readonly facilityRowCounts: number[] = [];

  get rowsReadSoFar(): number {
    return this.rowsRead;
  }

  /**
   * The columns of a header: a column of an earlier header (another sheet) with the same name is
   * counted on; a new name is added, counting from the rows read after it.
   */
  setColumns(columns: readonly string[]): void {
    const taken = new Set<number>();
    this.columnAt = columns.map((column) => {
      let at = this.columns.findIndex((c, j) => c === column && !taken.has(j));
      if (at < 0) {
        at = this.columns.push(column) - 1;
        this.empty.push(0);
        this.redacted.push(0);
      }
      taken.add(at);
      return at;
    });
  }

  /** Every data row read, loaded or not: per-column empties and redactions. */
  read(cells: readonly string[]): void {
    this.rowsRead++;
    for (let i = 0; i < this.columnAt.length; i++) this.countCells(i, cellState(cells[i]), 1);
  }

  /** Rows read whose cells are counted apart (countCells), for readers that count cells once per distinct value. */
  readRows(rows: number): void {
    this.rowsRead += rows;
  }

  /** `rows` more cells of a column found empty, redacted or holding a value. */
  countCells(column: number, state: CellState, rows: number): void {
    if (column >= this.columnAt.length) return;
    const at = this.columnAt[column]!;
    if (state === 'empty') this.empty[at]! += rows;
    else if (state === 'redacted') this.redacted[at]! += rows;
  }

  rejected(problem: RowProblem): void {
    this.byReason.set(problem.reason, (this.byReason.get(problem.reason) ?? 0) + 1);
    if (this.sample.length < REJECTION_SAMPLE_CAP) this.sample.push(problem);
  }

  /** A loaded record; `facility` is its facility's index (dense, in order of first appearance) or -1. */
  loaded(record: ResearchRecord, facility: number): void {
    this.loadedRows(record, facility, 1);
    this.preparedOn(record.preparedDate);
  }

  /** `rows` loaded records alike but for their dates (given apart, preparedOn). */
  loadedRows(
    records: Pick<ResearchRecord, 'outcome' | 'liftReason' | 'liftReasonCode' | 'facility'>,
    facility: number,
    rows: number,
  ): void {
    this.rowsLoaded += rows;
    const code = records.liftReasonCode;
    if (code !== null && code !== undefined) {
      const seen = this.codes.get(code);
      this.codes.set(seen === undefined ? detachedText(code) : code, (seen ?? 0) + rows);
    }
    this.outcomes.set(records.outcome, (this.outcomes.get(records.outcome) ?? 0) + rows);
    if (records.liftReason !== null && !isKnownLiftReason(records.liftReason)) {
      const seen = this.unknownReasons.get(records.liftReason);
      this.unknownReasons.set(
        seen === undefined ? detachedText(records.liftReason) : records.liftReason,
        (seen ?? 0) + rows,
      );
    }
    if (facility >= 0 && records.facility)
      this.facilityRowCounts[facility] = (this.facilityRowCounts[facility] ?? 0) + rows;
  }

  /** A loaded record's prepare date (YYYY-MM-DD), for the first and last dates of the release. */
  preparedOn(date: string): void {
    if (this.first === null || date < this.first) this.first = date;
    if (this.last === null || date > this.last) this.last = date;
  }

  /** Each facility's loaded records, by the reader's facility index (0 for one with none). */
  facilityRows(count: number): number[] {
    return Array.from({ length: count }, (_, i) => this.facilityRowCounts[i] ?? 0);
  }

  /** The report of the file as read (its facilities are reported once stored and placed: facilitiesQuality). */
  build(): ReleaseQuality {
    const rowsRejected = this.rowsRead - this.rowsLoaded;
    const share = (n: number) => (this.rowsRead === 0 ? 0 : round(n / this.rowsRead));
    return {
      layout: this.layout,
      delimiter: this.delimiter,
      sheets: [...this.sheets],
      preambleRows: this.preambleRows,
      rowsRead: this.rowsRead,
      rowsLoaded: this.rowsLoaded,
      rowsRejected,
      rejections: {
        byReason: sortedRecord(this.byReason),
        sample: [...this.sample],
        sampleCapped: rowsRejected > this.sample.length,
      },
      preparedDates: { first: this.first, last: this.last },
      outcomes: sortedRecord(this.outcomes),
      unknownLiftReasons: sortedRecord(this.unknownReasons),
      liftReasonCodes: sortedRecord(this.codes),
      columns: this.columns.map((column, i) => ({
        column,
        empty: this.empty[i]!,
        redacted: this.redacted[i]!,
        shareEmpty: share(this.empty[i]!),
        shareRedacted: share(this.redacted[i]!),
      })),
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<K extends string>(map: Map<K, number>): Record<K, number> {
  return Object.fromEntries([...map.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))) as Record<K, number>;
}
