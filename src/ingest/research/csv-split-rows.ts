import Papa from 'papaparse';
import type { SourceLine } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { detachedText } from '../../core/shared/detached-text.js';

/** Distinct row endings remembered at a time (each with its cells); all are forgotten past this. */
const REMEMBERED_RESTS = 65_536;
const QUOTE = 0x22;

export interface SplitRowOptions {
  readonly fileName: string;
  /** A row may not run on for more than this many characters without ending. */
  readonly runawayChars: number;
  /** The cell delimiter (comma unless told). */
  readonly delimiter?: string;
}

/**
 * CSV rows as SplitSourceRow (research-record.ts), from text pieces of a file whose line breaks are
 * LF or CRLF. A line that ends a row and whose first cell is unquoted is cut at its first delimiter; the
 * rest of the line is tokenised by papaparse the first time it is seen and its cells are shared by
 * every later row that ends with the same text. Rows that start with a quote or run over several
 * lines (a quoted line break) are tokenised whole. Line numbers count every line, blank or not.
 */
export async function* csvSplitRowBatches(
  pieces: AsyncIterable<string>,
  options: SplitRowOptions,
): AsyncGenerator<readonly SourceLine[]> {
  const rests = new Map<string, readonly string[]>();
  const delimiter = options.delimiter ?? ',';
  const tokens = new Tokeniser(options.fileName, delimiter);
  let line = 1;
  let carry = '';

  /** Reads the row that starts at `start`; returns where the next one starts, or -1 when it ends beyond `text`. */
  const readRow = (text: string, start: number, atEnd: boolean, rows: SourceLine[]): number => {
    const newline = text.indexOf('\n', start);
    if (newline < 0 && !atEnd) return -1;
    const next = newline < 0 ? text.length : newline + 1;
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const comma = text.indexOf(delimiter, start);
    if (comma >= 0 && comma < end) {
      // A quote opens a quoted cell only as the cell's first character (anywhere else it is a character).
      if (text.charCodeAt(start) !== QUOTE) {
        const first = text.slice(start, comma);
        const restText = text.slice(comma + 1, Math.max(comma + 1, end));
        let rest = rests.get(restText);
        if (rest === undefined) {
          const kept = detachedText(restText);
          const cells = tokens.line(kept, line);
          if (cells !== null) {
            if (rests.size >= REMEMBERED_RESTS) rests.clear();
            rests.set(kept, (rest = cells));
          }
        }
        if (rest !== undefined) {
          rows.push({ line, first, rest });
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
