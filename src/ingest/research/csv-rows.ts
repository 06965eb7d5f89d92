import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { detectLayout, sniffDelimiter, splitColumnsOf, splitLine } from '../../core/research/release-layouts.js';
import { DATE_FIRST, type SourceLine, type SourceRow } from '../../core/research/research-record.js';
import { MAX_PREAMBLE_ROWS, ResearchFileError } from '../../core/research/row-parsing.js';
import { Condition } from './condition.js';
import { csvSplitRowBatches } from './csv-split-rows.js';

/** File bytes read at a time; a row may not run on for more than RUNAWAY_BYTES without ending. */
const READ_BYTES = 1 << 16;
const RUNAWAY_BYTES = 4 << 20;

/**
 * The file's bytes as strict UTF-8 text (byte order mark dropped), streamed: bytes that are not UTF-8
 * fail the import. A piece of plain ASCII (most releases are) is copied as it is, without the decoder,
 * when the decoder holds no unfinished character (the piece before it ended with an ASCII byte).
 */
async function* utf8Text(path: string, fileName: string): AsyncGenerator<string> {
  // The byte order mark is dropped here at the file's start only, so that the decoder reads the same whether
  // or not it saw the pieces before.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0;
  let clean = true;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES })) {
    const bytes = chunk as Buffer;
    if (bytes.length === 0) continue;
    if (clean && isAscii(bytes)) {
      yield bytes.toString('latin1');
      offset += bytes.length;
      continue;
    }
    clean = bytes[bytes.length - 1]! < 0x80;
    try {
      const text = decoder.decode(bytes, { stream: true });
      if (text) yield offset === 0 ? text.replace(/^\uFEFF/, '') : text;
    } catch {
      throw new ResearchFileError(`${fileName}: not valid UTF-8 (in bytes ${offset}-${offset + bytes.length - 1})`);
    }
    offset += bytes.length;
  }
  try {
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch {
    throw new ResearchFileError(`${fileName}: not valid UTF-8 (at the end of the file)`);
  }
}

export interface CsvRowOptions {
  /**
   * Read rows split at their first cell (csv-split-rows.ts): always, never, or `by-header` when the
   * header line found in the first piece says rows repeat beyond their first cell (release-layouts.ts).
   */
  readonly splitRows?: boolean | 'by-header';
  /** Told the delimiter sniffed from the header line (comma, tab or semicolon). */
  readonly onDelimiter?: (delimiter: string) => void;
}

/**
 * Delimited text rows as text cells with the file line each starts on, in batches (one per piece of
 * the file read), in constant memory. The delimiter (comma, tab or semicolon) is sniffed from the
 * first piece's header line (release-layouts.ts, sniffDelimiter). Tokenised by papaparse, which is
 * fed one piece of text at a time and hands back the complete rows of each piece; the next piece is
 * read only when the batch is taken. Blank lines come through as one empty cell (the importer skips
 * them) so that line numbers stay true; a line break inside a quoted cell moves the following rows'
 * line numbers on.
 */
export async function* csvRowBatches(
  path: string,
  fileName: string,
  options: CsvRowOptions = {},
): AsyncGenerator<readonly SourceLine[]> {
  const pieces = utf8Text(path, fileName);
  const head = await pieces.next();
  if (head.done) return;
  const lines = head.value.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, MAX_PREAMBLE_ROWS + 2);
  const delimiter = sniffDelimiter(lines, MAX_PREAMBLE_ROWS);
  options.onDelimiter?.(delimiter);
  const header = lines.map((l) => splitLine(l, delimiter)).find((cells) => detectLayout(cells) !== null);
  const columns = header === undefined ? null : splitColumnsOf(header);
  const split = options.splitRows === 'by-header' ? columns !== null : (options.splitRows ?? false);
  const rest = withFirst(head.value, pieces);
  if (split && endsLinesWithLineFeed(head.value)) {
    yield* csvSplitRowBatches(rest, {
      fileName,
      runawayChars: RUNAWAY_BYTES,
      delimiter,
      columns: columns ?? DATE_FIRST,
    });
  } else {
    yield* streamedRowBatches(rest, fileName, delimiter);
  }
}

/** True unless the text's first line break is a lone carriage return (old Mac line ends, which the split reader does not read). */
function endsLinesWithLineFeed(text: string): boolean {
  const lineBreak = text.search(/[\r\n]/);
  return lineBreak < 0 || text[lineBreak] === '\n' || text[lineBreak + 1] === '\n';
}

async function* withFirst(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Rows tokenised by papaparse streaming, for files of any line break. */
async function* streamedRowBatches(
  pieces: AsyncIterable<string>,
  fileName: string,
  delimiter: string,
): AsyncGenerator<readonly SourceRow[]> {
  const input = new Readable({ read() {} });
  const parsed: Papa.ParseResult<string[]>[] = [];
  let piecesParsed = 0;
  let failure: unknown;
  const progress = new Condition();
  Papa.parse<string[]>(input, {
    delimiter,
    skipEmptyLines: false,
    chunk: (results) => {
      parsed.push(results);
      piecesParsed++;
      progress.changed();
    },
    complete: () => progress.changed(),
    error: (error: Error) => {
      failure = error;
      progress.changed();
    },
  });
  /** Waits until papaparse has handed back the first `pieces` pieces, then takes what it has. */
  const takeParsed = async (pieces: number) => {
    await progress.until(() => piecesParsed >= pieces || failure !== undefined);
    if (failure !== undefined) throw asFileError(failure, fileName);
    return parsed.splice(0, parsed.length);
  };

  let line = 1;
  let piecesFed = 0;
  let bytesSinceRow = 0;
  const toRows = (results: Papa.ParseResult<string[]>): SourceRow[] => {
    const quoteError = results.errors.find((e) => e.type === 'Quotes');
    const lineBreak = results.meta.linebreak || '\n';
    const rows = new Array<SourceRow>(results.data.length);
    for (let i = 0; i < results.data.length; i++) {
      const cells = results.data[i]!;
      if (quoteError && quoteError.row === i) {
        throw new ResearchFileError(`${fileName}: not readable as CSV: line ${line}: ${quoteError.message}`);
      }
      rows[i] = { line, cells };
      line += 1;
      for (const cell of cells) if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
    }
    return rows;
  };

  try {
    for await (const text of pieces) {
      input.push(text);
      piecesFed++;
      for (const results of await takeParsed(piecesFed)) {
        const rows = toRows(results);
        bytesSinceRow = rows.length === 0 ? bytesSinceRow + text.length : 0;
        if (bytesSinceRow > RUNAWAY_BYTES) {
          throw new ResearchFileError(
            `${fileName}: not readable as CSV: line ${line}: no end of row within ${RUNAWAY_BYTES >> 20} MB (a quote left open?)`,
          );
        }
        if (rows.length > 0) yield rows;
      }
    }
    input.push(null);
    for (const results of await takeParsed(piecesFed + 1)) {
      const rows = toRows(results);
      if (rows.length > 0) yield rows;
    }
  } finally {
    input.destroy();
  }
}

function asFileError(error: unknown, fileName: string): Error {
  if (error instanceof ResearchFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ResearchFileError(`${fileName}: not readable as CSV: ${message}`);
}
