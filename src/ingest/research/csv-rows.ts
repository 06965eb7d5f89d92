import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { SourceRow } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';

/** The file's bytes as strict UTF-8 text, streamed: a byte sequence that is not UTF-8 fails the import. */
async function* utf8Text(path: string, fileName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = chunk as Buffer;
    try {
      const text = decoder.decode(bytes, { stream: true });
      if (text) yield text;
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

/** CSV rows as text cells with the file line each starts on; constant memory (csv-parse stream). */
export async function* csvRows(path: string, fileName: string): AsyncGenerator<SourceRow> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  let failure: unknown;
  pipeline(Readable.from(utf8Text(path, fileName)), parser, (error) => {
    if (error) failure = error;
  });
  try {
    for await (const item of parser) {
      const { record, info } = item as { record: string[]; info: { lines: number } };
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    throw asFileError(failure ?? error, fileName);
  }
  if (failure) throw asFileError(failure, fileName);
}

function asFileError(error: unknown, fileName: string): Error {
  if (error instanceof ResearchFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ResearchFileError(`${fileName}: not readable as CSV: ${message}`);
}
