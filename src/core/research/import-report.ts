/** The data-quality report of one import, accumulated row by row in constant memory (lists are capped). */
import { detachedText } from '../shared/detached-text.js';
import { OUTCOME_OF_LIFT_REASON, type Outcome } from './outcomes.js';
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

export interface ImportReport {
  readonly release: string;
  readonly dataset: ResearchDataset;
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
  'release' | 'dataset' | 'sourceFile' | 'sha256' | 'replaced' | 'likelyDuplicates'
>;

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export class ReportBuilder {
  private columns: readonly string[] = [];
  private empty: number[] = [];
  private redacted: number[] = [];
  preambleRows = 0;
  private rowsRead = 0;
  private rowsLoaded = 0;
  private readonly byReason = new Map<string, number>();
  private readonly sample: RowProblem[] = [];
  private first: string | null = null;
  private last: string | null = null;
  private readonly outcomes = new Map<Outcome, number>();
  private readonly unknownReasons = new Map<string, number>();
  /** By the reader's facility index. */
  private readonly facilities: {
    code: string | null;
    name: string;
    city: string | null;
    state: string | null;
    rows: number;
  }[] = [];

  get rowsReadSoFar(): number {
    return this.rowsRead;
  }

  setColumns(columns: readonly string[]): void {
    this.columns = columns;
    this.empty = columns.map(() => 0);
    this.redacted = columns.map(() => 0);
  }

  /** Every data row read, loaded or not: per-column empties and redactions. */
  read(cells: readonly string[]): void {
    this.rowsRead++;
    for (let i = 0; i < this.columns.length; i++) this.countCells(i, cellState(cells[i]), 1);
  }

  /** Rows read whose cells are counted apart (countCells), for readers that count cells once per distinct value. */
  readRows(rows: number): void {
    this.rowsRead += rows;
  }

  /** `rows` more cells of a column found empty, redacted or holding a value. */
  countCells(column: number, state: CellState, rows: number): void {
    if (column >= this.columns.length) return;
    if (state === 'empty') this.empty[column]! += rows;
    else if (state === 'redacted') this.redacted[column]! += rows;
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
    records: Pick<ResearchRecord, 'outcome' | 'liftReason' | 'facility'>,
    facility: number,
    rows: number,
  ): void {
    this.rowsLoaded += rows;
    this.outcomes.set(records.outcome, (this.outcomes.get(records.outcome) ?? 0) + rows);
    if (records.liftReason !== null && !(records.liftReason in OUTCOME_OF_LIFT_REASON)) {
      const seen = this.unknownReasons.get(records.liftReason);
      this.unknownReasons.set(
        seen === undefined ? detachedText(records.liftReason) : records.liftReason,
        (seen ?? 0) + rows,
      );
    }
    if (facility >= 0 && records.facility) {
      const seen = this.facilities[facility];
      if (seen) seen.rows += rows;
      else {
        const { code, name, city, state } = records.facility;
        this.facilities[facility] = {
          code: code === null ? null : detachedText(code),
          name: detachedText(name),
          city: city === null ? null : detachedText(city),
          state,
          rows,
        };
      }
    }
  }

  /** A loaded record's prepare date (YYYY-MM-DD), for the first and last dates of the release. */
  preparedOn(date: string): void {
    if (this.first === null || date < this.first) this.first = date;
    if (this.last === null || date > this.last) this.last = date;
  }

  /** Each facility's loaded records, by the reader's facility index (0 for one with none). */
  facilityRows(count: number): number[] {
    return Array.from({ length: count }, (_, i) => this.facilities[i]?.rows ?? 0);
  }

  /** The report; `countyMapped` tells whether a facility (by its index) was mapped to a county. */
  build(countyMapped: (facility: number) => boolean): ReleaseQuality {
    const rowsRejected = this.rowsRead - this.rowsLoaded;
    const share = (n: number) => (this.rowsRead === 0 ? 0 : round(n / this.rowsRead));
    const facilities = this.facilities;
    const unmapped = facilities
      .filter((_, i) => !countyMapped(i))
      .sort((a, b) => b.rows - a.rows || compare(a.name, b.name) || compare(a.city ?? '', b.city ?? ''))
      .map(({ code, name, city, state, rows }) => ({ code, name, city, state, rows }));
    return {
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
      columns: this.columns.map((column, i) => ({
        column,
        empty: this.empty[i]!,
        redacted: this.redacted[i]!,
        shareEmpty: share(this.empty[i]!),
        shareRedacted: share(this.redacted[i]!),
      })),
      facilities: {
        total: facilities.length,
        mappedToCounty: facilities.length - unmapped.length,
        rowsWithoutCounty: unmapped.reduce((n, f) => n + f.rows, 0),
        unmapped: unmapped.slice(0, UNMAPPED_FACILITY_CAP),
        unmappedCapped: unmapped.length > UNMAPPED_FACILITY_CAP,
      },
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<K extends string>(map: Map<K, number>): Record<K, number> {
  return Object.fromEntries([...map.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))) as Record<K, number>;
}
