import type { CodedColumn } from '../../core/research/import-release.js';
import type { SqlValue } from './bulk-rows.js';

/** Bytes per chunk handed to the COPY stream (longer when one row needs more). */
const CHUNK_BYTES = 256 * 1024;
/** Strings up to this long are written character by character when ASCII, which costs less than Buffer#write. */
const SHORT_TEXT = 24;
/** Where the remembered bytes of a coded run are: offset << LENGTH_BITS | length. */
const LENGTH_BITS = 8;
/** Longer runs are written anew each time. */
const MAX_KNOWN_BYTES = (1 << LENGTH_BITS) - 1;
/** All the runs' remembered bytes, so that where they are stays a small integer. */
const MAX_KNOWN_TOTAL = 1 << 23;
/** A coded value whose bytes are written anew each time (too long, or no room left to keep them). */
const NOT_KEPT = -1;
const BACKSLASH = 0x5c;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const ZERO = 0x30;
const LETTER_N = 0x4e;
const SPECIAL = /[\\\t\n\r]/;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** Per byte: the letter that follows the backslash when it is escaped, or 0. */
const ESCAPE_LETTER = new Uint8Array(256);
for (const [special, escaped] of Object.entries(ESCAPED)) ESCAPE_LETTER[special.charCodeAt(0)] = escaped.charCodeAt(1);

/** A value in COPY's text format: \N for null; backslash, tab, line feed and carriage return escaped. */
export function copyText(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPED[c]!);
}

/**
 * Rows in COPY's text format (copyText's, as UTF-8), written straight into byte chunks: building
 * each chunk as text, then encoding it, cost the importer's thread twice the copying and much
 * garbage. Short ASCII strings are copied character by character, others encoded by Buffer#write;
 * columns given as codes (dates, profiles) are written from the bytes each code had the first time.
 *
 * A chunk, once taken, is never written again (the stream may still hold it); later rows go into
 * the rest of the same memory or into a new one.
 */
export class CopyTextEncoder {
  private buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  /** The buffer's length, read on every value. */
  private capacity = CHUNK_BYTES;
  /** Start of the bytes not taken yet. */
  private start = 0;
  private rowStart = 0;
  private end = 0;
  private readonly filled: Buffer[] = [];
  /** Per run of coded columns (by its first), by code + 1: where its bytes are in `known`, or NOT_KEPT. */
  private readonly byCode: (number[] | undefined)[] = [];
  /** The coded columns the runs were planned for, and per coded column the last column of its run. */
  private runsOf: readonly (CodedColumn<SqlValue> | null)[] | undefined;
  private runEnds: number[] = [];
  private known = new Uint8Array(64 * 1024);
  private knownEnd = 0;

  /**
   * Writes one row; `values` holds one value per column. A column given as codes (`coded[c]`, row
   * `i` of them) is written from the bytes its code had the first time.
   */
  row(values: readonly SqlValue[], coded?: readonly (CodedColumn<SqlValue> | null)[], i = 0): void {
    this.rowStart = this.end;
    const last = values.length - 1;
    if (coded !== this.runsOf) this.planRuns(coded);
    for (let c = 0; c <= last; c++) {
      const column = coded?.[c];
      if (column) {
        const runEnd = this.runEnds[c]!;
        this.codedRun(c, runEnd, coded!, column.codes[i]!);
        c = runEnd;
      } else this.value(values[c]!);
      this.buffer[this.end++] = c === last ? LINE_FEED : TAB; // each writer reserved a byte for it
    }
  }

  /**
   * Runs of neighbouring coded columns that share their codes (every column that follows from a
   * record's profile, say): a run's bytes, tabs between, are kept once per code.
   */
  private planRuns(coded: readonly (CodedColumn<SqlValue> | null)[] | undefined): void {
    this.runsOf = coded;
    this.runEnds = [];
    if (!coded) return;
    for (let c = coded.length - 1; c >= 0; c--) {
      const next = coded[c + 1];
      this.runEnds[c] = next && coded[c] && next.codes === coded[c]!.codes ? this.runEnds[c + 1]! : c;
    }
  }

  /** True when whole chunks are ready to be taken. */
  get hasFilled(): boolean {
    return this.filled.length > 0;
  }

  /** The whole chunks written so far. */
  takeFilled(): Buffer[] {
    return this.filled.splice(0);
  }

  /** All the rows written so far, the last chunk possibly short. */
  takeAll(): Buffer[] {
    const chunks = this.takeFilled();
    if (this.end > this.start) chunks.push(this.buffer.subarray(this.start, this.end));
    this.start = this.rowStart = this.end;
    return chunks;
  }

  private value(value: SqlValue): void {
    if (typeof value === 'string') this.text(value);
    else if (typeof value === 'number') this.number(value);
    else this.nullValue();
  }

  /** Columns `first` to `last` of a row, coded by `code`, tabs between. */
  private codedRun(first: number, last: number, coded: readonly (CodedColumn<SqlValue> | null)[], code: number): void {
    const known = (this.byCode[first] ??= []);
    const where = known[code + 1];
    if (where !== undefined && where >= 0) {
      this.copyKnown(where >>> LENGTH_BITS, where & MAX_KNOWN_BYTES);
      return;
    }
    // Relative to the row, which a writer may move to new memory.
    const fromInRow = this.end - this.rowStart;
    for (let c = first; c <= last; c++) {
      if (c > first) this.buffer[this.end++] = TAB; // reserved by the value before
      this.value(coded[c]!.value(code));
    }
    if (where !== undefined) return;
    const from = this.rowStart + fromInRow;
    const length = this.end - from;
    known[code + 1] =
      length <= MAX_KNOWN_BYTES && this.knownEnd + length <= MAX_KNOWN_TOTAL
        ? (this.keep(from, length) << LENGTH_BITS) | length
        : NOT_KEPT;
  }

  private nullValue(): void {
    this.reserve(3);
    this.buffer[this.end++] = BACKSLASH;
    this.buffer[this.end++] = LETTER_N;
  }

  private number(value: number): void {
    if (value < 0 || value !== (value | 0)) {
      this.ascii(String(value));
      return;
    }
    this.reserve(11);
    let digits = 1;
    for (let limit = 10; value >= limit; limit *= 10) digits++;
    let at = (this.end += digits);
    do {
      const next = (value / 10) | 0;
      this.buffer[--at] = ZERO + value - next * 10;
      value = next;
    } while (value !== 0);
  }

  /** Text known to be ASCII without characters to escape (a number's String). */
  private ascii(text: string): void {
    this.reserve(text.length + 1);
    for (let i = 0; i < text.length; i++) this.buffer[this.end++] = text.charCodeAt(i);
  }

  private text(value: string): void {
    if (value.length > SHORT_TEXT || !this.shortAscii(value)) this.encode(value);
  }

  /** Writes a short value of ASCII characters, escaped; false (having written nothing) when it has others. */
  private shortAscii(value: string): boolean {
    this.reserve(2 * value.length + 1);
    const { buffer } = this;
    let end = this.end;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80) return false;
      const letter = ESCAPE_LETTER[c]!;
      if (letter !== 0) buffer[end++] = BACKSLASH;
      buffer[end++] = letter || c;
    }
    this.end = end;
    return true;
  }

  private copyKnown(offset: number, length: number): void {
    this.reserve(length + 1);
    const { buffer, known, end } = this;
    for (let i = 0; i < length; i++) buffer[end + i] = known[offset + i]!;
    this.end = end + length;
  }

  /** Copies the bytes at `from` into `known`; returns where they are. */
  private keep(from: number, length: number): number {
    if (this.knownEnd + length > this.known.length) {
      const known = new Uint8Array(this.known.length * 2);
      known.set(this.known);
      this.known = known;
    }
    const offset = this.knownEnd;
    this.known.set(this.buffer.subarray(from, from + length), offset);
    this.knownEnd += length;
    return offset;
  }

  /** Writes the value as UTF-8, escaped; returns where it starts. */
  private encode(value: string): number {
    // At most 3 bytes per UTF-16 unit, escapes included (an escaped character is a 1-byte one).
    this.reserve(3 * value.length + 1);
    const from = this.end;
    this.end += this.buffer.write(value, from, 'utf8');
    this.escape(from);
    return from;
  }

  /**
   * Escapes the bytes written from `from`, in place. Working on UTF-8 is safe: every byte of a
   * multi-byte character is 0x80 or above, so only real backslashes, tabs and line breaks match.
   */
  private escape(from: number): void {
    const { buffer } = this;
    let specials = 0;
    for (let i = from; i < this.end; i++) if (ESCAPE_LETTER[buffer[i]!] !== 0) specials++;
    if (specials === 0) return;
    // Spread from the end, so that each byte moves once, before it is overwritten; the bytes before
    // the first special stay where they are.
    let to = this.end + specials;
    for (let i = this.end - 1; to > i + 1; i--) {
      const byte = buffer[i]!;
      const letter = ESCAPE_LETTER[byte]!;
      buffer[--to] = letter || byte;
      if (letter !== 0) buffer[--to] = BACKSLASH;
    }
    this.end += specials;
  }

  /** Makes room for `length` more bytes of the current row. */
  private reserve(length: number): void {
    if (this.end + length > this.capacity) this.moveRow(length);
  }

  /** Moves the current row to new memory with room for `length` more bytes, the rows before it to `filled`. */
  private moveRow(length: number): void {
    if (this.rowStart > this.start) this.filled.push(this.buffer.subarray(this.start, this.rowStart));
    const rowBytes = this.end - this.rowStart;
    const next = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, 2 * (rowBytes + length)));
    this.buffer.copy(next, 0, this.rowStart, this.end);
    this.buffer = next;
    this.capacity = next.length;
    this.start = this.rowStart = 0;
    this.end = rowBytes;
  }
}
