import type { BatchMemory, ReleaseMessage } from '../../core/research/release-reader.js';
import type { LayoutRequest } from '../../core/research/release-layouts.js';
import type { SourceLine } from '../../core/research/research-record.js';
import { csvRowBatches } from './csv-rows.js';
import { xlsxRowBatches } from './xlsx-rows.js';

/** A delimited text file (.csv, .txt, .tsv; delimiter sniffed) or a workbook (.xlsx). */
export type FileKind = 'csv' | 'xlsx';

/** What the importer asks of the reading worker. */
export interface WorkerTask {
  readonly path: string;
  readonly fileName: string;
  readonly kind: FileKind;
  /** The family of layouts asked for, or `auto`. */
  readonly dataset: LayoutRequest;
}

/** What the worker posts: each release message in turn, or why it stopped. */
export type WorkerReply =
  | { readonly type: 'message'; readonly message: ReleaseMessage }
  | { readonly type: 'error'; readonly fileError: boolean; readonly message: string };

/** What the importer posts back once it has stored a batch: the batch's memory, and leave to send one more. */
export interface WorkerAck {
  readonly memory: BatchMemory;
}

/**
 * The rows of a file; a text file's delimiter is sniffed from its header line and told to
 * `onDelimiter` (for the report), and the file is read split around each row's own cells (its
 * prepare date and person key) when its header has a prepare date column (release-layouts.ts).
 */
export function rowBatchesOf(
  path: string,
  fileName: string,
  kind: FileKind,
  onDelimiter?: (delimiter: string) => void,
): AsyncIterable<readonly SourceLine[]> {
  if (kind === 'xlsx') return xlsxRowBatches(path, fileName);
  return csvRowBatches(path, fileName, { splitRows: 'by-header', ...(onDelimiter ? { onDelimiter } : {}) });
}
