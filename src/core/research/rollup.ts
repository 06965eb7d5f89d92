/**
 * The monthly rollup of one release, counted while its rows stream in (the statistics the portal
 * shows read it instead of the records). One cell per month, place (a facility, or the state when
 * the record names no facility), form and lift reason; the outcome follows from the lift reason.
 * Values arrive as indexes into the release reader's dictionaries; unknowns are -1.
 *
 * Counting runs once per record (or once per distinct row ending and month) on the reading thread, so the cells live in an open-addressing
 * hash table over one typed array, keyed by the four small integers themselves: no Map lookup and
 * no object per record, and a cell's key and count sit side by side (one memory access, mostly).
 */

export interface RollupCount {
  /** Months since January 1900 (see monthIndex). */
  readonly month: number;
  /** Index of the facility in the reader's dictionary, or -1. */
  readonly facility: number;
  /** Index of the state, or -1 (only when there is no facility: a facility fixes its state). */
  readonly state: number;
  readonly form: number;
  readonly liftReason: number;
  readonly count: number;
}

const FIRST_YEAR = 1900;

// A cell is FIELDS consecutive int32s: its place, month, form and lift reason, then its count (0: free).
const FIELDS = 5;
const COUNT = 4;
const FIRST_CELLS = 1 << 16;

export class RollupCounter {
  private cells = new Int32Array(FIRST_CELLS * FIELDS);
  private mask = FIRST_CELLS - 1;
  private used = 0;

  /** Counts `records` more (1 by default) in the cell of the month, place, form and lift reason. */
  add(month: number, facility: number, state: number, form: number, liftReason: number, records = 1): void {
    // Places: facilities as 0, 1, 2...; records without one by state, as -1 (unknown), -2, -3...
    const place = facility >= 0 ? facility : -2 - state;
    const { cells, mask } = this;
    let at = (hash(place, month, form, liftReason) & mask) * FIELDS;
    for (let count = cells[at + COUNT]!; count !== 0; count = cells[at + COUNT]!) {
      if (cells[at] === place && cells[at + 1] === month && cells[at + 2] === form && cells[at + 3] === liftReason) {
        cells[at + COUNT] = count + records;
        return;
      }
      at = at + FIELDS === cells.length ? 0 : at + FIELDS;
    }
    cells[at] = place;
    cells[at + 1] = month;
    cells[at + 2] = form;
    cells[at + 3] = liftReason;
    cells[at + COUNT] = records;
    if (++this.used * 2 > mask + 1) this.grow();
  }

  counts(): RollupCount[] {
    return rollupCounts(this.table());
  }

  /** The cells counted, as a RollupTable. */
  table(): RollupTable {
    const table = new Int32Array(this.used * FIELDS);
    let to = 0;
    for (let at = 0; at < this.cells.length; at += FIELDS) {
      if (this.cells[at + COUNT] === 0) continue;
      table.set(this.cells.subarray(at, at + FIELDS), to);
      to += FIELDS;
    }
    return table;
  }

  private grow(): void {
    const old = this.cells;
    const cells = new Int32Array(old.length * 2);
    const mask = (this.mask << 1) | 1;
    for (let from = 0; from < old.length; from += FIELDS) {
      if (old[from + COUNT] === 0) continue;
      let at = (hash(old[from]!, old[from + 1]!, old[from + 2]!, old[from + 3]!) & mask) * FIELDS;
      while (cells[at + COUNT] !== 0) at = at + FIELDS === cells.length ? 0 : at + FIELDS;
      for (let f = 0; f < FIELDS; f++) cells[at + f] = old[from + f]!;
    }
    this.cells = cells;
    this.mask = mask;
  }
}

/**
 * A rollup's cells, FIELDS numbers each (place, month, form, lift reason, count) in one array: one
 * buffer to hand from the reading thread to the importer's.
 */
export type RollupTable = Int32Array;

export function rollupCounts(table: RollupTable): RollupCount[] {
  const counts: RollupCount[] = [];
  for (let at = 0; at < table.length; at += FIELDS) {
    const place = table[at]!;
    counts.push({
      month: table[at + 1]!,
      facility: place >= 0 ? place : -1,
      state: place >= 0 ? -1 : -2 - place,
      form: table[at + 2]!,
      liftReason: table[at + 3]!,
      count: table[at + COUNT]!,
    });
  }
  return counts;
}

function hash(place: number, month: number, form: number, liftReason: number): number {
  let h =
    Math.imul(place, 0x9e3779b1) ^
    Math.imul(month, 0x85ebca77) ^
    Math.imul(form, 0xc2b2ae3d) ^
    Math.imul(liftReason, 0x27d4eb2f);
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
