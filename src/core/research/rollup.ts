/**
 * The monthly rollup of one release, counted while its rows stream in (the statistics the portal
 * shows read it instead of the records). One cell per month, place (a facility, or the state when
 * the record names no facility), form and lift reason; the outcome follows from the lift reason.
 * Values arrive as indexes into the release reader's dictionaries; unknowns are -1.
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
const KIND_SLOTS = 2 ** 16; // (form, lift reason) pairs: slot x month stays a small integer
const FIRST_YEAR = 1900;

export class RollupCounter {
  /** Per place (facility index, or -2 - state index), counts by kind slot x MONTH_SLOTS + month. */
  private readonly byPlace = new Map<number, Map<number, number>>();
  private readonly kindSlots = new Map<number, Map<number, number>>();
  private readonly kinds: { form: number; liftReason: number }[] = [];

  add(month: number, facility: number, state: number, form: number, liftReason: number): void {
    const place = facility >= 0 ? facility : -2 - state;
    let counts = this.byPlace.get(place);
    if (!counts) this.byPlace.set(place, (counts = new Map()));
    const key = this.kindSlot(form, liftReason) * MONTH_SLOTS + month;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  counts(): RollupCount[] {
    const cells: RollupCount[] = [];
    for (const [place, counts] of this.byPlace) {
      for (const [key, count] of counts) {
        const month = key % MONTH_SLOTS;
        const kind = this.kinds[(key - month) / MONTH_SLOTS]!;
        cells.push({
          month,
          facility: place >= 0 ? place : -1,
          state: place >= 0 ? -1 : -2 - place,
          form: kind.form,
          liftReason: kind.liftReason,
          count,
        });
      }
    }
    return cells;
  }

  private kindSlot(form: number, liftReason: number): number {
    let byReason = this.kindSlots.get(form);
    if (!byReason) this.kindSlots.set(form, (byReason = new Map()));
    let slot = byReason.get(liftReason);
    if (slot === undefined) {
      slot = this.kinds.length;
      if (slot >= KIND_SLOTS) {
        throw new ResearchFileError(`more than ${KIND_SLOTS} distinct pairs of form and lift reason in one release`);
      }
      byReason.set(liftReason, slot);
      this.kinds.push({ form, liftReason });
    }
    return slot;
  }
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
