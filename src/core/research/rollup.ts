/**
 * The monthly rollup of one release, counted while its rows stream in (the statistics the portal
 * shows read it instead of the records). One cell per month, place (a facility, or the state when
 * the record names no facility), form and lift reason; the outcome follows from the lift reason.
 * Values arrive as indexes into the release reader's dictionaries; unknowns are -1.
 *
 * Counting runs once per record on the importer's thread, so the cells live in an open-addressing
 * hash table over typed arrays (a pair of 32-bit keys, a count) rather than in nested Maps, which
 * cost five lookups per record.
 */
import { ResearchFileError } from './row-parsing.js';

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

const MONTH_SLOTS = 2 ** 14; // months since 1900-01: dates are checked to lie in 1900-2999
const KIND_SLOTS = 2 ** 16; // (form, lift reason) pairs: kind x MONTH_SLOTS + month stays below 2^30
const FIRST_YEAR = 1900;
const EMPTY = -1;

export class RollupCounter {
  // Cell i: place key in places[i] (EMPTY when free), kind and month in kindMonths[i], its count.
  private places = new Int32Array(1 << 16).fill(EMPTY);
  private kindMonths = new Int32Array(1 << 16);
  private tally = new Int32Array(1 << 16);
  private used = 0;
  private readonly kinds = new PairIndex();

  add(month: number, facility: number, state: number, form: number, liftReason: number): void {
    // Places: facilities as 0, 1, 2...; records without one by state, as -2 (unknown), -3, -4...
    // (-1 marks a free cell).
    const place = facility >= 0 ? facility : -3 - state;
    const kindMonth = this.kinds.slot(form, liftReason) * MONTH_SLOTS + month;
    const mask = this.places.length - 1;
    let i = hash(place, kindMonth) & mask;
    for (;;) {
      const p = this.places[i]!;
      if (p === EMPTY) break;
      if (p === place && this.kindMonths[i] === kindMonth) {
        this.tally[i]!++;
        return;
      }
      i = (i + 1) & mask;
    }
    this.places[i] = place;
    this.kindMonths[i] = kindMonth;
    this.tally[i] = 1;
    if (++this.used * 2 > this.places.length) this.grow();
  }

  counts(): RollupCount[] {
    const cells: RollupCount[] = [];
    for (let i = 0; i < this.places.length; i++) {
      const place = this.places[i]!;
      if (place === EMPTY) continue;
      const month = this.kindMonths[i]! % MONTH_SLOTS;
      const kind = this.kinds.pair((this.kindMonths[i]! - month) / MONTH_SLOTS);
      cells.push({
        month,
        facility: place >= 0 ? place : -1,
        state: place >= 0 ? -1 : -3 - place,
        form: kind.first,
        liftReason: kind.second,
        count: this.tally[i]!,
      });
    }
    return cells;
  }

  private grow(): void {
    const [places, kindMonths, tally] = [this.places, this.kindMonths, this.tally];
    this.places = new Int32Array(places.length * 2).fill(EMPTY);
    this.kindMonths = new Int32Array(places.length * 2);
    this.tally = new Int32Array(places.length * 2);
    const mask = this.places.length - 1;
    for (let j = 0; j < places.length; j++) {
      if (places[j] === EMPTY) continue;
      let i = hash(places[j]!, kindMonths[j]!) & mask;
      while (this.places[i] !== EMPTY) i = (i + 1) & mask;
      this.places[i] = places[j]!;
      this.kindMonths[i] = kindMonths[j]!;
      this.tally[i] = tally[j]!;
    }
  }
}

/** A number for each distinct pair of small integers (-1 allowed), in order of first sight. */
class PairIndex {
  private readonly slots = new Map<number, Map<number, number>>();
  private readonly pairs: { first: number; second: number }[] = [];
  private lastFirst = NaN;
  private lastSecond = NaN;
  private lastSlot = 0;

  slot(first: number, second: number): number {
    if (first === this.lastFirst && second === this.lastSecond) return this.lastSlot;
    let bySecond = this.slots.get(first);
    if (!bySecond) this.slots.set(first, (bySecond = new Map()));
    let slot = bySecond.get(second);
    if (slot === undefined) {
      slot = this.pairs.length;
      if (slot >= KIND_SLOTS) {
        throw new ResearchFileError(`more than ${KIND_SLOTS} distinct pairs of form and lift reason in one release`);
      }
      bySecond.set(second, slot);
      this.pairs.push({ first, second });
    }
    [this.lastFirst, this.lastSecond, this.lastSlot] = [first, second, slot];
    return slot;
  }

  pair(slot: number): { first: number; second: number } {
    return this.pairs[slot]!;
  }
}

function hash(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ (b >>> 13);
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
