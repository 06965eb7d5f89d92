import Papa from 'papaparse';
import { DATE_FIRST, type SourceLine, type SplitColumns } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { detachedText } from '../../core/shared/detached-text.js';

/** Distinct rests remembered at a time (each with its cells); all are forgotten past this. */
const REMEMBERED_RESTS = 65_536;
/**
 * Rows per look at how often rests repeat: when fewer than a tenth of a window's rows repeat a
 * remembered rest (a column of its own on every row, such as a row number), or fewer than half once more
 * rests were seen than are remembered (more distinct rests than fit), the rest of the file is tokenised
 * row by row without remembering rests.
 */
const WINDOW_ROWS = 16_384;
const QUOTE = 0x22;

export interface SplitRowOptions {
  readonly fileName: string;
  /** A row may not run on for more than this many characters without ending. */
  readonly runawayChars: number;
  /** The cell delimiter (comma unless told). */
  readonly delimiter?: string;
  /** The row's own columns (the prepare date's and the person key's; release-layouts.ts splitColumnsOf): DATE_FIRST unless told. */
  readonly columns?: SplitColumns;
}

/** Where a row's own cells start and end in the text, found per row. */
interface OwnCells {
  readonly columns: readonly number[];
  readonly starts: number[];
  readonly ends: number[];
}

/**
 * CSV rows as SplitSourceRow (research-record.ts), from text pieces of a file whose line breaks are
 * LF or CRLF. A line that ends a row and has no quote up to the end of its last own cell is cut around
 * its own cells (the date, and the person key where there is one); the text between and after them
 * (its rest) is tokenised by papaparse the first time it is seen, and its cells are shared by every
 * later row with the same rest. Rows with a quote before their last own cell, rows too short to have
 * their own cells, and rows whose quotes run over several lines are tokenised whole. Where rests hardly
 * repeat (WINDOW_ROWS), rows are tokenised whole from then on. Line numbers count every line, blank or not.
 */
export async function* csvSplitRowBatches(
  pieces: AsyncIterable<string>,
  options: SplitRowOptions,
): AsyncGenerator<readonly SourceLine[]> {
  const delimiter = options.delimiter ?? ',';
  const columns = options.columns ?? DATE_FIRST;
  const rowColumns = columns === DATE_FIRST || (columns.date === 0 && columns.person < 0) ? undefined : columns;
  const ownColumns = (columns.person >= 0 ? [columns.date, columns.person] : [columns.date]).sort((a, b) => a - b);
  const own: OwnCells = { columns: ownColumns, starts: ownColumns.map(() => 0), ends: ownColumns.map(() => 0) };
  const datePart = ownColumns.indexOf(columns.date);
  const personPart = columns.person >= 0 ? ownColumns.indexOf(columns.person) : -1;
  const lastOwn = ownColumns.length - 1;
  /** Rests by their text: a map per piece of text between and after the own cells (none before a first column). */
  const keyFrom = ownColumns[0] === 0 ? 1 : 0;
  const parts = ownColumns.length + 1 - keyFrom;
  let rests = new Map<string, unknown>();
  let remembered = 0;
  let remembering = true;
  /** Whether more rests were seen than are remembered (all were forgotten at least once). */
  let overflowed = false;
  let windowRows = 0;
  let windowRepeats = 0;
  const tokens = new Tokeniser(options.fileName, delimiter);
  let line = 1;
  let carry = '';
  /** The first quote at or after the row being read, in the text being read (text.length when none). */
  let quoteAt = -1;

  /** Finds the own cells of the row from `start` to `end`; false when the row has too few cells. */
  const findOwnCells = (text: string, start: number, end: number): boolean => {
    let at = start;
    let column = 0;
    for (let k = 0; k < ownColumns.length; k++) {
      const wanted = ownColumns[k]!;
      while (column < wanted) {
        const next = text.indexOf(delimiter, at);
        if (next < 0 || next >= end) return false;
        at = next + 1;
        column++;
      }
      own.starts[k] = at;
      const after = text.indexOf(delimiter, at);
      own.ends[k] = after < 0 || after >= end ? end : after;
    }
    return true;
  };

  /** The piece `p` of the row's rest: the text before, between or after its own cells. */
  const partOf = (text: string, p: number, start: number, end: number): string => {
    const k = p + keyFrom;
    const from = k === 0 ? start : own.ends[k - 1]!;
    const to = k > lastOwn ? end : own.starts[k]!;
    return text.slice(from, to);
  };

  /** The remembered cells of the rest, or null; `rest` is tokenised and remembered when new. */
  const restOf = (text: string, start: number, end: number): readonly string[] | null => {
    let map = rests;
    for (let p = 0; p < parts - 1; p++) {
      const next = map.get(partOf(text, p, start, end)) as Map<string, unknown> | undefined;
      if (next === undefined) return null;
      map = next;
    }
    return (map.get(partOf(text, parts - 1, start, end)) as readonly string[] | undefined) ?? null;
  };

  const remember = (text: string, start: number, end: number, cells: readonly string[]): void => {
    if (remembered >= REMEMBERED_RESTS) {
      rests = new Map();
      remembered = 0;
      overflowed = true;
    }
    let map = rests;
    for (let p = 0; p < parts - 1; p++) {
      const part = partOf(text, p, start, end);
      let next = map.get(part) as Map<string, unknown> | undefined;
      if (next === undefined) map.set(detachedText(part), (next = new Map()));
      map = next;
    }
    map.set(detachedText(partOf(text, parts - 1, start, end)), cells);
    remembered++;
  };

  /** The rest of a row tokenised whole: its cells but its own ones. */
  const restCells = (cells: readonly string[]): string[] => {
    const rest = [...cells];
    for (let k = lastOwn; k >= 0; k--) rest.splice(ownColumns[k]!, 1);
    return rest;
  };

  /** Counts a row read split, and stops remembering rests when a window's rows hardly repeated them. */
  const counted = (repeated: boolean): void => {
    windowRows++;
    if (repeated) windowRepeats++;
    if (windowRows < WINDOW_ROWS) return;
    if (overflowed ? windowRepeats * 2 < windowRows : windowRepeats * 10 < windowRows) {
      remembering = false;
      rests = new Map();
      remembered = 0;
    }
    windowRows = 0;
    windowRepeats = 0;
  };

  /** Reads the row that starts at `start`; returns where the next one starts, or -1 when it ends beyond `text`. */
  const readRow = (text: string, start: number, atEnd: boolean, rows: SourceLine[]): number => {
    const newline = text.indexOf('\n', start);
    if (newline < 0 && !atEnd) return -1;
    const next = newline < 0 ? text.length : newline + 1;
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    if (end > start && remembering && findOwnCells(text, start, end)) {
      // A quote opens a quoted cell only as a cell's first character; none may come before the last own cell ends.
      if (quoteAt < start) {
        const q = text.indexOf('"', start);
        quoteAt = q < 0 ? text.length : q;
      }
      if (quoteAt >= own.ends[lastOwn]!) {
        let rest = restOf(text, start, end);
        const repeated = rest !== null;
        if (rest === null) {
          const whole = detachedText(text.slice(start, end));
          const cells = wellQuotedCells(whole, delimiter) ?? tokens.line(whole, line);
          if (cells !== null && cells.length > ownColumns[lastOwn]!) {
            rest = restCells(cells);
            remember(text, start, end, rest);
          }
        }
        if (rest !== null) {
          counted(repeated);
          const first = text.slice(own.starts[datePart]!, own.ends[datePart]!);
          const person = personPart < 0 ? undefined : text.slice(own.starts[personPart]!, own.ends[personPart]!);
          rows.push({ line, first, person, rest, columns: rowColumns });
          line++;
          return next;
        }
      }
    }
    return readQuotedRow(text, start, atEnd, rows);
  };

  /** A row tokenised whole: up to the first line break outside quotes (an even count of quotes so far). */
  const readQuotedRow = (text: string, start: number, atEnd: boolean, rows: SourceLine[]): number => {
    let quotes = 0;
    let from = start;
    for (;;) {
      const newline = text.indexOf('\n', from);
      const stop = newline < 0 ? text.length : newline;
      for (let q = text.indexOf('"', from); q >= 0 && q < stop; q = text.indexOf('"', q + 1)) quotes++;
      if (quotes % 2 === 0 || newline < 0) {
        if (newline < 0 && !atEnd) return -1;
        const record = text.slice(start, stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
        // One line (its quotes even): cut here when its quotes are all plain cells' (wellQuotedCells).
        const cells = record === '' || from !== start ? null : wellQuotedCells(record, delimiter);
        if (cells !== null) {
          rows.push({ line, cells });
          line++;
          return newline < 0 ? text.length : newline + 1;
        }
        for (const cells of tokens.record(record, line)) {
          rows.push({ line, cells });
          line += 1 + lineBreaksIn(cells);
        }
        if (record === '') line++;
        return newline < 0 ? text.length : newline + 1;
      }
      from = newline + 1;
    }
  };

  const readRows = (text: string, atEnd: boolean): SourceLine[] => {
    const rows: SourceLine[] = [];
    let start = 0;
    quoteAt = -1;
    while (start < text.length) {
      const next = readRow(text, start, atEnd, rows);
      if (next < 0) break;
      start = next;
    }
    carry = text.slice(start);
    if (carry.length > options.runawayChars) {
      throw new ResearchFileError(
        `${options.fileName}: not readable as CSV: line ${line}: no end of row within ${options.runawayChars >> 20} MB (a quote left open?)`,
      );
    }
    return rows;
  };

  for await (const piece of pieces) {
    const rows = readRows(carry + piece, false);
    if (rows.length > 0) yield rows;
  }
  const rows = readRows(carry, true);
  if (rows.length > 0) yield rows;
}

/**
 * The cells of one line when every quote in it is a quoted cell's own (the cell's first character,
 * doubled inside it, closing it right before a delimiter or the line's end), as papaparse reads
 * them; null for any other line (papaparse then reads it, with its errors).
 */
export function wellQuotedCells(line: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  let at = 0;
  let quote = line.indexOf('"');
  for (;;) {
    if (quote === at) {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const close = line.indexOf('"', from);
        if (close < 0) return null;
        if (line.charCodeAt(close + 1) === QUOTE) {
          cell += line.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        cell += line.slice(from, close);
        at = close + 1;
        break;
      }
      cells.push(cell);
      quote = line.indexOf('"', at);
      if (at === line.length) return cells;
      if (!line.startsWith(delimiter, at)) return null;
      at += delimiter.length;
    } else {
      const next = line.indexOf(delimiter, at);
      const end = next < 0 ? line.length : next;
      if (quote >= 0 && quote < end) return null;
      cells.push(line.slice(at, end));
      if (next < 0) return cells;
      at = next + delimiter.length;
    }
  }
}

function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
  return breaks;
}

/** papaparse over one line or one record at a time, failing as the streaming reader does on bad quotes. */
class Tokeniser {
  constructor(
    private readonly fileName: string,
    private readonly delimiter: string,
  ) {}

  /** The cells of the rest of a line, or null when a quote opened in it is not closed on it. */
  line(text: string, line: number): string[] | null {
    if (text === '') return [''];
    const result = Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: '\n' });
    if (result.errors.some((e) => e.code === 'MissingQuotes')) return null;
    this.check(result, line);
    return result.data[0]!;
  }

  /** The rows of a record that may hold quoted line breaks (several rows only when its quotes are odd). */
  record(text: string, line: number): string[][] {
    if (text === '') return [];
    const result = Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: '\n' });
    this.check(result, line);
    return result.data;
  }

  private check(result: Papa.ParseResult<string[]>, line: number): void {
    const error = result.errors.find((e) => e.type === 'Quotes');
    if (error) {
      throw new ResearchFileError(
        `${this.fileName}: not readable as CSV: line ${line + (error.row ?? 0)}: ${error.message}`,
      );
    }
  }
}
