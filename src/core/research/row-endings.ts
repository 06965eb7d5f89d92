/**
 * What the distinct endings and dates of a release's rows mean, each worked out once (rows given as
 * SplitSourceRow: a first cell, the date, and a shared rest). Each meaning counts the rows read and
 * loaded with it; `fold` hands those counts to the report, per meaning rather than per row.
 * Bounded: past LIMIT meanings of a kind, the counts are folded and the meanings forgotten.
 */
import { detachedText } from '../shared/detached-text.js';
import type { ReportBuilder } from './import-report.js';
import { outcomeOf, type Outcome } from './outcomes.js';
import { cellState, type CellState, type DateCell, type RowParser, type RowRest } from './row-parsing.js';

const LIMIT = 65_536;

/** A rest's values as indexes into the reader's dictionaries (-1: none), given once a record loads with it. */
export interface RestIndexes {
  readonly facility: number;
  readonly countyMapped: boolean;
  readonly state: number;
  readonly form: number;
  readonly liftReason: number;
}

export interface RestMeaning {
  readonly rest: RowRest;
  /** States of the cells of columns 1 on. */
  readonly cells: readonly CellState[];
  /** Every cell of the rest empty (a blank row if its first cell is too). */
  readonly blank: boolean;
  readonly outcome: Outcome;
  /** The other columns as JSON text, or null. */
  readonly extra: string | null;
  indexes: RestIndexes | null;
  rowsRead: number;
  rowsLoaded: number;
}

export interface DateMeaning {
  readonly text: string;
  readonly cell: DateCell;
  readonly state: CellState;
  /** Index in the reader's dates, given once a record loads with it; -1 until then. */
  index: number;
  rowsRead: number;
  rowsLoaded: number;
}

export class RowEndings {
  private readonly rests = new Map<readonly string[], RestMeaning>();
  private readonly dates = new Map<string, DateMeaning>();
  /** Dates written `YYYY-MM-DD 00:00:00` (every NPR row), by midnightKey: a number is found faster than a text. */
  private readonly days = new Map<number, DateMeaning>();

  constructor(
    private readonly parser: RowParser,
    private readonly report: ReportBuilder,
  ) {}

  restOf(cells: readonly string[]): RestMeaning {
    const known = this.rests.get(cells);
    if (known) return known;
    if (this.rests.size >= LIMIT) this.forget(this.rests);
    const rest = this.parser.rest(cells, 1);
    const meaning: RestMeaning = {
      rest,
      // Every column of the header but the first, cells the row lacks counted as empty.
      cells: this.parser.columns.slice(1).map((_, i) => cellState(cells[i])),
      blank: cells.every((cell) => cellState(cell) === 'empty'),
      outcome: outcomeOf(rest.liftReason),
      extra: rest.extra === null ? null : JSON.stringify(rest.extra),
      indexes: null,
      rowsRead: 0,
      rowsLoaded: 0,
    };
    this.rests.set(cells, meaning);
    return meaning;
  }

  dateOf(text: string): DateMeaning {
    const day = midnightKey(text);
    const known = day < 0 ? this.dates.get(text) : this.days.get(day);
    if (known) return known;
    if (this.dates.size + this.days.size >= LIMIT) this.forget(this.dates, this.days);
    const kept = detachedText(text);
    const meaning: DateMeaning = {
      text: kept,
      cell: this.parser.dateCell(kept),
      state: cellState(kept),
      index: -1,
      rowsRead: 0,
      rowsLoaded: 0,
    };
    if (day < 0) this.dates.set(kept, meaning);
    else this.days.set(day, meaning);
    return meaning;
  }

  /** Hands the rows counted so far to the report. */
  fold(): void {
    for (const meaning of this.rests.values()) this.foldRest(meaning);
    for (const meaning of this.dates.values()) this.foldDate(meaning);
    for (const meaning of this.days.values()) this.foldDate(meaning);
  }

  private foldRest(meaning: RestMeaning): void {
    if (meaning.rowsRead > 0) {
      meaning.cells.forEach((state, i) => this.report.countCells(i + 1, state, meaning.rowsRead));
    }
    if (meaning.rowsLoaded > 0 && meaning.indexes) {
      const { rest, outcome, indexes } = meaning;
      this.report.loadedRows(
        { outcome, liftReason: rest.liftReason, facility: rest.facility },
        indexes.facility,
        indexes.countyMapped,
        meaning.rowsLoaded,
      );
    }
    meaning.rowsRead = 0;
    meaning.rowsLoaded = 0;
  }

  private foldDate(meaning: DateMeaning): void {
    this.report.countCells(0, meaning.state, meaning.rowsRead);
    if (meaning.rowsLoaded > 0 && meaning.cell.ok) this.report.preparedOn(meaning.cell.date);
    meaning.rowsRead = 0;
    meaning.rowsLoaded = 0;
  }

  private forget(...meanings: (Map<unknown, RestMeaning> | Map<unknown, DateMeaning>)[]): void {
    this.fold();
    for (const map of meanings) map.clear();
  }
}

const MIDNIGHT = ' 00:00:00';

/**
 * A number standing for a text of the exact form `YYYY-MM-DD 00:00:00` (the digits read as they are,
 * valid date or not: equal numbers, equal texts), or -1 for any other text.
 */
export function midnightKey(text: string): number {
  if (text.length !== 19 || !text.endsWith(MIDNIGHT)) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return -1;
    } else if (c >= 48 && c <= 57) key = key * 10 + (c - 48);
    else return -1;
  }
  return key;
}
