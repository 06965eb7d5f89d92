import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import type { FacilityReferenceTable } from '../../core/research/facility-reference.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';

/** The delimiters a reference list may use; the one its header line holds most of is used (DDP's list: tab). */
const DELIMITERS = ['\t', ',', ';', '|'] as const;

/** The header line's delimiter: the candidate it holds most of (comma when none). */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** A facility reference file (UTF-8 text, delimiter sniffed) as rows of text cells; rejects naming the file. */
export async function readFacilityReferenceFile(path: string): Promise<FacilityReferenceTable> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ResearchFileError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ResearchFileError(`${fileName}: not valid UTF-8`);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: sniffDelimiter(text),
    skipEmptyLines: false,
  });
  return { fileName, rows: parsed.data };
}
