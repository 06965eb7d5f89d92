/**
 * The monthly rollup of one release, counted while its rows stream in (the statistics the portal
 * shows read it instead of the records). One cell per month and record profile (release-reader.ts:
 * the facility, or the state when the record names no facility, the form and the lift reason; the
 * outcome follows from the lift reason).
 *
 * Counting runs once per record (or once per distinct row ending and month) on the reading thread, so
 * the cells live in an open-addressing hash table over one typed array, keyed by the two integers
 * themselves: no Map lookup and no object per record, a cell's key and count side by side.
 */

const FIRST_YEAR = 1900;

// A cell is FIELDS consecutive int32s: its profile, month and count (0: free).
const FIELDS = 3;
const MONTH = 1;
const COUNT = 2;
const FIRST_CELLS = 1 << 16;

export class RollupCounter {
  private cells = new Int32Array(FIRST_CELLS * FIELDS);
  private mask = FIRST_CELLS - 1;
  private used = 0;

  /** Counts `records` more (1 by default) in the cell of the profile and month (months since 1900-01). */
  add(profile: number, month: number, records = 1): void {
    const { cells, mask } = this;
    let at = (hash(profile, month) & mask) * FIELDS;
    for (let count = cells[at + COUNT]!; count !== 0; count = cells[at + COUNT]!) {
      if (cells[at] === profile && cells[at + MONTH] === month) {
        cells[at + COUNT] = count + records;
        return;
      }
      at = at + FIELDS === cells.length ? 0 : at + FIELDS;
    }
    cells[at] = profile;
    cells[at + MONTH] = month;
    cells[at + COUNT] = records;
    if (++this.used * 2 > mask + 1) this.grow();
  }

  /** The cells counted, as a RollupTable. */
  table(): RollupTable {
    const cells = this.cells;
    const table = new Int32Array(this.used * FIELDS);
    let to = 0;
    for (let at = 0; at < cells.length; at += FIELDS) {
      if (cells[at + COUNT] === 0) continue;
      for (let f = 0; f < FIELDS; f++) table[to++] = cells[at + f]!;
    }
    return table;
  }

  /**
   * Makes room for `more` cells beyond those counted, at once: adding many (a file's counts handed over
   * at its end, row-endings.ts) would otherwise double the table and place every cell again several times.
   */
  reserve(more: number): void {
    let size = this.mask + 1;
    while ((this.used + more) * 2 > size) size *= 2;
    if (size > this.mask + 1) this.grow(size);
  }

  private grow(size = (this.mask + 1) * 2): void {
    const old = this.cells;
    const cells = new Int32Array(size * FIELDS);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += FIELDS) {
      if (old[from + COUNT] === 0) continue;
      let at = (hash(old[from]!, old[from + MONTH]!) & mask) * FIELDS;
      while (cells[at + COUNT] !== 0) at = at + FIELDS === cells.length ? 0 : at + FIELDS;
      for (let f = 0; f < FIELDS; f++) cells[at + f] = old[from + f]!;
    }
    this.cells = cells;
    this.mask = mask;
  }
}

/**
 * A rollup's cells in one array, FIELDS numbers each (profile, month, count): one buffer to hand
 * from the reading thread to the importer's. Read it with rollupCells.
 */
export type RollupTable = Int32Array;

export interface RollupCells {
  readonly count: number;
  readonly profile: Int32Array;
  readonly month: Int32Array;
  readonly records: Int32Array;
}

/** A table's cells as columns. */
export function rollupCells(table: RollupTable): RollupCells {
  const count = table.length / FIELDS;
  const cells = { count, profile: new Int32Array(count), month: new Int32Array(count), records: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    cells.profile[i] = table[i * FIELDS]!;
    cells.month[i] = table[i * FIELDS + MONTH]!;
    cells.records[i] = table[i * FIELDS + COUNT]!;
  }
  return cells;
}

function hash(profile: number, month: number): number {
  let h = Math.imul(profile, 0x9e3779b1) ^ Math.imul(month, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Months since January 1900 of a YYYY-MM-DD date, read from its digits. */
export function monthIndex(date: string): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return (year - FIRST_YEAR) * 12 + digit(5) * 10 + digit(6) - 1;
}

/** YYYY-MM of a month index. */
export function monthText(index: number): string {
  const year = FIRST_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
