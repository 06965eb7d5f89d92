/**
 * What the distinct endings and dates of a release's rows mean, each worked out once (rows given as
 * SplitSourceRow: a first cell, the date, and a shared rest). Each meaning counts the rows read and
 * loaded with it, and a rest its records by month; `fold` hands those counts to the report and the
 * rollup, per meaning rather than per row (the rollup's hash table, at random per record, cost more
 * than all the rest of a record's counting).
 * Bounded: past LIMIT meanings of a kind, the counts are folded and the meanings forgotten.
 */
import { detachedText } from '../shared/detached-text.js';
import type { ReportBuilder } from './import-report.js';
import { outcomeOf, type Outcome } from './outcomes.js';
import { monthIndex, type RollupCounter } from './rollup.js';
import { cellState, type CellState, type DateCell, type RowParser, type RowRest } from './row-parsing.js';
import type { SplitColumns } from './research-record.js';

const LIMIT = 65_536;
/** Months a rest counts its records by at first, and at most (past that, its counts go to the rollup). */
const FIRST_MONTHS = 16;
const MAX_MONTHS = 512;

/** Where a rest stands in the reader's dictionaries, given once a record loads with it. */
export interface RestIndexes {
  /** The facility's index, or -1. */
  readonly facility: number;
  /** The record profile (release-reader.ts): facility, state, form and lift reason. */
  readonly profile: number;
}

export interface RestMeaning {
  readonly rest: RowRest;
  /** States of the rest's cells (RowEndings.restColumns says whose column each is). */
  readonly cells: readonly CellState[];
  /** Every cell of the rest empty (a blank row if its first cell is too). */
  readonly blank: boolean;
  readonly outcome: Outcome;
  /** The other columns as JSON text, or null. */
  readonly extra: string | null;
  indexes: RestIndexes | null;
  rowsRead: number;
  rowsLoaded: number;
  /** Records loaded with this rest per month, from `firstMonth` on (for the rollup), or null before the first. */
  months: Int32Array | null;
  firstMonth: number;
}

export interface DateMeaning {
  readonly cell: DateCell;
  readonly state: CellState;
  /** Index in the reader's dates, given once a record loads with it; -1 until then. */
  index: number;
  /** Months since 1900-01 of the date (rollup.ts), or -1 when it is not a date. */
  readonly month: number;
  rowsRead: number;
  rowsLoaded: number;
}

export class RowEndings {
  private readonly rests = new Map<readonly string[], RestMeaning>();
  private readonly dates = new Map<string, DateMeaning>();
  /** Dates written `YYYY-MM-DD 00:00:00` (every NPR row), by midnightKey: a number is found faster than a text. */
  private readonly days = new Map<number, DateMeaning>();
  /** The header column of each cell of a rest: every column but the row's own ones. */
  private readonly restColumns: readonly number[];
  /** Person cells read empty and redacted since the last fold. */
  private personsEmpty = 0;
  private personsRedacted = 0;

  constructor(
    private readonly parser: RowParser,
    /** The row's own columns (the parser's splitColumns). */
    readonly columns: SplitColumns,
    private readonly report: ReportBuilder,
    private readonly rollup: RollupCounter,
  ) {
    this.restColumns = parser.columns.map((_, i) => i).filter((i) => i !== columns.date && i !== columns.person);
  }

  /** A row's person key (null when its cell is empty or redacted), its cell counted for the report. */
  personOf(text: string | undefined): string | null {
    const state = cellState(text);
    if (state === 'value') return this.parser.personOf(text);
    if (state === 'empty') this.personsEmpty++;
    else this.personsRedacted++;
    return null;
  }

  /** A record loaded with this rest (its indexes given) and date: counted for the report and the rollup. */
  loaded(rest: RestMeaning, date: DateMeaning): void {
    rest.rowsLoaded++;
    date.rowsLoaded++;
    const slot = date.month - rest.firstMonth;
    if (rest.months !== null && slot >= 0 && slot < rest.months.length) rest.months[slot]!++;
    else this.countMonthOutside(rest, date.month);
  }

  /** Widens the rest's months to take `month` (up to MAX_MONTHS, past which the counts go to the rollup first). */
  private countMonthOutside(rest: RestMeaning, month: number): void {
    const months = rest.months;
    const first = months === null ? month : Math.min(rest.firstMonth, month);
    const last = months === null ? month : Math.max(rest.firstMonth + months.length - 1, month);
    if (months === null || last - first >= MAX_MONTHS) {
      if (months !== null) this.countMonths(rest);
      rest.months = new Int32Array(FIRST_MONTHS);
      rest.firstMonth = Math.max(0, month - FIRST_MONTHS / 2);
    } else {
      const size = Math.min(MAX_MONTHS, Math.max(last - first + 1, 2 * months.length));
      const firstMonth = month < rest.firstMonth ? Math.max(0, last - size + 1) : rest.firstMonth;
      const grown = new Int32Array(size);
      grown.set(months, rest.firstMonth - firstMonth);
      rest.months = grown;
      rest.firstMonth = firstMonth;
    }
    rest.months[month - rest.firstMonth]!++;
  }

  /** The months with records counted by the rests (at most the rollup cells a fold adds). */
  private monthsCounted(): number {
    let counted = 0;
    for (const { months } of this.rests.values()) {
      if (months === null) continue;
      for (let slot = 0; slot < months.length; slot++) if (months[slot] !== 0) counted++;
    }
    return counted;
  }

  /** Hands a rest's monthly counts to the rollup and clears them. */
  private countMonths(rest: RestMeaning): void {
    const { months, indexes } = rest;
    if (months === null || indexes === null) return;
    for (let slot = 0; slot < months.length; slot++) {
      const records = months[slot]!;
      if (records === 0) continue;
      this.rollup.add(indexes.profile, rest.firstMonth + slot, records);
    }
    months.fill(0);
  }

  restOf(cells: readonly string[]): RestMeaning {
    const known = this.rests.get(cells);
    if (known) return known;
    if (this.rests.size >= LIMIT) this.forget(this.rests);
    const rest = this.parser.rest(cells, this.columns);
    const meaning: RestMeaning = {
      rest,
      // Every column of the header but the row's own, cells the row lacks counted as empty.
      cells: this.restColumns.map((_, i) => cellState(cells[i])),
      blank: cells.every((cell) => cellState(cell) === 'empty'),
      outcome: outcomeOf(rest.liftReason),
      extra: rest.extra === null ? null : JSON.stringify(rest.extra),
      indexes: null,
      rowsRead: 0,
      rowsLoaded: 0,
      months: null,
      firstMonth: 0,
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
    const cell = this.parser.dateCell(kept);
    const meaning: DateMeaning = {
      cell,
      state: cellState(kept),
      index: -1,
      month: cell.ok ? monthIndex(cell.date) : -1,
      rowsRead: 0,
      rowsLoaded: 0,
    };
    if (day < 0) this.dates.set(kept, meaning);
    else this.days.set(day, meaning);
    return meaning;
  }

  /** Hands the rows counted so far to the report and the rollup. */
  fold(): void {
    this.rollup.reserve(this.monthsCounted());
    for (const meaning of this.rests.values()) this.foldRest(meaning);
    for (const meaning of this.dates.values()) this.foldDate(meaning);
    for (const meaning of this.days.values()) this.foldDate(meaning);
    if (this.columns.person >= 0) {
      this.report.countCells(this.columns.person, 'empty', this.personsEmpty);
      this.report.countCells(this.columns.person, 'redacted', this.personsRedacted);
    }
    this.personsEmpty = 0;
    this.personsRedacted = 0;
  }

  private foldRest(meaning: RestMeaning): void {
    this.countMonths(meaning);
    if (meaning.rowsRead > 0) {
      meaning.cells.forEach((state, i) => this.report.countCells(this.restColumns[i]!, state, meaning.rowsRead));
    }
    if (meaning.rowsLoaded > 0 && meaning.indexes) {
      const { rest, outcome, indexes } = meaning;
      this.report.loadedRows(
        { outcome, liftReason: rest.liftReason, liftReasonCode: rest.liftReasonCode, facility: rest.facility },
        indexes.facility,
        meaning.rowsLoaded,
      );
    }
    meaning.rowsRead = 0;
    meaning.rowsLoaded = 0;
  }

  private foldDate(meaning: DateMeaning): void {
    this.report.countCells(this.columns.date, meaning.state, meaning.rowsRead);
    if (meaning.rowsLoaded > 0 && meaning.cell.ok) this.report.preparedOn(meaning.cell.date);
    meaning.rowsRead = 0;
    meaning.rowsLoaded = 0;
  }

  /** Hands the counts over and forgets every meaning (when rows stop coming split, their memory is let go). */
  forgetAll(): void {
    if (this.rests.size + this.dates.size + this.days.size > 0) this.forget(this.rests, this.dates, this.days);
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
