import type { SourceRow } from '../../core/research/research-record.js';
import { xlsxSheets } from './xlsx-stream.js';

const BATCH_ROWS = 1_000;

/**
 * The rows of an .xlsx workbook as text cells, in batches: every worksheet in the workbook's order,
 * each row tagged with its sheet (one SheetRef per sheet), read by the lean streaming reader
 * (xlsx-stream.ts: shared strings read first, each sheet's XML scanned as it is inflated, so memory
 * stays the same whatever the sheet's length). Date cells become `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MM:SS` (the sheet's wall clock); numbers as written; rich text as its plain text.
 */
export async function* xlsxRowBatches(path: string, fileName: string): AsyncGenerator<readonly SourceRow[]> {
  for await (const { sheet, rows } of xlsxSheets(path, fileName)) {
    for await (const batch of rows(BATCH_ROWS)) {
      yield batch.map(({ line, cells }): SourceRow => ({ line, cells, sheet }));
    }
  }
}
