import type { BatchMemory, ReleaseMessage } from '../../core/research/release-reader.js';
import {
  REPEATS_BEYOND_FIRST_CELL,
  type ResearchDataset,
  type SourceLine,
} from '../../core/research/research-record.js';
import { csvRowBatches } from './csv-rows.js';
import { xlsxRowBatches } from './xlsx-rows.js';

export type FileKind = 'csv' | 'xlsx';

/** What the importer asks of the reading worker. */
export interface WorkerTask {
  readonly path: string;
  readonly fileName: string;
  readonly kind: FileKind;
  readonly dataset: ResearchDataset;
}

/** What the worker posts: each release message in turn, or why it stopped. */
export type WorkerReply =
  | { readonly type: 'message'; readonly message: ReleaseMessage }
  | { readonly type: 'error'; readonly fileError: boolean; readonly message: string };

/** What the importer posts back once it has stored a batch: the batch's memory, and leave to send one more. */
export interface WorkerAck {
  readonly memory: BatchMemory;
}

export function rowBatchesOf(
  path: string,
  fileName: string,
  kind: FileKind,
  dataset: ResearchDataset,
): AsyncIterable<readonly SourceLine[]> {
  if (kind === 'xlsx') return xlsxRowBatches(path, fileName);
  return csvRowBatches(path, fileName, { splitRows: REPEATS_BEYOND_FIRST_CELL[dataset] });
}
